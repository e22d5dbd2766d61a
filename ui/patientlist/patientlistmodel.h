// PatientListModel: the patient list as a table. Holds only the ordered ids of
// the patients shown (all, or a search's hits) and fetches the columns of rows in
// pages of 200 as the view asks for them, so 100,000 patients cost one id list.
// Refreshes on the ChangeNotifier's signals.
#pragma once

#include "storage/patientlistquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace caravan {

class ChangeNotifier;
class Store;

class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordNumber, NameNative, NameLatin, Age, Sex, Nationality, Diagnosis, Treatment, Status,
                  Coordinator, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1 };

    PatientListModel(Store &store, ChangeNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Empty text shows every patient; otherwise the search's hits, best first.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void reload();

private:
    const PatientListRow *rowAt(int row) const;

    Store &m_store;
    PatientListQuery m_query;
    QString m_searchText;
    QList<qint64> m_ids;
    mutable QHash<int, PatientListRow> m_cache;   // row -> columns, filled a page at a time
};

} // namespace caravan
