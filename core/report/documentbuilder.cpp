// DocumentBuilder: see documentbuilder.h.
#include "documentbuilder.h"

#include "clinical/clinicalfacts.h"
#include "text/fontchoice.h"

#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextTable>
#include <algorithm>

namespace caravan::report {

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

DocumentBuilder::DocumentBuilder(QTextDocument &doc, const QStringList &languages, const char *context)
    : m_cursor(&doc), m_context(context)
{
    for (const QString &l : languages)
        m_tr.emplace_back(l);
}

QString DocumentBuilder::lookup(const Translation &language, const char *src) const
{
    if (const auto own = language.find(m_context, src))
        return *own;
    return language.t(kSharedContext, src);
}

QString DocumentBuilder::notRecorded() const
{
    return first().t(kSharedContext, QT_TRANSLATE_NOOP("Documents", "not recorded"));
}

QTextCharFormat DocumentBuilder::format(const QString &text, qreal pt, bool bold, bool grey)
{
    QTextCharFormat f;
    FontChoice::forDocument(text, pt, bold).applyTo(f);
    f.setForeground(grey ? QColor(0x70, 0x70, 0x70) : QColor(Qt::black));
    return f;
}

// In Urdu text, digits after Arabic letters become Arabic numbers and "2026-11-22"
// would read "22-11-2026": dates, times and ratios go inside left-to-right isolates.
static QString isolateNumbers(const QString &text)
{
    static const QRegularExpression numbers(QStringLiteral("([0-9][0-9:/.\\-]*[0-9])"));
    QString out = text;
    out.replace(numbers, QStringLiteral("\u2066\\1\u2069"));
    return out;
}

void DocumentBuilder::para(const QString &text, qreal pt, bool bold, bool grey, qreal topMargin, bool reuse,
                           bool ownSide)
{
    QTextBlockFormat bf;
    const bool rtlText = scriptOf(text) == TextScript::Arabic;
    const QString s = rtlText ? isolateNumbers(text) : text;
    bf.setLayoutDirection(rtlText ? Qt::RightToLeft : Qt::LeftToRight);
    const bool right = ownSide ? rtlText : first().rightToLeft();
    bf.setAlignment(Qt::AlignAbsolute | (right ? Qt::AlignRight : Qt::AlignLeft));
    bf.setTopMargin(topMargin);
    if (reuse)
        m_cursor.setBlockFormat(bf);
    else
        m_cursor.insertBlock(bf);
    m_cursor.insertText(s, format(s, pt, bold, grey));
}

void DocumentBuilder::letterhead(const QString &centre, const QString &address, const QString &logoPath)
{
    const QImage logo = logoPath.isEmpty() ? QImage() : QImage(logoPath);
    if (!logo.isNull()) {
        // The logo as its own block on the leading side, 18 mm high at most.
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignAbsolute | (first().rightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
        m_cursor.setBlockFormat(bf);
        QTextDocument *doc = m_cursor.document();
        const QUrl name(QStringLiteral("caravan-logo:%1").arg(QFileInfo(logoPath).fileName()));
        doc->addResource(QTextDocument::ImageResource, name, logo);
        QTextImageFormat img;
        img.setName(name.toString());
        const qreal h = 18.0 / 25.4 * 96; // 96-dpi pixels: the layout scales images to the device
        img.setHeight(h);
        img.setWidth(h * logo.width() / std::max(1, logo.height()));
        m_cursor.insertImage(img);
        para(centre.isEmpty() ? notRecorded() : centre, 15, true);
    } else {
        para(centre.isEmpty() ? notRecorded() : centre, 15, true, false, 0, true);
    }
    for (const QString &line : address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        para(line.trimmed(), 9, false, true);
}

void DocumentBuilder::keepWithNext()
{
    QTextBlockFormat keep = m_cursor.blockFormat();
    keep.setProperty(kKeepWithNextProperty, true);
    m_cursor.setBlockFormat(keep);
}

void DocumentBuilder::heading(const char *src, qreal pt)
{
    para(t(src), pt, true, false, pt > 13 ? 14 : 12);
    keepWithNext();
    if (bilingual() && lookup(m_tr[1], src) != t(src)) {
        para(lookup(m_tr[1], src), pt - 3, false, true, 0, false, true);
        keepWithNext();
    }
}

void DocumentBuilder::label(const char *src, bool bold)
{
    para(t(src), 9, bold, false, 0, true);
    if (bilingual() && lookup(m_tr[1], src) != t(src))
        para(lookup(m_tr[1], src), 7.5, false, true, 0, false, true);
}

void DocumentBuilder::value(const QString &v, const QString &empty)
{
    if (v.trimmed().isEmpty())
        return para(empty.isEmpty() ? notRecorded() : empty, 9.5, false, true, 0, true);
    const QStringList lines = v.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i)
        para(lines[i], i ? 8 : 9.5, false, i > 0, 0, i == 0);
}

QString DocumentBuilder::day(int d) const
{
    return clinical::dayLabel(d, first());
}

QList<std::pair<int, int>> DocumentBuilder::chunks(int index, int count) const
{
    QList<std::pair<int, int>> runs; // [begin, end)
    int begin = 0;
    for (int r = 1; r < count; ++r)
        if (m_breaks.contains({ index, r })) {
            runs.append({ begin, r });
            begin = r;
        }
    runs.append({ begin, count });
    return runs;
}

QTextTable *DocumentBuilder::table(int rows, int columns, bool grid, const QList<int> &widths, int index, int firstRow)
{
    QTextTableFormat tf;
    tf.setProperty(kTableIndexProperty, index);
    tf.setProperty(kFirstRowProperty, firstRow);
    // A part after a break starts a page.
    if (firstRow > 0)
        tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setBorder(grid ? 0.5 : 0);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
    tf.setBorderCollapse(true);
    tf.setLayoutDirection(first().rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    if (grid)
        tf.setHeaderRowCount(1);
    if (grid && !widths.isEmpty()) {
        QList<QTextLength> constraints;
        for (int w : widths)
            constraints << QTextLength(QTextLength::PercentageLength, w);
        tf.setColumnWidthConstraints(constraints);
    } else if (!grid) {
        const QTextLength labels(QTextLength::PercentageLength, 32), values(QTextLength::PercentageLength, 68);
        tf.setColumnWidthConstraints(first().rightToLeft() ? QList<QTextLength>{ values, labels }
                                                           : QList<QTextLength>{ labels, values });
    }
    m_cursor.movePosition(QTextCursor::End);
    if (firstRow == 0 && m_breaks.contains({ index, 0 })) {
        // The first row would be cut: the heading above the table starts the next page,
        // and the table follows it (or the table itself when no heading is above it).
        QTextBlock start = m_cursor.block();
        if (start.blockFormat().boolProperty(kKeepWithNextProperty)) {
            while (start.previous().isValid() && start.previous().blockFormat().boolProperty(kKeepWithNextProperty))
                start = start.previous();
            QTextBlockFormat f = start.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(start).setBlockFormat(f);
        } else {
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        }
    }
    return m_cursor.insertTable(rows, columns, tf);
}

void DocumentBuilder::cell(QTextTable *t, int r, int c)
{
    m_cursor = t->cellAt(r, c).firstCursorPosition();
}

void DocumentBuilder::leave(QTextTable *t)
{
    m_cursor = t->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextCharacter);
}

void DocumentBuilder::pairs(const QList<std::pair<const char *, QString>> &rows)
{
    // Qt's text tables do not mirror: in a right-to-left document the label
    // column is put on the right by hand.
    const bool rtl = first().rightToLeft();
    const int index = m_tables++;
    for (const auto &[begin, end] : chunks(index, int(rows.size()))) {
        QTextTable *t = table(end - begin, 2, false, {}, index, begin);
        for (int i = begin; i < end; ++i) {
            cell(t, i - begin, rtl ? 1 : 0);
            label(rows[i].first);
            cell(t, i - begin, rtl ? 0 : 1);
            value(rows[i].second);
        }
        leave(t);
    }
}

void DocumentBuilder::grid(const QList<const char *> &headers, const QList<QStringList> &rows, const QList<int> &widths)
{
    // Qt's text tables do not mirror: a right-to-left document gets its columns reversed by hand.
    const bool rtl = first().rightToLeft();
    const int n = int(headers.size());
    const auto col = [rtl, n](int c) { return rtl ? n - 1 - c : c; };
    QList<int> placed = widths;
    if (rtl)
        std::reverse(placed.begin(), placed.end());
    QTextCharFormat headerCell;
    headerCell.setBackground(QColor(0xee, 0xee, 0xee));
    const int index = m_tables++;
    for (const auto &[begin, end] : chunks(index, int(rows.size()))) {
        // Each part of a split table repeats the header row.
        QTextTable *t = table(end - begin + 1, n, true, placed, index, begin);
        for (int c = 0; c < n; ++c) {
            cell(t, 0, col(c));
            t->cellAt(0, col(c)).setFormat(headerCell);
            label(headers[c], true);
        }
        for (int r = begin; r < end; ++r)
            for (int c = 0; c < n; ++c) {
                cell(t, r - begin + 1, col(c));
                value(rows[r].value(c), QStringLiteral("\u2014"));
            }
        leave(t);
    }
}

void DocumentBuilder::none()
{
    para(notRecorded(), 9.5, false, true);
}

void DocumentBuilder::object(int objectType, int figureIndex)
{
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignAbsolute | Qt::AlignLeft);
    bf.setLayoutDirection(Qt::LeftToRight); // a figure's time axis runs left to right
    bf.setTopMargin(4);
    m_cursor.insertBlock(bf);
    QTextCharFormat f;
    f.setObjectType(objectType);
    f.setProperty(kFigureIndexProperty, figureIndex);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

void DocumentBuilder::spacer(qreal height)
{
    QTextBlockFormat bf;
    bf.setTopMargin(height);
    m_cursor.insertBlock(bf);
}

} // namespace caravan::report
