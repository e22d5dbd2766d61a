// TimelineTab: the "Timeline" page of a case record. Holds a copy of the
// PatientRecord given to setRecord(), builds the TimelineModel from it (again on
// a language change, so item labels follow the language), and combines a small
// toolbar (fit all, calendar / day-relative axis, export image), the
// TimelineWidget and the TimelineCharts that follow its visible range. Selection
// and activation leave as signals naming the record (table, id).
#pragma once

#include "domain/patientrecord.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace caravan::timeline {

class TimelineCharts;
class TimelineWidget;

class TimelineTab : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineTab(QWidget *parent = nullptr);

    void setRecord(const PatientRecord *record); // copied; nullptr clears
    TimelineWidget *timeline() const { return m_timeline; }
    TimelineCharts *charts() const { return m_charts; }
    QComboBox *axisModeBox() const { return m_mode; }
    // Draws the timeline (current range and axis mode) into a PNG of that size.
    bool exportImage(const QString &path, QSize size);

signals:
    void itemSelected(const QString &table, qint64 id);
    void itemActivated(const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *e) override;

private:
    void rebuild();
    void retranslateUi();
    void fillModes();
    void modeChanged();
    void followTimeline();
    void exportWithDialog();

    std::optional<PatientRecord> m_record;
    TimelineWidget *m_timeline = nullptr;
    TimelineCharts *m_charts = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_mode = nullptr;
};

} // namespace caravan::timeline
