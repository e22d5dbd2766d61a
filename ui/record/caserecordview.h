// CaseRecordView: the right-hand pane: the header of the selected patient and the
// tabs Overview, Diagnoses, Treatments, Assessments, Measurements, Visits, History.
// Reads through the Store, writes through the Editor (so every change is undoable)
// and refreshes the parts the ChangeNotifier names for the patient on show.
#pragma once

#include "domain/patientrecord.h"
#include "domain/recordkinds.h"

#include <QHash>

#include <QWidget>

class QTabWidget;

namespace caravan {

class CaseHeader;
class ChangeNotifier;
class Editor;
class HistoryView;
class OverviewPage;
class PartTab;
class RecordTableModel;
namespace timeline {
class TimelineTab;
}

class CaseRecordView : public QWidget
{
    Q_OBJECT
public:
    enum Tab {
        OverviewTab,
        TimelineTab,
        DiagnosesTab,
        TreatmentsTab,
        AssessmentsTab,
        MeasurementsTab,
        VisitsTab,
        HistoryTab
    };

    CaseRecordView(Editor &editor, ChangeNotifier *notifier, QWidget *parent = nullptr);

    void setPatient(qint64 patientId);
    qint64 patientId() const { return m_patientId; }
    const PatientRecord *record() const { return m_record ? &*m_record : nullptr; }
    PartTab *partTab(Tab tab) const;
    QTabWidget *tabs() const { return m_tabs; }
    CaseHeader *header() const { return m_header; }
    // A widget beside the tabs (the main window's Export… button); the view owns it after.
    void setCornerWidget(QWidget *widget);

    // The record selected in the current tab (table name and id), if any.
    QPair<QString, qint64> currentRecord() const;
    void addToCurrentTab();
    void editPatient();
    // Asks, then deletes the selected record of the current tab (undoable).
    void deleteCurrentRecord();

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(RecordParts parts);
    void reloadLabels();
    void retranslateUi();
    void applyPermissions();
    void openEditor(const QString &table, qint64 id);
    void deleteRecord(const QString &table, qint64 id);

    Editor &m_editor;
    qint64 m_patientId = 0;
    std::optional<PatientRecord> m_record;
    QHash<qint64, QString> m_institutions; // names by id
    CaseHeader *m_header;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    timeline::TimelineTab *m_timeline;
    QList<PartTab *> m_parts; // Diagnoses .. Visits
    HistoryView *m_history;
};

} // namespace caravan
