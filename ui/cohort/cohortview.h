// CohortView: the cohort screen. Owns the filter/sort bar, the CohortSwimlanes and
// the legend, and the CohortQuery it runs on the Store's database.
//
// Data enters from the database through CohortQuery::lanes() on reload() (at
// construction, when a filter or the sort changes, and — coalesced — when the
// ChangeNotifier reports a change); it leaves as patientActivated(id) when a lane is
// clicked. Every visible string goes through tr() and is re-read on
// QEvent::LanguageChange; the time axis stays left to right in right-to-left
// languages (see CohortSwimlanes).
#pragma once

#include "storage/cohortquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTimer;

class QSpinBox;

namespace caravan {

class ChangeNotifier;
class CohortLegend;
class CohortSwimlanes;
class Store;

class CohortView : public QWidget
{
    Q_OBJECT
public:
    explicit CohortView(const Store &store, ChangeNotifier *notifier, QWidget *parent = nullptr);
    ~CohortView() override;

    // Runs the query again with the current filter and sort.
    void reload();
    int laneCount() const;

    CohortFilter filter() const;
    void setAnchor(CohortAnchor anchor);
    CohortSwimlanes *swimlanes() const { return m_lanes; }
    // Empty unless the last reload failed.
    QString errorString() const { return m_error; }

signals:
    void patientActivated(qint64 patientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshCountries();
    void updateSummary();

    CohortQuery m_query;
    const Store &m_store;
    QComboBox *m_anchor = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_therapy = nullptr;
    QComboBox *m_sort = nullptr;
    QSpinBox *m_fromYear = nullptr; // day 0 in these years; the lowest value means "any"
    QSpinBox *m_toYear = nullptr;
    QLabel *m_anchorLabel = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_therapyLabel = nullptr;
    QLabel *m_sortLabel = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QLabel *m_summary = nullptr;
    CohortSwimlanes *m_lanes = nullptr;
    CohortLegend *m_legend = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QString m_error;
};

} // namespace caravan
