// TimelineCharts: see timelinecharts.h.
#include "timelinecharts.h"

#include "clinical/clinicalfacts.h"
#include "domain/patientrecord.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::timeline {

namespace {

enum ChartIndex { Blasts, Weight, Anc, Platelets };

double dayOf(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return double(utc.date().toJulianDay()) + utc.time().msecsSinceStartOfDay() / 86400000.0;
}

double dayOf(QDate d)
{
    return double(d.toJulianDay()) + 0.5;
}

} // namespace

TimelineCharts::TimelineCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = 0; i < 4; ++i) {
        Chart &c = addChart();
        layout->addWidget(c.title);
        layout->addWidget(c.view);
    }
    auto line = [](QColor colour, qreal width = 1.5, Qt::PenStyle style = Qt::SolidLine) {
        auto *s = new QLineSeries;
        s->setPen(QPen(colour, width, style));
        return s;
    };
    auto scatter = [](QColor colour, qreal size) {
        auto *s = new QScatterSeries;
        s->setColor(colour);
        s->setBorderColor(colour.darker(130));
        s->setMarkerSize(size);
        return s;
    };
    addSeries(m_charts[Blasts], line(QColor(0xd6, 0x28, 0x28))); // blast measurements
    addSeries(m_charts[Blasts], scatter(QColor(0xd6, 0x28, 0x28), 8)); // assessments' blast %
    addSeries(m_charts[Blasts], scatter(QColor(0x2e, 0x8b, 0x57), 9)); // MRD negative
    addSeries(m_charts[Blasts], scatter(QColor(0xf2, 0x8e, 0x2b), 9)); // MRD positive
    addSeries(m_charts[Weight], line(QColor(0x45, 0x7b, 0x9d)));
    addSeries(m_charts[Anc], line(QColor(0x1f, 0x78, 0xb4)));
    Series &ancLine = addSeries(m_charts[Anc], line(QColor(0x1f, 0x78, 0xb4), 1, Qt::DashLine));
    ancLine.threshold = true;
    ancLine.level = clinical::kNeutrophilThreshold;
    addSeries(m_charts[Platelets], line(QColor(0xb1, 0x59, 0x28)));
    Series &pltLine = addSeries(m_charts[Platelets], line(QColor(0xb1, 0x59, 0x28), 1, Qt::DashLine));
    pltLine.threshold = true;
    pltLine.level = clinical::kPlateletThreshold;
    retranslateUi();
    setRecord(nullptr);
}

TimelineCharts::Chart &TimelineCharts::addChart()
{
    Chart c;
    c.chart = new QChart;
    c.chart->legend()->hide();
    c.chart->setMargins(QMargins(0, 0, 0, 0));
    c.chart->setBackgroundRoundness(0);
    c.chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = font();
    title.setPointSizeF(std::max(7.0, title.pointSizeF() * 0.9));
    c.chart->setTitleFont(title);
    c.x = new QValueAxis;
    c.x->setLabelsVisible(false);
    c.x->setGridLineVisible(false);
    c.x->setTickCount(2);
    c.y = new QValueAxis;
    c.y->setTickCount(3);
    c.y->setLabelFormat(QStringLiteral("%.4g"));
    c.y->setLabelsFont(title);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.title = new QLabel(this);
    c.title->setFont(title);
    c.title->setContentsMargins(6, 4, 6, 0);
    c.title->setWordWrap(true);
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(80);
    c.view->setLayoutDirection(Qt::LeftToRight); // time runs left to right in every language
    m_charts.append(c);
    return m_charts.last();
}

TimelineCharts::Series &TimelineCharts::addSeries(Chart &c, QXYSeries *s)
{
    c.chart->addSeries(s);
    s->attachAxis(c.x);
    s->attachAxis(c.y);
    c.series.append({ s, {}, false, 0 });
    return c.series.last();
}

void TimelineCharts::retranslateUi()
{
    m_charts[Blasts].title->setText(tr("Blasts and MRD (%): line = blood/marrow counts, dots = assessments "
                                       "(green MRD−, orange MRD+)"));
    m_charts[Weight].title->setText(tr("Weight (kg)"));
    m_charts[Anc].title->setText(
            tr("ANC (× 10⁹/L), dashed: engraftment threshold %1").arg(clinical::kNeutrophilThreshold));
    m_charts[Platelets].title->setText(
            tr("Platelets (× 10⁹/L), dashed: engraftment threshold %1").arg(clinical::kPlateletThreshold));
}

void TimelineCharts::setRecord(const PatientRecord *record)
{
    for (Chart &c : m_charts)
        for (Series &s : c.series)
            s.points.clear();
    if (record) {
        auto &blasts = m_charts[Blasts].series;
        for (const Measurement &m : record->measurements) {
            const QPointF p(dayOf(m.takenAt), m.value);
            switch (m.kind) {
            case MeasurementKind::BlastPercent:
                blasts[0].points.append(p);
                break;
            case MeasurementKind::Weight:
                m_charts[Weight].series[0].points.append(p);
                break;
            case MeasurementKind::Anc:
                m_charts[Anc].series[0].points.append(p);
                break;
            case MeasurementKind::Platelets:
                m_charts[Platelets].series[0].points.append(p);
                break;
            default:
                break;
            }
        }
        for (const Assessment &a : record->assessments) {
            if (!a.assessedOn.isValid())
                continue;
            const double x = dayOf(a.assessedOn);
            if (a.blastPercent)
                blasts[1].points.append({ x, *a.blastPercent });
            if (a.result == Response::MrdNegative)
                blasts[2].points.append({ x, a.blastPercent.value_or(0) });
            if (a.result == Response::MrdPositive)
                blasts[3].points.append({ x, a.blastPercent.value_or(0) });
        }
    }
    for (Chart &c : m_charts) {
        double top = 0;
        bool any = false;
        for (Series &s : c.series) {
            std::sort(s.points.begin(), s.points.end(),
                      [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            if (!s.threshold && !s.points.isEmpty())
                any = true;
            for (const QPointF &p : s.points)
                top = std::max(top, p.y());
            if (s.threshold)
                top = std::max(top, s.level * 2);
        }
        c.y->setRange(0, top > 0 ? top * 1.1 : 1);
        c.view->setVisible(any);
        c.title->setVisible(any);
    }
    refresh();
}

int TimelineCharts::visibleChartCount() const
{
    return int(std::count_if(m_charts.begin(), m_charts.end(), [](const Chart &c) { return !c.view->isHidden(); }));
}

void TimelineCharts::setVisibleRange(double firstDay, double lastDay, double plotLeft, double plotWidth)
{
    m_first = firstDay;
    m_last = lastDay;
    m_plotLeft = plotLeft;
    m_plotWidth = plotWidth;
    refresh();
}

void TimelineCharts::refresh()
{
    const int pixels = std::max(1, int(m_plotWidth));
    for (Chart &c : m_charts) {
        c.x->setRange(m_first, m_last);
        for (Series &s : c.series) {
            if (s.threshold)
                s.series->replace(QList<QPointF>{ { m_first, s.level }, { m_last, s.level } });
            else
                s.series->replace(thin(s.points, m_first, m_last, pixels));
        }
        const QRectF area(m_plotLeft, 22, m_plotWidth, std::max(10, c.view->height() - 30));
        c.chart->setPlotArea(area);
    }
}

QList<QPointF> TimelineCharts::thin(const QList<QPointF> &sorted, double first, double last, int pixels)
{
    auto lo =
            std::lower_bound(sorted.begin(), sorted.end(), first, [](const QPointF &p, double x) { return p.x() < x; });
    auto hi =
            std::upper_bound(sorted.begin(), sorted.end(), last, [](double x, const QPointF &p) { return x < p.x(); });
    if (lo != sorted.begin())
        --lo; // one point outside on each side, so lines run to the edges
    if (hi != sorted.end())
        ++hi;
    const qsizetype n = hi - lo;
    QList<QPointF> out;
    if (n <= 2 * pixels) {
        out.reserve(n);
        std::copy(lo, hi, std::back_inserter(out));
        return out;
    }
    // Per pixel column keep the points with the minimum and maximum value (in x order):
    // peaks and troughs survive, about two points per pixel.
    const double perPixel = (last - first) / pixels;
    out.reserve(2 * pixels + 2);
    auto it = lo;
    while (it != hi) {
        const qint64 column = qint64(std::floor((it->x() - first) / perPixel));
        auto minIt = it, maxIt = it;
        auto end = it;
        while (end != hi && qint64(std::floor((end->x() - first) / perPixel)) == column) {
            if (end->y() < minIt->y())
                minIt = end;
            if (end->y() > maxIt->y())
                maxIt = end;
            ++end;
        }
        if (minIt == maxIt) {
            out.append(*minIt);
        } else {
            out.append(minIt->x() < maxIt->x() ? *minIt : *maxIt);
            out.append(minIt->x() < maxIt->x() ? *maxIt : *minIt);
        }
        it = end;
    }
    return out;
}

} // namespace caravan::timeline
