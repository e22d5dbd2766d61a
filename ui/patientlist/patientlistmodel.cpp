#include "patientlistmodel.h"

#include "common/bidi.h"
#include "domain/places.h"

#include "clinical/clinicalfacts.h"
#include "events/changenotifier.h"
#include "storage/store.h"

#include <QLocale>

namespace caravan {

namespace {
constexpr int kPage = 200;
constexpr int kMaxPages = 25; // 5,000 rows kept at most
} // namespace

PatientListModel::PatientListModel(const Store &store, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_query(store.database())
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::storeReset, this, &PatientListModel::reload);
        connect(notifier, &ChangeNotifier::patientAdded, this, &PatientListModel::reload);
        connect(notifier, &ChangeNotifier::patientRemoved, this, &PatientListModel::reload);
        connect(notifier, &ChangeNotifier::patientChanged, this, [this](qint64 id, ChangeNotifier::Parts parts) {
            // Assessments and measurements are not in the list's columns.
            if (parts.testAnyFlags(ChangeNotifier::Identity | ChangeNotifier::Diagnoses | ChangeNotifier::Treatments
                                   | ChangeNotifier::Visits)) {
                // The row now; its place in a filtered or sorted list at the next reload.
                m_baseValid = false;
                refreshPatient(id);
            }
        });
    }
    reload();
}

void PatientListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const bool wasSearching = !m_searchText.trimmed().isEmpty();
    m_searchText = text;
    // Spaces alone change nothing: no search before, none after.
    if (!wasSearching && m_searchText.trimmed().isEmpty())
        return;
    refresh();
}

void PatientListModel::setFilter(const PatientListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_baseValid = false;
    refresh();
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_baseValid = false;
    refresh();
}

void PatientListModel::setToday(QDate today)
{
    m_fixedToday = today;
    reload();
}

QDate PatientListModel::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

PatientListSortKey PatientListModel::sortKeyFor(int column)
{
    using K = PatientListSortKey;
    switch (column) {
    case RecordNumber:
        return K::RecordNumber;
    case NameNative:
        return K::NameNative;
    case NameLatin:
        return K::NameLatin;
    case Age:
        return K::Age;
    case Sex:
        return K::Sex;
    case Nationality:
        return K::Nationality;
    case Diagnosis:
        return K::Diagnosis;
    case Treatment:
        return K::Treatment;
    case Status:
        return K::Status;
    case Coordinator:
        return K::Coordinator;
    case NextDue:
        return K::NextDue;
    }
    return K::None;
}

void PatientListModel::reload()
{
    m_baseValid = false;
    refresh();
}

void PatientListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_ids = currentIds();
    endResetModel();
}

QList<qint64> PatientListModel::currentIds()
{
    const QDate day = today();
    const PatientListOrder order{ sortKeyFor(m_sortColumn), m_sortOrder };
    if (m_searchText.trimmed().isEmpty()) {
        m_limitReached = false;
        if (!m_baseValid || m_baseToday != day) {
            m_baseIds = m_query.ids(m_filter, order, day);
            m_baseValid = m_query.errorString().isEmpty();
            m_baseToday = day;
        }
        return m_baseIds;
    }
    const QList<SearchHit> hits = m_store.search().find(m_searchText, SearchLimit);
    m_limitReached = hits.size() >= SearchLimit;
    QList<qint64> ranked;
    ranked.reserve(hits.size());
    for (const SearchHit &hit : hits)
        ranked.append(hit.patientId);
    return m_query.filterIds(ranked, m_filter, order, day);
}

void PatientListModel::refreshPatient(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto page = m_pages.find(row / kPage);
    if (page != m_pages.end()) {
        const QList<PatientListRow> fresh = m_query.rows({ id }, today());
        (*page)[row % kPage] = fresh.isEmpty() ? PatientListRow{} : fresh.first();
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 PatientListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int PatientListModel::rowOf(qint64 id) const
{
    return id ? int(m_ids.indexOf(id)) : -1;
}

const PatientListRow *PatientListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int pageNumber = row / kPage;
    auto page = m_pages.constFind(pageNumber);
    if (page == m_pages.constEnd()) {
        if (m_pageOrder.size() >= kMaxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        const QList<qint64> ids = m_ids.mid(pageNumber * kPage, kPage);
        QHash<qint64, PatientListRow> byId;
        for (const PatientListRow &r : m_query.rows(ids, today()))
            byId.insert(r.id, r);
        QList<PatientListRow> aligned;
        aligned.reserve(ids.size());
        for (qint64 id : ids)
            aligned.append(byId.value(id)); // a default row (id 0) for a patient gone meanwhile
        page = m_pages.insert(pageNumber, aligned);
        m_pageOrder.append(pageNumber);
    }
    const PatientListRow &r = page->at(row % kPage);
    return r.id ? &r : nullptr;
}

namespace {

QString dueLabel(DueKind kind)
{
    switch (kind) {
    case DueKind::Visit:
        return PatientListModel::tr("Planned visit");
    case DueKind::VisaExpiry:
        return PatientListModel::tr("Visa expires");
    case DueKind::PassportExpiry:
        return PatientListModel::tr("Passport expires");
    case DueKind::PlannedCourse:
        return PatientListModel::tr("Planned treatment starts");
    case DueKind::None:
        break;
    }
    return {};
}

} // namespace

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || index.column() >= ColumnCount)
        return {};
    if (role == PatientIdRole)
        return m_ids.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Age)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PatientListRow *r = rowAt(index.row());
    if (!r)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case RecordNumber:
        return r->recordNumber;
    case NameNative:
        return r->nameNative;
    case NameLatin:
        return r->nameLatin;
    case Age:
        if (auto age = clinical::ageInYears(r->birthDate, today()))
            return *age;
        return {};
    case Sex:
        return labelOf(r->sex);
    case Nationality:
        if (tip && !r->nationality.isEmpty())
            return countryName(r->nationality);
        return r->nationality;
    case Diagnosis:
        return r->diagnosis;
    case Treatment:
        if (auto t = fromCode<TreatmentType>(r->treatment))
            return labelOf(*t);
        return {};
    case Status:
        return labelOf(r->status);
    case Coordinator:
        return r->coordinator;
    case NextDue:
        if (!r->nextDue.isValid())
            return {};
        if (tip)
            return tr("%1: %2").arg(dueLabel(r->nextDueKind), isoDate(r->nextDue));
        return isoDate(r->nextDue);
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Diagnosis:
            return tr("The latest diagnosis");
        case Treatment:
            return tr("The type of the latest treatment course");
        case NextDue:
            return tr("The earliest date from today on: a planned visit, the visa or passport expiry, "
                      "or the start of a planned treatment");
        }
        return {};
    }
    switch (section) {
    case RecordNumber:
        return tr("Record");
    case NameNative:
        return tr("Name");
    case NameLatin:
        return tr("Passport name");
    case Age:
        return tr("Age");
    case Sex:
        return tr("Sex");
    case Nationality:
        return tr("Nationality");
    case Diagnosis:
        return tr("Diagnosis");
    case Treatment:
        return tr("Current treatment");
    case Status:
        return tr("Case status");
    case Coordinator:
        return tr("Coordinator");
    case NextDue:
        return tr("Next due");
    }
    return {};
}

void PatientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

} // namespace caravan
