// TimelineCharts: measurement charts under the timeline (QtCharts), sharing its
// time range: blasts and MRD, weight, ANC and platelets with the engraftment
// thresholds. Data enter once per record (setRecord reads assessments and
// measurements into sorted point lists); setVisibleRange() then thins each
// series to about two points per pixel of the visible range and replace()s it,
// and lines the plot areas up with the timeline's plot rectangle. X values are
// Julian days (with the time of day as a fraction), the timeline's own unit.
#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QXYSeries;

class QLabel;

namespace caravan {
struct PatientRecord;
}

namespace caravan::timeline {

class TimelineCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineCharts(QWidget *parent = nullptr);

    void setRecord(const PatientRecord *record); // nullptr clears
    // firstDay/lastDay in Julian days; plotLeft/plotWidth in this widget's x.
    void setVisibleRange(double firstDay, double lastDay, double plotLeft, double plotWidth);
    void retranslateUi();

    int chartCount() const { return int(m_charts.size()); }
    QChartView *chartView(int i) const { return m_charts[i].view; }
    int visibleChartCount() const;
    // Points of the series in [first, last] plus one on each side, at most ~2 per pixel
    // (per pixel column: the first, minimum, maximum and last point, in x order).
    static QList<QPointF> thin(const QList<QPointF> &sorted, double first, double last, int pixels);

private:
    struct Series
    {
        QXYSeries *series = nullptr;
        QList<QPointF> points; // whole record, sorted by x
        bool threshold = false; // a horizontal line: two points across the range
        double level = 0;
    };
    struct Chart
    {
        QLabel *title = nullptr; // above the view: QChart's own title is lost with a fixed plot area
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<Series> series;
    };
    Chart &addChart();
    Series &addSeries(Chart &c, QXYSeries *s);
    void refresh();

    QList<Chart> m_charts; // blasts, weight, ANC, platelets
    double m_first = 0, m_last = 1, m_plotLeft = 0, m_plotWidth = 100;
};

} // namespace caravan::timeline
