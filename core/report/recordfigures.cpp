// RecordFigures: see recordfigures.h. Figures are laid out in 96-dpi pixels (the
// painters' unit) and scaled to the paint device, so a 300-dpi PDF page and a
// printer get the same drawing.
#include "recordfigures.h"

#include "painting/timelinepainter.h"
#include "storage/store.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>

namespace caravan::report {

namespace {
constexpr double kChartHeight = 120;   // 96-dpi pixels
}

RecordFigures::RecordFigures(const PatientRecord &record, const Translation &language, QDate today,
                             QTextDocument *document)
    : QObject(document),
      m_model(timeline::TimelineModel::build(record, today, language)),
      m_charts(timeline::MeasurementChartPainter::chartsFor(record, language)),
      m_language(language)
{
    m_font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Naskh Arabic"),
                        QStringLiteral("Noto Sans CJK SC")});
    m_font.setPixelSize(11);
}

void RecordFigures::install()
{
    auto *document = qobject_cast<QTextDocument *>(parent());
    document->documentLayout()->registerHandler(kObjectType, this);
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
    const int index = format.property(QTextFormat::UserProperty + 2).toInt();
    double height = kChartHeight;
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
    const int index = format.property(QTextFormat::UserProperty + 2).toInt();
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    timeline::TimelinePainter timelinePainter;
    timelinePainter.setFont(m_font);
    if (index == kTimeline) {
        timelinePainter.setModel(&m_model);
        timelinePainter.paint(painter, logical, axis);
    } else if (index - 1 < m_charts.size()) {
        timeline::MeasurementChartPainter::paint(painter, logical, timelinePainter.titleWidth(), axis,
                                                 m_charts[index - 1], m_font);
    }
    painter->restore();
}

} // namespace caravan::report
