#include "patientlistmodel.h"

#include "clinical/clinicalfacts.h"
#include "events/changenotifier.h"
#include "storage/store.h"

namespace caravan {

namespace {
constexpr int kPage = 200;
}

PatientListModel::PatientListModel(Store &store, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_query(store.database())
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::storeReset, this, &PatientListModel::reload);
        connect(notifier, &ChangeNotifier::patientAdded, this, &PatientListModel::reload);
        connect(notifier, &ChangeNotifier::patientRemoved, this, &PatientListModel::reload);
        connect(notifier, &ChangeNotifier::patientChanged, this, [this](qint64 id) {
            const int row = int(m_ids.indexOf(id));
            if (row < 0)
                return;
            m_cache.remove(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    }
    reload();
}

void PatientListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    reload();
}

void PatientListModel::reload()
{
    beginResetModel();
    m_cache.clear();
    if (m_searchText.trimmed().isEmpty()) {
        m_ids = m_query.allIds();
    } else {
        m_ids.clear();
        for (const auto &hit : m_store.search().find(m_searchText, 500))
            m_ids.append(hit.patientId);
    }
    endResetModel();
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PatientListRow *PatientListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    auto it = m_cache.constFind(row);
    if (it == m_cache.constEnd()) {
        const int first = row - row % kPage;
        const QList<qint64> page = m_ids.mid(first, kPage);
        const QList<PatientListRow> rows = m_query.rows(page);
        int r = first;
        for (const auto &pr : rows) {
            while (r < m_ids.size() && m_ids.at(r) != pr.id)
                ++r;
            if (r < m_ids.size())
                m_cache.insert(r, pr);
        }
        it = m_cache.constFind(row);
        if (it == m_cache.constEnd())
            return nullptr;
    }
    return &*it;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == PatientIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PatientListRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case RecordNumber: return r->recordNumber;
    case NameNative: return r->nameNative;
    case NameLatin: return r->nameLatin;
    case Age:
        if (auto age = clinical::ageInYears(r->birthDate, QDate::currentDate()))
            return *age;
        return {};
    case Sex: return labelOf(r->sex);
    case Nationality: return r->nationality;
    case Diagnosis: return r->diagnosis;
    case Treatment:
        if (auto t = fromCode<TreatmentType>(r->treatment))
            return labelOf(*t);
        return {};
    case Status: return labelOf(r->status);
    case Coordinator: return r->coordinator;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordNumber: return tr("Record");
    case NameNative: return tr("Name");
    case NameLatin: return tr("Passport name");
    case Age: return tr("Age");
    case Sex: return tr("Sex");
    case Nationality: return tr("Nationality");
    case Diagnosis: return tr("Diagnosis");
    case Treatment: return tr("Current treatment");
    case Status: return tr("Case status");
    case Coordinator: return tr("Coordinator");
    }
    return {};
}

} // namespace caravan
