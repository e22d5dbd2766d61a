// RecordFigures: the figures of a referral summary, the patient timeline
// (TimelinePainter) and measurement charts (MeasurementChartPainter), as inline
// objects of its QTextDocument. They are drawn as vectors on whatever the document
// is painted on (a PDF page, a printer), in the document's first language. Data
// enter once in the constructor (a TimelineModel and charts built from the record);
// the object is a child of the document and is registered on its layout by install().
#pragma once

#include "domain/translation.h"
#include "painting/measurementchartpainter.h"
#include "timeline/timelinemodel.h"

#include <QFont>
#include <QObject>
#include <QTextObjectInterface>

namespace caravan {
struct PatientRecord;
struct TreatmentCourse;
} // namespace caravan

namespace caravan::report {

class RecordFigures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kTimeline = 0; // figure index; charts are 1..chartCount()
    static constexpr int kAroundDayZero = 1000; // + i: counts around the i-th infusion

    RecordFigures(const PatientRecord &record, const Translation &language, QDate today, QTextDocument *document);
    // Registers the figures on the document's layout. Call it once the body is written:
    // a document with a layout lays itself out again at every insertion.
    void install();

    bool hasTimeline() const { return !m_model.isEmpty(); }
    int chartCount() const { return int(m_charts.size()); }
    // The figure index of the blood counts around this course's day 0 (transplant or
    // CAR-T infusion), or -1 when none were counted from 10 days before to 40 after.
    int countsAroundDayZero(const TreatmentCourse &course);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    static double scaleOf(QTextDocument *doc); // device units per 96-dpi pixel
    timeline::TimeAxis axisFor(double width) const;

    struct AroundDayZero
    {
        QDate dayZero;
        timeline::MeasurementChart chart;
    };
    static constexpr int kBefore = 10, kAfter = 40; // days around day 0

    const PatientRecord *m_record; // valid while the body is built
    timeline::TimelineModel m_model;
    QList<timeline::MeasurementChart> m_charts;
    QList<AroundDayZero> m_around;
    Translation m_language;
    QFont m_font;
};

} // namespace caravan::report
