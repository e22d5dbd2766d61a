// MeasurementChart: small charts of a patient's measurements along the timeline's
// time axis, drawn with QPainter as vectors (for documents: the referral summary
// puts them under its timeline; the screen uses QtCharts in ui/timeline). Data enter
// once from a PatientRecord (chartsFor, labels in the caller's language); paint()
// draws one chart into a rectangle whose plot spans the axis' pixel range, so the
// charts line up with a TimelinePainter drawn over the same axis. Nothing is owned
// but copies of the points.
#pragma once

#include "domain/translation.h"
#include "timeline/timeaxis.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <functional>

class QPainter;

namespace caravan {
struct PatientRecord;
}

namespace caravan::timeline {

struct MeasurementSeries
{
    QString name;
    QColor colour;
    QList<QPointF> points; // x: Julian day (+ fraction of the day), sorted
    double threshold = 0; // > 0: a dashed line at this level, in the series' colour
};

struct MeasurementChart
{
    QString title; // "ANC and platelets (× 10⁹/L)"
    bool logarithmic = false; // counts span 0.1 .. 500
    QList<MeasurementSeries> series;
    int pointCount() const;
};

class MeasurementChartPainter
{
public:
    // Blasts (measurements and assessments), ANC and platelets with the engraftment
    // thresholds, weight: only the charts that have points.
    static QList<MeasurementChart> chartsFor(const PatientRecord &record, const Translation &language);
    // ANC and platelets from `before` days before day 0 to `after` days after it (the
    // engraftment window of a transplant or CAR-T infusion); empty when nothing was counted.
    static MeasurementChart countsAround(const PatientRecord &record, QDate dayZero, int before, int after,
                                         const Translation &language);

    // Draws the chart into rect: title and value labels in a left column as wide as
    // titleWidth, the plot between axis.left() and axis.left() + axis.width().
    // tickLabel: when given, the x ticks are labelled under the plot (a chart on its own,
    // not under a timeline).
    static void paint(QPainter *painter, const QRectF &rect, double titleWidth, const TimeAxis &axis,
                      const MeasurementChart &chart, const QFont &font,
                      const std::function<QString(const TimeAxis::Tick &)> &tickLabel = {});

    // "Nice" y range and tick values for the chart's points (decades when logarithmic).
    static QList<double> yTicks(const MeasurementChart &chart);
};

} // namespace caravan::timeline
