// PatientListModel: the patient list as a table. Holds only the ordered ids of
// the patients shown and fetches the columns of rows in pages of 200 as the view
// asks for them (keeping a bounded number of pages), so 100,000 patients cost one
// id list.
//
// Which ids, in which order, comes from core (PatientListQuery): with no search
// text, every patient that passes the filter, in the sort order (the list is kept
// until the filter, the order or the store changes, so clearing the search is
// instant); with search text, PatientSearch's ranked hits (at most SearchLimit)
// that pass the filter, in rank order unless a column sort was chosen. Sorting is
// the database's ORDER BY, never done here; sort(-1) returns to the default order.
//
// Refreshes on the ChangeNotifier's signals: patientChanged refetches only that
// row (if shown; the row keeps its place until the ids are next read, so the list
// does not jump under the user), patientAdded/patientRemoved/storeReset reload the
// ids. Every change of ids is a model reset.
#pragma once

#include "storage/patientlistquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace caravan {

class ChangeNotifier;
class Store;

class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RecordNumber,
        NameNative,
        NameLatin,
        Age,
        Sex,
        Nationality,
        Diagnosis,
        Treatment,
        Status,
        Coordinator,
        NextDue,
        ColumnCount
    };
    enum Role { PatientIdRole = Qt::UserRole + 1 };
    static constexpr int SearchLimit = 500;

    PatientListModel(const Store &store, ChangeNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // column -1: the default order (passport name; search rank while searching).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Empty text shows every patient that passes the filter; otherwise the search's hits.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setFilter(const PatientListFilter &filter);
    PatientListFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // True when the search found SearchLimit hits or more: only the best are shown.
    bool searchLimitReached() const { return m_limitReached; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    // The day "next due" counts from; an invalid date (the default) means the current date.
    void setToday(QDate today);
    QString errorString() const { return m_query.errorString(); }

    // Reads the ids again (and forgets the cached unsearched list).
    void reload();
    // Headers and labels in the current language.
    void retranslate();

private:
    static PatientListSortKey sortKeyFor(int column);
    QDate today() const;
    void refresh();
    QList<qint64> currentIds();
    void refreshPatient(qint64 id);
    const PatientListRow *rowAt(int row) const;

    const Store &m_store;
    PatientListQuery m_query;
    QString m_searchText;
    PatientListFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDate m_fixedToday;
    bool m_limitReached = false;

    QList<qint64> m_ids;
    // Every patient passing the filter in the sort order, valid for m_baseToday.
    QList<qint64> m_baseIds;
    bool m_baseValid = false;
    QDate m_baseToday;

    // Page number -> rows of that page, aligned with m_ids (id 0: no longer stored).
    mutable QHash<int, QList<PatientListRow>> m_pages;
    mutable QList<int> m_pageOrder; // oldest first, to bound the cache
};

} // namespace caravan
