// PatientListPane: the patient list a coordinator works in all day: a search box
// (search-as-you-type in any script, record/passport/phone number), the filter
// bar, the table and a count line. It owns its PatientListModel and filter bar;
// the Store and ChangeNotifier are the caller's and must outlive the pane.
//
// Data enters from the store through the model (ids and pages of rows, see
// patientlistmodel.h) and the distinct countries/coordinators for the filter bar
// (refreshed after the store's change signals). It leaves as two signals with a
// patient id: currentPatientChanged (the selected row; 0 when none, e.g. after a
// search hid it) and patientActivated (double-click, Enter in the table, or Enter
// in the search box, which opens the selected or else the first patient). The
// selected patient stays selected across searches, filters and sorts while it is
// still listed.
#pragma once

#include "storage/patientlistquery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace caravan {

class ChangeNotifier;
class PatientListFilterBar;
class PatientListModel;
class Store;

class PatientListPane : public QWidget
{
    Q_OBJECT
public:
    PatientListPane(const Store &store, ChangeNotifier *notifier, QWidget *parent = nullptr);
    ~PatientListPane() override;

    PatientListModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    PatientListFilterBar *filterBar() const { return m_filterBar; }

    QString searchText() const;
    void setSearchText(const QString &text);
    PatientListFilter filter() const;
    void setFilter(const PatientListFilter &filter);

    qint64 currentPatientId() const { return m_currentId; }
    int shownCount() const; // rows in the list now
    int totalCount() const; // patients in the database

public slots:
    // Selects and shows the patient; if the search or the filters hide it, they are
    // cleared first. Returns false if the patient is not in the database.
    bool selectPatient(qint64 id);
    void focusSearch();

signals:
    void currentPatientChanged(qint64 id);
    void patientActivated(qint64 id);
    void countsChanged(int shown, int total);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void updateTotal();
    void refreshChoices();
    void onCurrentRowChanged();
    void restoreCurrent();
    void activateFromSearch();
    void setCurrentId(qint64 id);

    const Store &m_store;
    PatientListModel *m_model = nullptr;
    PatientListQuery m_query;
    QLineEdit *m_search = nullptr;
    PatientListFilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_choicesTimer = nullptr;
    qint64 m_currentId = 0;
    int m_total = 0;
};

} // namespace caravan
