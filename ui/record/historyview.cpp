#include "historyview.h"

#include "common/bidi.h"

#include "domain/recordkinds.h"
#include "domain/fieldspec.h"
#include "editing/editor.h"
#include "recordtablemodel.h"
#include "report/document.h"

#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>

namespace caravan {

namespace {

QString valueText(const QJsonValue &v);

// The fields of a kind by name (empty for an entity that is not a record kind).
QHash<QString, FieldSpec> specsOf(const QString &entity)
{
    QHash<QString, FieldSpec> specs;
    visitKind(entity, [&](auto kind) {
        for (const FieldSpec &s : fieldSpecs<typename decltype(kind)::type>())
            specs.insert(s.name, s);
    });
    return specs;
}

// A field's value as its form shows it; a field the kind no longer declares, plainly.
QString valueText(const FieldSpec *spec, const QJsonValue &v, const QHash<QString, QHash<qint64, QString>> &labels)
{
    if (!spec)
        return valueText(v);
    const QString text = RecordTableModel::valueText(*spec, v, labels);
    return text.isEmpty() ? valueText(v) : text;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? HistoryView::tr("yes") : HistoryView::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray() || v.isObject())
        return HistoryView::tr("%n item(s)", nullptr, int(v.toArray().size()));
    return v.toString();
}

} // namespace

HistoryView::HistoryView(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(4);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(true);
    retranslateUi();
}

QString HistoryView::describeAction(const AuditEntry &e)
{
    const QString kind = kindLabel(e.entity);
    if (e.action == QLatin1String("create"))
        return tr("Added %1").arg(kind);
    if (e.action == QLatin1String("update"))
        return tr("Changed %1").arg(kind);
    if (e.action == QLatin1String("delete"))
        return tr("Deleted %1").arg(kind);
    if (e.action == QLatin1String("restore"))
        return tr("Restored %1").arg(kind);
    if (e.action == QLatin1String("export")) {
        const QJsonArray document = e.changes.value(QStringLiteral("document")).toArray();
        const auto which = Documents::fromCode(document.at(1).toString());
        return tr("Exported %1").arg(which ? Documents::title(*which, QString()) : document.at(1).toString());
    }
    return e.action + QLatin1Char(' ') + kind;
}

QString HistoryView::describeChanges(const AuditEntry &e, const QHash<QString, QHash<qint64, QString>> &labels)
{
    QStringList lines;
    if (e.action == QLatin1String("export")) {
        // Languages, then where it went: a file, or a printer.
        const QString languages = e.changes.value(QStringLiteral("languages")).toArray().at(1).toString();
        const QString to = e.changes.value(QStringLiteral("destination")).toArray().at(1).toString();
        lines << tr("Languages: %1").arg(languages);
        if (to.startsWith(QLatin1String("printer:")))
            lines << tr("Printed on %1").arg(to.mid(8));
        else
            lines << tr("Saved as %1").arg(ltr(QDir::toNativeSeparators(to)));
        return lines.join(QLatin1Char('\n'));
    }
    const QHash<QString, FieldSpec> specs = specsOf(e.entity);
    for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
        if (it.key() == QLatin1String("patient_id"))
            continue;
        const QJsonArray pair = it.value().toArray();
        const auto found = specs.constFind(it.key());
        const FieldSpec *spec = found == specs.cend() ? nullptr : &*found;
        auto value = [&](const QJsonValue &v) { return valueText(spec, v, labels); };
        if (e.action == QLatin1String("update"))
            lines << QStringLiteral("%1: %2 → %3")
                             .arg(fieldLabel(e.entity, it.key()), value(pair.at(0)), value(pair.at(1)));
        else
            lines << QStringLiteral("%1: %2").arg(
                    fieldLabel(e.entity, it.key()), value(e.action == QLatin1String("delete") ? pair.at(0) : pair.at(1)));
    }
    return lines.join(QLatin1Char('\n'));
}

void HistoryView::setEntries(const QList<AuditEntry> &entries)
{
    m_entries = entries;
    setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(r);
        setItem(r, 0, new QTableWidgetItem(ltr(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
        setItem(r, 1, new QTableWidgetItem(e.userName));
        setItem(r, 2, new QTableWidgetItem(describeAction(e)));
        auto *details = new QTableWidgetItem(describeChanges(e, m_labels));
        details->setToolTip(details->text()); // long paths and texts are elided in the cell
        setItem(r, 3, details);
    }
    resizeColumnsToContents();
    resizeRowsToContents();
}

void HistoryView::retranslateUi()
{
    setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Details") });
    if (!m_entries.isEmpty())
        setEntries(m_entries);
}

} // namespace caravan
