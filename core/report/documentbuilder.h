// DocumentBuilder: writes the body of a document (referral summary, tele-consultation
// record, visa invitation letter) into a QTextDocument with QTextCursor, not HTML, so
// that every run gets the font of its script (FontChoice: Noto Sans, Noto Nastaliq Urdu
// Regular, Noto Sans CJK SC) and every block the direction of its language. One language or
// two: in a bilingual document every heading and label is in the first language with
// the second beneath it in smaller grey text. Headings are marked so that the page
// painter can keep them with what follows. Labels are looked up in the builder's
// context; values (names, free text, ISO dates) are written as given.
#pragma once

#include "domain/translation.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <functional>
#include <utility>
#include <vector>

class QTextTable;
class QTextObjectInterface;

namespace caravan::report {

// The translation context of the words all documents share.
constexpr const char *kSharedContext = "Documents";

// Block property set on heading blocks (bool): keep with the next block.
constexpr int kKeepWithNextProperty = QTextFormat::UserProperty + 1;
// Table format properties: which table of the document (in build order) and which of
// its data rows the QTextTable starts with (a table is split where a row would be cut).
constexpr int kTableIndexProperty = QTextFormat::UserProperty + 4;
constexpr int kFirstRowProperty = QTextFormat::UserProperty + 5;
// Character format property of an inline figure: which figure the handler draws.
constexpr int kFigureIndexProperty = QTextFormat::UserProperty + 2;

// Rows (table index, data row) that must start a new page: Qt's layout cuts a table row
// across pages unless every cell starts below the page; the page painter finds such
// rows and has the body built again with the table split there.
using RowBreaks = QSet<std::pair<int, int>>;

class DocumentBuilder
{
public:
    // context: the translation context of this document's labels.
    DocumentBuilder(QTextDocument &doc, const QStringList &languages, const char *context);

    const Translation &first() const { return m_tr.front(); }
    const Translation &language(int i) const { return m_tr.at(size_t(i)); }
    bool bilingual() const { return m_tr.size() > 1; }
    // A label in the document's context, else in the shared "Documents" context (the
    // words every document uses: Patient, Name (passport), not recorded, the titles).
    QString t(const char *src) const { return lookup(first(), src); }
    QString lookup(const Translation &language, const char *src) const;
    QString notRecorded() const;

    static QTextCharFormat format(const QString &text, qreal pt, bool bold = false, bool grey = false);

    // A block holding one run of text, aligned to the leading side of the document's
    // first language (ownSide: of its own script, for a second-language line, so that
    // the Urdu half of an English + Urdu document is right-aligned) and laid out in the
    // direction of its own script.
    void para(const QString &text, qreal pt, bool bold = false, bool grey = false, qreal topMargin = 0,
              bool reuse = false, bool ownSide = false);
    // A paragraph of running text in every language (free text: as written).
    void text(const QString &s, qreal pt = 9.5) { para(s, pt); }
    void letterhead(const QString &centre, const QString &address, const QString &logoPath = {});
    void heading(const char *src, qreal pt = 13);
    // A label in the first language, then the second in grey beneath.
    void label(const char *src, bool bold = false);
    void value(const QString &v, const QString &empty = {});
    // The translated label of a vocabulary value in every language of the document: the
    // second on its own line, which value() and grid cells print smaller and grey.
    template<class E>
    QString vocab(E v, const QString &separator = QStringLiteral("\n")) const
    {
        return inEach([v](const Translation &tr) { return tr.label(v); }, separator);
    }
    // A value composed in each language of the document (distinct results, one per line).
    QString inEach(const std::function<QString(const Translation &)> &make,
                   const QString &separator = QStringLiteral("\n")) const
    {
        QStringList parts;
        for (const Translation &tr : m_tr)
            if (const QString s = make(tr); !parts.contains(s))
                parts << s;
        return parts.join(separator);
    }
    QString day(int d) const;

    // Label/value pairs as a borderless two-column table (mirrored by hand in Urdu).
    void pairs(const QList<std::pair<const char *, QString>> &rows);
    // A grid with a header row of labels and rows of values (columns reversed in Urdu).
    void grid(const QList<const char *> &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
    void none();
    // An inline object drawn by the handler registered on the document for objectType
    // (a figure); figureIndex tells the handler which one (kFigureIndexProperty).
    void object(int objectType, int figureIndex);
    void spacer(qreal height);
    // Keeps the current block on the page of the block that follows it.
    void keepWithNext();

    void setRowBreaks(const RowBreaks &breaks) { m_breaks = breaks; }

private:
    QTextTable *table(int rows, int columns, bool grid, const QList<int> &widths, int index, int firstRow);
    // The data rows [0, count) cut into runs at the row breaks of table `index`.
    QList<std::pair<int, int>> chunks(int index, int count) const;
    void cell(QTextTable *t, int r, int c);
    void leave(QTextTable *t);

    QTextCursor m_cursor;
    std::vector<Translation> m_tr;
    const char *m_context;
    RowBreaks m_breaks;
    int m_tables = 0;
};

QString isoDate(QDate d);

} // namespace caravan::report
