#include "cohortswimlanes.h"

#include "cohortpalette.h"
#include "common/bidi.h"

#include "clinical/clinicalfacts.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace caravan {

namespace {

constexpr double kInitialFirstDay = -30;
constexpr double kInitialLastDay = 365;
constexpr double kMinPixelsPerDay = 0.05; // about 40 years across 700 px
constexpr double kMaxPixelsPerDay = 60;
constexpr int kTrackMargin = 8; // px left free at the right of the track

// "+30", "0", "−30" (true minus sign).
QString dayNumber(int day)
{
    if (day == 0)
        return QStringLiteral("0");
    return (day > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + QString::number(std::abs(day));
}

// Grid step in days so that labels are at least minPx apart.
int gridStep(double pixelsPerDay, double minPx)
{
    static const int steps[] = { 1, 2, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650 };
    for (int s : steps)
        if (s * pixelsPerDay >= minPx)
            return s;
    return 3650;
}

} // namespace

CohortSwimlanes::CohortSwimlanes(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("cohortSwimlanes"));
    // Time runs left to right in every language, Urdu included.
    setLayoutDirection(Qt::LeftToRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::OpenHandCursor);
    updateMetrics();
}

void CohortSwimlanes::setLanes(const QList<CohortLane> &lanes)
{
    m_lanes = lanes;
    verticalScrollBar()->setValue(0);
    updateScrollBar();
    viewport()->update();
}

void CohortSwimlanes::setAnchorCaption(const QString &caption)
{
    m_caption = caption;
    viewport()->update();
}

void CohortSwimlanes::updateMetrics()
{
    const QFontMetrics fm(font());
    m_laneHeight = 2 * fm.height() + 8;
    m_axisHeight = fm.height() + 10;
    m_nameWidth = std::clamp(fm.horizontalAdvance(QLatin1Char('x')) * 34, 180, 320);
    updateScrollBar();
}

void CohortSwimlanes::updateScrollBar()
{
    const int visible = std::max(0, viewport()->height() - m_axisHeight);
    const int total = int(m_lanes.size()) * m_laneHeight;
    verticalScrollBar()->setRange(0, std::max(0, total - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(m_laneHeight);
}

double CohortSwimlanes::lastVisibleDay() const
{
    return dayForX(viewport()->width() - kTrackMargin);
}

void CohortSwimlanes::setDayRange(double firstDay, double lastDay)
{
    const double track = std::max(1, viewport()->width() - m_nameWidth - kTrackMargin);
    m_firstDay = firstDay;
    m_pixelsPerDay = std::clamp(track / std::max(1.0, lastDay - firstDay), kMinPixelsPerDay, kMaxPixelsPerDay);
    viewport()->update();
}

double CohortSwimlanes::xForDay(double day) const
{
    return m_nameWidth + (day - m_firstDay) * m_pixelsPerDay;
}

double CohortSwimlanes::dayForX(double x) const
{
    return m_firstDay + (x - m_nameWidth) / m_pixelsPerDay;
}

QRect CohortSwimlanes::laneRect(int lane) const
{
    return QRect(0, m_axisHeight + lane * m_laneHeight - verticalScrollBar()->value(), viewport()->width(),
                 m_laneHeight);
}

int CohortSwimlanes::laneAt(const QPoint &pos) const
{
    if (pos.y() < m_axisHeight)
        return -1;
    const int row = (pos.y() - m_axisHeight + verticalScrollBar()->value()) / m_laneHeight;
    return row >= 0 && row < m_lanes.size() ? row : -1;
}

void CohortSwimlanes::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    if (!m_userZoomed)
        setDayRange(kInitialFirstDay, kInitialLastDay);
}

void CohortSwimlanes::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        if (!m_userZoomed)
            setDayRange(kInitialFirstDay, kInitialLastDay);
    }
}

void CohortSwimlanes::zoomAt(double x, double factor)
{
    const double day = dayForX(x);
    m_pixelsPerDay = std::clamp(m_pixelsPerDay * factor, kMinPixelsPerDay, kMaxPixelsPerDay);
    m_firstDay = day - (x - m_nameWidth) / m_pixelsPerDay; // the day under the pointer stays put
    m_userZoomed = true;
    viewport()->update();
}

void CohortSwimlanes::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    const bool zoom = (event->modifiers() & Qt::ControlModifier) || pos.y() < m_axisHeight;
    if (zoom && event->angleDelta().y() != 0) {
        zoomAt(std::max<double>(pos.x(), m_nameWidth), std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    if (event->angleDelta().x() != 0) { // horizontal wheel or Shift on some systems: pan
        m_firstDay -= event->angleDelta().x() / 4.0 / m_pixelsPerDay;
        m_userZoomed = true;
        viewport()->update();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void CohortSwimlanes::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_dragging = true;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void CohortSwimlanes::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_lastDragPos;
    m_lastDragPos = pos;
    m_firstDay -= delta.x() / m_pixelsPerDay;
    if (delta.x() != 0)
        m_userZoomed = true;
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    viewport()->update();
}

void CohortSwimlanes::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_dragging = false;
    viewport()->setCursor(Qt::OpenHandCursor);
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() < 5) { // a click, not a drag
        if (const int row = laneAt(pos); row >= 0)
            emit patientActivated(m_lanes.at(row).patientId);
    }
}

bool CohortSwimlanes::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString CohortSwimlanes::toolTipAt(const QPoint &pos) const
{
    const int row = laneAt(pos);
    if (row < 0)
        return {};
    const CohortLane &lane = m_lanes.at(row);
    QStringList lines;
    lines << lane.displayName.toHtmlEscaped();
    lines << tr("%1 · %2 · %3").arg(ltr(lane.recordNumber), lane.nationality, ltr(lane.diagnosisCode));
    lines << tr("Day 0: %1").arg(isoDate(lane.anchorDate));
    if (pos.x() >= m_nameWidth) {
        const double tolerance = 6 / m_pixelsPerDay;
        const double day = dayForX(pos.x());
        auto near = [&](int d) { return std::abs(d - day) <= std::max(tolerance, 0.5); };
        for (const CohortAssessment &a : lane.assessments)
            if (near(a.day))
                lines << tr("%1: %2").arg(clinical::dayLabel(a.day), labelOf(a.result));
        if (lane.neutrophilDay && near(*lane.neutrophilDay))
            lines << tr("%1: neutrophil engraftment").arg(clinical::dayLabel(*lane.neutrophilDay));
        if (lane.plateletDay && near(*lane.plateletDay))
            lines << tr("%1: platelet engraftment").arg(clinical::dayLabel(*lane.plateletDay));
        if (lane.lastContactDay && near(*lane.lastContactDay))
            lines << tr("%1: last contact").arg(clinical::dayLabel(*lane.lastContactDay));
        for (const CohortSpan &s : lane.courses) {
            const int end = s.endDay.value_or(s.startDay);
            if (day >= s.startDay - tolerance && day <= end + tolerance) {
                const QString span = s.endDay
                        ? tr("%1 to %2").arg(clinical::dayLabel(s.startDay), clinical::dayLabel(*s.endDay))
                        : tr("from %1").arg(clinical::dayLabel(s.startDay));
                lines << tr("%1 (%2), %3")
                                 .arg(s.name.isEmpty() ? labelOf(s.type) : s.name.toHtmlEscaped(), labelOf(s.status),
                                      span);
            }
        }
    } else {
        if (lane.relapseDay)
            lines << tr("Relapse: %1").arg(clinical::dayLabel(*lane.relapseDay));
        if (lane.neutrophilDay)
            lines << tr("Neutrophil engraftment: %1").arg(clinical::dayLabel(*lane.neutrophilDay));
        if (lane.lastContactDay)
            lines << tr("Last contact: %1").arg(clinical::dayLabel(*lane.lastContactDay));
    }
    return lines.join(QStringLiteral("<br>"));
}

void CohortSwimlanes::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect all = viewport()->rect();
    p.fillRect(all, palette().base());

    const int first = std::max(0, verticalScrollBar()->value() / m_laneHeight);
    const int last = std::min(int(m_lanes.size()) - 1, (verticalScrollBar()->value() + all.height()) / m_laneHeight);

    // Alternating lane bands and the month grid under everything else.
    for (int row = first; row <= last; ++row)
        if (row % 2)
            p.fillRect(laneRect(row), palette().alternateBase());
    const int step = gridStep(m_pixelsPerDay, 56);
    const QRect track(m_nameWidth, m_axisHeight, all.width() - m_nameWidth, all.height() - m_axisHeight);
    p.save();
    p.setClipRect(track);
    p.setPen(QPen(palette().mid().color(), 0, Qt::DotLine));
    const int firstTick = int(std::ceil(m_firstDay / step)) * step;
    for (int d = firstTick; xForDay(d) < all.width(); d += step)
        p.drawLine(QPointF(xForDay(d), m_axisHeight), QPointF(xForDay(d), all.height()));
    p.restore();

    for (int row = first; row <= last; ++row)
        paintLane(p, row, laneRect(row));

    // Day 0 over the lanes.
    if (const double x0 = xForDay(0); x0 >= m_nameWidth) {
        p.setPen(QPen(palette().text().color(), 1.5));
        p.drawLine(QPointF(x0, m_axisHeight), QPointF(x0, all.height()));
    }
    p.setPen(palette().mid().color());
    p.drawLine(m_nameWidth - 1, m_axisHeight, m_nameWidth - 1, all.height());
    paintAxis(p);
}

void CohortSwimlanes::paintAxis(QPainter &p) const
{
    const QRect axis(0, 0, viewport()->width(), m_axisHeight);
    p.fillRect(axis, palette().window());
    p.setPen(palette().mid().color());
    p.drawLine(axis.bottomLeft(), axis.bottomRight());
    p.setPen(palette().windowText().color());
    p.drawText(QRect(6, 0, m_nameWidth - 12, m_axisHeight), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_caption, Qt::ElideRight, m_nameWidth - 12));
    const int step = gridStep(m_pixelsPerDay, 56);
    p.save();
    p.setClipRect(QRect(m_nameWidth, 0, axis.width() - m_nameWidth, m_axisHeight));
    const int firstTick = int(std::ceil(m_firstDay / step)) * step;
    for (int d = firstTick; xForDay(d) < axis.width() + 40; d += step) {
        const double x = xForDay(d);
        p.drawLine(QPointF(x, m_axisHeight - 5), QPointF(x, m_axisHeight));
        QFont f = p.font();
        f.setBold(d == 0);
        p.setFont(f);
        // A label that would be cut by the name column starts at its tick instead.
        if (x - 40 < m_nameWidth)
            p.drawText(QRectF(x + 3, 0, 80, m_axisHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, dayNumber(d));
        else
            p.drawText(QRectF(x - 40, 0, 80, m_axisHeight - 4), Qt::AlignCenter, dayNumber(d));
    }
    p.restore();
}

void CohortSwimlanes::paintLane(QPainter &p, int row, const QRect &rect) const
{
    const CohortLane &lane = m_lanes.at(row);
    const QFontMetrics fm = p.fontMetrics();

    // Names: native form above the passport form when both exist; one centred otherwise.
    const QRect nameRect(rect.left() + 6, rect.top() + 3, m_nameWidth - 12, rect.height() - 6);
    p.setPen(palette().text().color());
    const bool both = !lane.nameNative.isEmpty() && lane.nameNative.compare(lane.nameLatin, Qt::CaseInsensitive) != 0;
    if (both) {
        const int h = nameRect.height() / 2;
        p.drawText(QRect(nameRect.left(), nameRect.top(), nameRect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lane.nameNative, Qt::ElideRight, nameRect.width()));
        p.setPen(palette().placeholderText().color());
        p.drawText(QRect(nameRect.left(), nameRect.top() + h, nameRect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lane.nameLatin, Qt::ElideRight, nameRect.width()));
    } else {
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lane.nameLatin.isEmpty() ? lane.nameNative : lane.nameLatin, Qt::ElideRight,
                                 nameRect.width()));
    }

    p.save();
    p.setClipRect(QRect(m_nameWidth, rect.top(), rect.width() - m_nameWidth, rect.height()));
    p.setRenderHint(QPainter::Antialiasing);
    const double mid = rect.center().y() + 0.5;
    const double left = m_firstDay;
    const double right = dayForX(rect.width());

    // Follow-up line from the first course (or day 0) to the last contact.
    if (lane.lastContactDay) {
        int from = 0;
        for (const CohortSpan &s : lane.courses)
            from = std::min(from, s.startDay);
        p.setPen(QPen(palette().mid().color(), 1));
        p.drawLine(QPointF(xForDay(from), mid), QPointF(xForDay(*lane.lastContactDay), mid));
    }

    // Course spans; an open course is drawn as a short faded bar.
    const double barHalf = std::max(3.0, m_laneHeight / 6.0);
    for (const CohortSpan &s : lane.courses) {
        const int end = s.endDay.value_or(s.startDay);
        if (end < left - 1 || s.startDay > right + 1)
            continue;
        QColor c = cohort::courseColour(s.type);
        const double x1 = xForDay(s.startDay);
        const double x2 = std::max(xForDay(end + 1), x1 + 3);
        const double half = s.isAnchor ? barHalf + 1.5 : barHalf;
        if (!s.endDay)
            c.setAlpha(140);
        p.setPen(s.isAnchor ? QPen(c.darker(150), 1) : Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(x1, mid - half, x2 - x1, 2 * half), 2, 2);
    }

    // Markers: engraftment below the bar, assessments above it, last contact on it.
    const double r = std::max(3.5, m_laneHeight / 8.0);
    const double above = mid - barHalf - r - 1;
    const double below = mid + barHalf + r;
    if (lane.neutrophilDay)
        cohort::drawMarker(p, cohort::Marker::Neutrophil, QPointF(xForDay(*lane.neutrophilDay + 0.5), below), r);
    if (lane.plateletDay)
        cohort::drawMarker(p, cohort::Marker::Platelet, QPointF(xForDay(*lane.plateletDay + 0.5), below), r);
    for (const CohortAssessment &a : lane.assessments) {
        if (a.day < left - 1 || a.day > right + 1)
            continue;
        cohort::drawMarker(p, cohort::markerOf(a.result), QPointF(xForDay(a.day + 0.5), above), r);
    }
    if (lane.lastContactDay)
        cohort::drawMarker(p, cohort::Marker::LastContact, QPointF(xForDay(*lane.lastContactDay + 0.5), mid), r);
    p.restore();
}

} // namespace caravan
