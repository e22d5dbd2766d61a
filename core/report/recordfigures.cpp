// RecordFigures: see recordfigures.h. Figures are laid out in 96-dpi pixels (the
// painters' unit) and scaled to the paint device, so a 300-dpi PDF page and a
// printer get the same drawing.
#include "recordfigures.h"

#include "documentbuilder.h"

#include "clinical/clinicalfacts.h"
#include "painting/timelinepainter.h"
#include "domain/patientrecord.h"
#include "text/fontchoice.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace caravan::report {

namespace {
constexpr double kChartHeight = 120; // 96-dpi pixels
}

RecordFigures::RecordFigures(const PatientRecord &record, const Translation &language, QDate today,
                             QTextDocument *document)
    : QObject(document),
      m_record(&record),
      m_model(timeline::TimelineModel::build(record, today, language)),
      m_charts(timeline::MeasurementChartPainter::chartsFor(record, language)),
      m_language(language)
{
    m_font.setFamilies(mixedScriptFamilies(QStringLiteral("Noto Sans")));
    m_font.setPixelSize(11);
}

void RecordFigures::install()
{
    m_record = nullptr; // the record belongs to the caller; only copies are kept
    auto *document = qobject_cast<QTextDocument *>(parent());
    document->documentLayout()->registerHandler(kObjectType, this);
}

int RecordFigures::countsAroundDayZero(const TreatmentCourse &course)
{
    const QDate day0 = course.type == TreatmentType::StemCellTransplant ? course.hsct.infusionDate
            : course.type == TreatmentType::CarT                        ? course.cart.infusionDate
                                                                        : QDate();
    if (!day0.isValid() || !m_record)
        return -1;
    timeline::MeasurementChart chart =
            timeline::MeasurementChartPainter::countsAround(*m_record, day0, kBefore, kAfter, m_language);
    if (chart.pointCount() < 3)
        return -1;
    m_around.append({ day0, std::move(chart) });
    return kAroundDayZero + int(m_around.size()) - 1;
}

double RecordFigures::scaleOf(QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() / 96.0 : 1.0;
}

timeline::TimeAxis RecordFigures::axisFor(double width) const
{
    timeline::TimelinePainter painter;
    painter.setFont(m_font);
    const QRectF plot = painter.plotRect(QRectF(0, 0, width, 100));
    timeline::TimeAxis axis;
    axis.setLocale(m_language.locale());
    axis.setPixelRange(plot.left(), plot.width());
    if (!m_model.isEmpty())
        axis.fit(m_model.firstDate(), m_model.lastDate());
    return axis;
}

QSizeF RecordFigures::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const double scale = scaleOf(doc);
    const double width = doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 : 700 * scale;
    const int index = format.intProperty(kFigureIndexProperty);
    double height = index >= kAroundDayZero ? kChartHeight + 36 : kChartHeight;
    if (index == kTimeline) {
        timeline::TimelinePainter painter;
        painter.setFont(m_font);
        painter.setModel(&m_model);
        height = painter.preferredHeight();
    }
    return QSizeF(width, height * scale);
}

void RecordFigures::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                               const QTextFormat &format)
{
    const double scale = scaleOf(doc);
    const QRectF logical(0, 0, rect.width() / scale, rect.height() / scale);
    const timeline::TimeAxis axis = axisFor(logical.width());
    const int index = format.intProperty(kFigureIndexProperty);
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    timeline::TimelinePainter timelinePainter;
    timelinePainter.setFont(m_font);
    if (index == kTimeline) {
        timelinePainter.setModel(&m_model);
        timelinePainter.paint(painter, logical, axis);
    } else if (index >= kAroundDayZero && index - kAroundDayZero < m_around.size()) {
        // Its own axis: Day −10 to Day +40, labelled in the document's language.
        const AroundDayZero &around = m_around[index - kAroundDayZero];
        timeline::TimeAxis days = axis;
        days.setDayZero(around.dayZero);
        days.setVisibleDays(double(around.dayZero.addDays(-kBefore).toJulianDay()),
                            double(around.dayZero.addDays(kAfter + 1).toJulianDay()));
        const auto label = [&around, this](const timeline::TimeAxis::Tick &t) {
            return clinical::dayLabel(int(std::floor(t.day)) - int(around.dayZero.toJulianDay()), m_language);
        };
        timeline::MeasurementChartPainter::paint(painter, logical, timelinePainter.titleWidth(), days, around.chart,
                                                 m_font, label);
    } else if (index >= 1 && index - 1 < m_charts.size()) {
        timeline::MeasurementChartPainter::paint(painter, logical, timelinePainter.titleWidth(), axis,
                                                 m_charts[index - 1], m_font);
    }
    painter->restore();
}

} // namespace caravan::report
