#include "recordtablemodel.h"

#include "common/bidi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace caravan {

RecordTableModel::RecordTableModel(Backend backend, QStringList columns, QObject *parent)
    : QAbstractTableModel(parent), m_backend(std::move(backend)), m_columns(std::move(columns))
{
    refreshSpecs();
}

void RecordTableModel::refreshSpecs()
{
    m_columnSpecs.clear();
    const QList<FieldSpec> all = m_backend.specs();
    for (const QString &c : std::as_const(m_columns))
        for (const FieldSpec &s : all)
            if (s.name == c)
                m_columnSpecs << s;
}

void RecordTableModel::setRecord(const PatientRecord *record)
{
    beginResetModel();
    m_rows = record ? m_backend.rows(*record) : QList<QJsonObject>();
    m_hasRecord = record != nullptr;
    endResetModel();
}

void RecordTableModel::retranslate()
{
    beginResetModel();
    refreshSpecs();
    endResetModel();
}

void RecordTableModel::setReferenceLabels(const QHash<QString, QHash<qint64, QString>> &labels)
{
    m_referenceLabels = labels;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnSpecs.size());
}

QString RecordTableModel::valueText(const FieldSpec &spec, const QJsonValue &value,
                                    const QHash<QString, QHash<qint64, QString>> &referenceLabels)
{
    if (spec.kind == FieldSpec::Kind::Bool && !value.isNull() && !value.isUndefined())
        return value.toBool() ? tr("yes") : tr("no");
    return displayText(spec, value, referenceLabels);
}

QString RecordTableModel::displayText(const FieldSpec &spec, const QJsonValue &value,
                                      const QHash<QString, QHash<qint64, QString>> &referenceLabels)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (spec.kind) {
    case FieldSpec::Kind::Choice: {
        const int i = int(spec.codes.indexOf(value.toString()));
        return i >= 0 ? spec.labels.at(i) : value.toString();
    }
    case FieldSpec::Kind::Reference: {
        const qint64 id = value.toInteger();
        return referenceLabels.value(spec.referenceTable).value(id, QStringLiteral("#%1").arg(id));
    }
    case FieldSpec::Kind::Bool:
        return value.toBool() ? tr("yes") : QString();
    case FieldSpec::Kind::DateTime: {
        const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
        return t.isValid() ? localDateTime(t) : value.toString();
    }
    case FieldSpec::Kind::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? isoDate(d) : value.toString();
    }
    case FieldSpec::Kind::Number:
    case FieldSpec::Kind::OptionalNumber:
        return QLocale().toString(value.toDouble(), 'g', 6);
    case FieldSpec::Kind::Integer:
    case FieldSpec::Kind::OptionalInteger:
        return QString::number(value.toInteger());
    case FieldSpec::Kind::List: {
        const QJsonArray items = value.toArray();
        QStringList parts;
        for (const auto &item : items) {
            QStringList bits;
            const QJsonObject o = item.toObject();
            for (const FieldSpec &s : spec.itemSpecs) {
                const QString t = displayText(s, o.value(s.name), referenceLabels);
                if (!t.isEmpty() && s.kind != FieldSpec::Kind::Bool)
                    bits << t;
                if (bits.size() == 2)
                    break;
            }
            parts << bits.join(QLatin1Char(' '));
        }
        return parts.join(QStringLiteral("; "));
    }
    default:
        return value.toString();
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columnSpecs.size())
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const FieldSpec &spec = m_columnSpecs.at(index.column());
    const QJsonValue v = row.value(spec.name);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(spec, v, m_referenceLabels);
    case Qt::EditRole:
        if (spec.kind == FieldSpec::Kind::Bool)
            return v.toBool();
        return v.isNull() ? QString() : v.toVariant().toString();
    case Qt::TextAlignmentRole:
        if (spec.kind == FieldSpec::Kind::Number || spec.kind == FieldSpec::Kind::OptionalNumber
            || spec.kind == FieldSpec::Kind::Integer || spec.kind == FieldSpec::Kind::OptionalInteger)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return row.value(QStringLiteral("id")).toInteger();
    case JsonRole:
        return row;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columnSpecs.size())
        return m_columnSpecs.at(section).label();
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() >= m_columnSpecs.size() || m_readOnly)
        return f;
    // Plain text, numbers and dates are edited in place; choices, references and lists in the form.
    switch (m_columnSpecs.at(index.column()).kind) {
    case FieldSpec::Kind::Text:
    case FieldSpec::Kind::LongText:
    case FieldSpec::Kind::Date:
    case FieldSpec::Kind::Integer:
    case FieldSpec::Kind::Number:
    case FieldSpec::Kind::OptionalInteger:
    case FieldSpec::Kind::OptionalNumber:
        return f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QJsonObject row = m_rows.at(index.row());
    const FieldSpec &spec = m_columnSpecs.at(index.column());
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        row.insert(spec.name, QJsonValue());
    else
        row.insert(spec.name, text); // the codec parses numbers and dates from text
    const Status s = m_backend.change(m_rows.at(index.row()), row);
    if (!s) {
        if (m_onError)
            m_onError(s.error());
        return false;
    }
    // The notifier reloads the model; nothing else to do here.
    return true;
}

} // namespace caravan
