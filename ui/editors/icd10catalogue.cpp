#include "icd10catalogue.h"

#include "domain/validation.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace caravan {

namespace {

QString compactCode(const QString &code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('.'));
    return c;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int TextRole = Qt::UserRole + 2;

// Shows the rows the catalogue matched for the current text, best first.
class MatchModel : public QSortFilterProxyModel
{
public:
    MatchModel(const Icd10Catalogue &catalogue, QObject *parent) : QSortFilterProxyModel(parent), m_catalogue(catalogue)
    {
    }

    void setTyped(const QString &typed)
    {
        const QList<int> hits = m_catalogue.match(typed);
        m_rank.clear();
        for (int i = 0; i < hits.size(); ++i)
            m_rank.insert(hits.at(i), i);
        invalidate();
        sort(0);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override { return m_rank.contains(sourceRow); }
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override
    {
        return m_rank.value(a.row()) < m_rank.value(b.row());
    }

private:
    Icd10Catalogue m_catalogue; // a copy: the entries are shared, not duplicated
    QHash<int, int> m_rank;
};

} // namespace

Icd10Catalogue Icd10Catalogue::fromTsv(const QString &tsv)
{
    QList<Entry> entries;
    for (const QString &line : tsv.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            continue;
        entries.append({ line.left(tab).trimmed(), line.mid(tab + 1).trimmed() });
    }
    return Icd10Catalogue(std::move(entries));
}

const Icd10Catalogue &Icd10Catalogue::common()
{
    static const Icd10Catalogue catalogue = [] {
        QFile file(QStringLiteral(":/icd10/common_codes.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("caravan: the ICD-10 list is missing from the resources");
            return Icd10Catalogue();
        }
        return fromTsv(QString::fromUtf8(file.readAll()));
    }();
    return catalogue;
}

QString Icd10Catalogue::textOf(const QString &code) const
{
    const QString wanted = compactCode(code);
    for (const Entry &e : m_entries)
        if (compactCode(e.code) == wanted)
            return e.text;
    return {};
}

QList<int> Icd10Catalogue::match(const QString &typed) const
{
    QList<int> hits;
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return hits;
    const QString codePrefix = compactCode(t);
    const QStringList typedWords = wordsOf(t);
    QList<int> byText;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (!codePrefix.isEmpty() && compactCode(e.code).startsWith(codePrefix)) {
            hits << i;
            continue;
        }
        if (typedWords.isEmpty())
            continue;
        const QStringList words = wordsOf(e.text);
        const bool all = std::all_of(typedWords.begin(), typedWords.end(), [&words](const QString &w) {
            return std::any_of(words.begin(), words.end(), [&w](const QString &x) { return x.startsWith(w); });
        });
        if (all)
            byText << i;
    }
    return hits + byText;
}

void Icd10Catalogue::attachCompleter(QLineEdit *codeEdit, QLineEdit *textEdit, const Icd10Catalogue &catalogue)
{
    auto *source = new QStandardItemModel(codeEdit);
    for (const Entry &e : catalogue.entries()) {
        auto *item = new QStandardItem(QStringLiteral("%1   %2").arg(e.code, e.text));
        item->setData(e.code, CodeRole);
        item->setData(e.text, TextRole);
        item->setEditable(false);
        source->appendRow(item);
    }
    auto *matches = new MatchModel(catalogue, codeEdit);
    matches->setSourceModel(source);
    matches->setTyped(QString());

    // The proxy does the matching, so the completer shows its rows as they are.
    auto *completer = new QCompleter(matches, codeEdit);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(CodeRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    completer->popup()->setMinimumWidth(420);
    codeEdit->setCompleter(completer);
    codeEdit->setPlaceholderText(tr("Code or words of the diagnosis, e.g. C91.0 or \"acute lymph\""));

    QObject::connect(codeEdit, &QLineEdit::textEdited, completer, [matches, completer](const QString &text) {
        matches->setTyped(text);
        if (matches->rowCount() > 0 && !text.trimmed().isEmpty())
            completer->complete();
        else
            completer->popup()->hide();
    });
    QObject::connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), codeEdit,
                     [codeEdit, textEdit](const QModelIndex &index) {
                         codeEdit->setText(index.data(CodeRole).toString());
                         if (textEdit && textEdit->text().trimmed().isEmpty())
                             textEdit->setText(index.data(TextRole).toString());
                     });
    // A well-formed code typed in lower case is stored as ICD-10 writes it.
    QObject::connect(codeEdit, &QLineEdit::editingFinished, codeEdit, [codeEdit] {
        const QString t = codeEdit->text().trimmed();
        if (t != t.toUpper() && isWellFormedIcd10(t.toUpper()))
            codeEdit->setText(t.toUpper());
    });
}

} // namespace caravan
