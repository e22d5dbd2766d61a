// MeasurementChartPainter: see measurementchartpainter.h.
#include "measurementchartpainter.h"

#include "domain/patientrecord.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>

namespace caravan::timeline {

namespace {

constexpr const char *C = "MeasurementChart";
[[maybe_unused]] const char *const kStrings[] = {
    QT_TRANSLATE_NOOP("MeasurementChart", "Blasts (%)"),
    QT_TRANSLATE_NOOP("MeasurementChart", "ANC and platelets (× 10⁹/L)"),
    QT_TRANSLATE_NOOP("MeasurementChart", "ANC"),
    QT_TRANSLATE_NOOP("MeasurementChart", "Platelets"),
    QT_TRANSLATE_NOOP("MeasurementChart", "Weight (kg)"),
    QT_TRANSLATE_NOOP("MeasurementChart", "ANC and platelets around day 0 (× 10⁹/L)"),
};

const QColor kText(0x1d, 0x1d, 0x1d);
const QColor kGrid(0xe3, 0xe6, 0xea);

double dayOf(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return double(utc.date().toJulianDay()) + utc.time().msecsSinceStartOfDay() / 86400000.0;
}

QString number(double v)
{
    if (v >= 100 || v == std::floor(v))
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 2);
}

} // namespace

int MeasurementChart::pointCount() const
{
    int n = 0;
    for (const MeasurementSeries &s : series)
        n += int(s.points.size());
    return n;
}

QList<MeasurementChart> MeasurementChartPainter::chartsFor(const PatientRecord &record, const Translation &tr)
{
    MeasurementChart blasts{ tr.t(C, "Blasts (%)"),
                             false,
                             { { tr.t(C, "Blasts (%)"), QColor(0xd6, 0x28, 0x28), {}, 0 } } };
    MeasurementChart counts{ tr.t(C, "ANC and platelets (× 10⁹/L)"),
                             true,
                             { { tr.t(C, "ANC"), QColor(0x1f, 0x78, 0xb4), {}, 0.5 },
                               { tr.t(C, "Platelets"), QColor(0xb1, 0x59, 0x28), {}, 20 } } };
    MeasurementChart weight{ tr.t(C, "Weight (kg)"),
                             false,
                             { { tr.t(C, "Weight (kg)"), QColor(0x45, 0x7b, 0x9d), {}, 0 } } };
    for (const Measurement &m : record.measurements) {
        if (!m.takenAt.isValid())
            continue;
        const QPointF p(dayOf(m.takenAt), m.value);
        switch (m.kind) {
        case MeasurementKind::BlastPercent:
            blasts.series[0].points.append(p);
            break;
        case MeasurementKind::Anc:
            if (m.value > 0)
                counts.series[0].points.append(p);
            break;
        case MeasurementKind::Platelets:
            if (m.value > 0)
                counts.series[1].points.append(p);
            break;
        case MeasurementKind::Weight:
            weight.series[0].points.append(p);
            break;
        default:
            break;
        }
    }
    for (const Assessment &a : record.assessments)
        if (a.blastPercent && a.assessedOn.isValid())
            blasts.series[0].points.append(QPointF(double(a.assessedOn.toJulianDay()) + 0.5, *a.blastPercent));
    QList<MeasurementChart> charts;
    for (MeasurementChart *c : { &blasts, &counts, &weight }) {
        for (MeasurementSeries &s : c->series)
            std::sort(s.points.begin(), s.points.end(),
                      [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        if (c->pointCount() > 0)
            charts.append(*c);
    }
    return charts;
}

MeasurementChart MeasurementChartPainter::countsAround(const PatientRecord &record, QDate dayZero, int before,
                                                       int after, const Translation &tr)
{
    MeasurementChart counts{ tr.t(C, "ANC and platelets around day 0 (× 10⁹/L)"),
                             true,
                             { { tr.t(C, "ANC"), QColor(0x1f, 0x78, 0xb4), {}, 0.5 },
                               { tr.t(C, "Platelets"), QColor(0xb1, 0x59, 0x28), {}, 20 } } };
    if (!dayZero.isValid())
        return counts;
    const double first = double(dayZero.addDays(-before).toJulianDay());
    const double last = double(dayZero.addDays(after + 1).toJulianDay());
    for (const Measurement &m : record.measurements) {
        if (!m.takenAt.isValid() || m.value <= 0)
            continue;
        const QPointF p(dayOf(m.takenAt), m.value);
        if (p.x() < first || p.x() >= last)
            continue;
        if (m.kind == MeasurementKind::Anc)
            counts.series[0].points.append(p);
        else if (m.kind == MeasurementKind::Platelets)
            counts.series[1].points.append(p);
    }
    for (MeasurementSeries &s : counts.series)
        std::sort(s.points.begin(), s.points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return counts;
}

QList<double> MeasurementChartPainter::yTicks(const MeasurementChart &chart)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const MeasurementSeries &s : chart.series) {
        for (const QPointF &p : s.points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
        if (s.threshold > 0 && !s.points.isEmpty()) {
            lo = std::min(lo, s.threshold);
            hi = std::max(hi, s.threshold);
        }
    }
    if (!std::isfinite(lo))
        return { 0, 1 };
    QList<double> ticks;
    if (chart.logarithmic) {
        const int a = int(std::floor(std::log10(std::max(lo, 1e-3))));
        const int b = std::max(a + 1, int(std::ceil(std::log10(std::max(hi, 1e-3)))));
        for (int e = a; e <= b; ++e)
            ticks << std::pow(10.0, e);
        return ticks;
    }
    lo = std::min(lo, 0.0);
    if (hi <= lo)
        hi = lo + 1;
    const double raw = (hi - lo) / 4;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : { 1.0, 2.0, 2.5, 5.0, 10.0 })
        if (f * mag >= raw) {
            step = f * mag;
            break;
        }
    for (double v = std::floor(lo / step) * step; v < hi + step * 0.999; v += step)
        ticks << v;
    if (ticks.size() < 2)
        ticks << ticks.value(0) + step;
    return ticks;
}

void MeasurementChartPainter::paint(QPainter *p, const QRectF &rect, double titleWidth, const TimeAxis &axis,
                                    const MeasurementChart &chart, const QFont &font,
                                    const std::function<QString(const TimeAxis::Tick &)> &tickLabel)
{
    const QFontMetricsF fm(font);
    const double labels = tickLabel ? fm.height() + 4 : 0; // a row of x labels under the plot
    const QRectF plot(axis.left(), rect.top() + fm.height() * 0.6, axis.width(),
                      rect.height() - fm.height() * 1.2 - labels);
    const QList<double> ticks = yTicks(chart);
    const double y0 = ticks.first(), y1 = ticks.last();
    const auto yOf = [&](double v) {
        double f = chart.logarithmic
                ? (std::log10(std::max(v, y0)) - std::log10(y0)) / (std::log10(y1) - std::log10(y0))
                : (v - y0) / (y1 - y0);
        return plot.bottom() - std::clamp(f, 0.0, 1.0) * plot.height();
    };

    p->save();
    p->setLayoutDirection(Qt::LeftToRight); // time runs left to right in every language
    p->setFont(font);
    p->fillRect(rect, Qt::white);
    // Title and legend in the left column, as the timeline's lane titles.
    p->setPen(kText);
    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    const QRectF titleBox(rect.left() + 6, rect.top(), titleWidth - 12 - fm.horizontalAdvance(QStringLiteral("0000")),
                          rect.height());
    const QRectF used = p->boundingRect(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    p->drawText(titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chart.title);
    p->setFont(font);
    double legendY = used.bottom() + 2;
    if (chart.series.size() > 1)
        for (const MeasurementSeries &s : chart.series) {
            if (s.points.isEmpty() || legendY + fm.height() > rect.bottom())
                continue;
            p->setPen(QPen(s.colour, 2));
            p->drawLine(QPointF(titleBox.left(), legendY + fm.height() / 2),
                        QPointF(titleBox.left() + 14, legendY + fm.height() / 2));
            p->setPen(kText);
            p->drawText(QRectF(titleBox.left() + 18, legendY, titleBox.width() - 18, fm.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, s.name);
            legendY += fm.height();
        }
    // Grid and value labels.
    for (double v : ticks) {
        const double y = yOf(v);
        p->setPen(QPen(kGrid, 1));
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p->setPen(kText);
        p->drawText(QRectF(plot.left() - 60, y - fm.height() / 2, 56, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                    number(v));
    }
    double labelFree = -std::numeric_limits<double>::infinity();
    for (const TimeAxis::Tick &t : axis.ticks())
        if (t.x >= plot.left() && t.x <= plot.right()) {
            p->setPen(QPen(t.major ? QColor(0x88, 0x88, 0x88) : kGrid, 1));
            p->drawLine(QPointF(t.x, plot.top()), QPointF(t.x, plot.bottom()));
            if (!tickLabel)
                continue;
            const QString text = tickLabel(t);
            const double w = fm.horizontalAdvance(text);
            const double x = std::clamp(t.x - w / 2, plot.left(), plot.right() - w);
            if (x < labelFree)
                continue; // no overlapping labels
            labelFree = x + w + 6;
            p->setPen(kText);
            p->drawText(QRectF(x, plot.bottom() + 3, w + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    p->setPen(QPen(QColor(0xb8, 0xbe, 0xc6), 1));
    p->drawRect(plot);

    p->setClipRect(plot.adjusted(-3, -3, 3, 3), Qt::IntersectClip);
    p->setRenderHint(QPainter::Antialiasing, true);
    for (const MeasurementSeries &s : chart.series) {
        if (s.points.isEmpty())
            continue;
        if (s.threshold > 0) {
            p->setPen(QPen(s.colour, 1, Qt::DashLine));
            p->drawLine(QPointF(plot.left(), yOf(s.threshold)), QPointF(plot.right(), yOf(s.threshold)));
        }
        QPainterPath path;
        for (const QPointF &pt : s.points) {
            const QPointF xy(axis.xForDay(pt.x()), yOf(pt.y()));
            if (path.elementCount() == 0)
                path.moveTo(xy);
            else
                path.lineTo(xy);
        }
        p->setPen(QPen(s.colour, 1.6));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        if (s.points.size() <= 60) {
            p->setPen(Qt::NoPen);
            p->setBrush(s.colour);
            for (const QPointF &pt : s.points)
                p->drawEllipse(QPointF(axis.xForDay(pt.x()), yOf(pt.y())), 2.2, 2.2);
        }
    }
    p->restore();
}

} // namespace caravan::timeline
