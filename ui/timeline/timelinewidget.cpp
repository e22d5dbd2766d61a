// TimelineWidget: see timelinewidget.h.
#include "timelinewidget.h"

#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace caravan::timeline {

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_painter.setModel(&m_model);
    m_painter.setFont(font());
    m_painter.setToday(QDate::currentDate());
    const QDate today = QDate::currentDate();
    m_axis.setVisibleDates(today.addYears(-1), today);
    syncAxis();
}

void TimelineWidget::setModel(const TimelineModel &model)
{
    const bool hadItems = !m_model.isEmpty();
    m_model = model;
    m_painter.setModel(&m_model);
    m_painter.setSelected({});
    m_layoutValid = false;
    updateGeometry();
    if (!hadItems)
        fitAll();
    else
        axisChanged();
}

void TimelineWidget::setDayZero(QDate dayZero)
{
    m_axis.setDayZero(dayZero);
    if (dayZero.isValid())
        m_axis.setVisibleDates(dayZero.addDays(-7), dayZero.addDays(100));
    axisChanged();
}

void TimelineWidget::setToday(QDate today)
{
    m_painter.setToday(today);
    update();
}

void TimelineWidget::setVisibleDays(double firstDay, double lastDay)
{
    m_axis.setVisibleDays(firstDay, lastDay);
    axisChanged();
}

void TimelineWidget::fitAll()
{
    if (m_model.isEmpty())
        return;
    m_axis.fit(m_model.firstDate(), m_model.lastDate());
    axisChanged();
}

void TimelineWidget::zoomAt(double factor, double x)
{
    m_axis.zoom(factor, x);
    axisChanged();
}

void TimelineWidget::panBy(double dx)
{
    m_axis.panPixels(dx);
    axisChanged();
}

QRectF TimelineWidget::plotRect() const
{
    return m_painter.plotRect(QRectF(rect()));
}

void TimelineWidget::syncAxis()
{
    const QRectF plot = plotRect();
    m_axis.setPixelRange(plot.left(), plot.width());
}

void TimelineWidget::axisChanged()
{
    m_layoutValid = false;
    update();
    emit visibleRangeChanged();
}

void TimelineWidget::layoutNow()
{
    if (!m_layoutValid) {
        m_painter.setFont(font());
        m_painter.layout(QRectF(rect()), m_axis);
        m_layoutValid = true;
    }
}

const TimelineItem *TimelineWidget::itemAt(const QPoint &pos)
{
    layoutNow();
    return m_painter.item(m_painter.itemAt(pos));
}

QRectF TimelineWidget::itemRect(const TimelineItem *item)
{
    layoutNow();
    const auto &lanes = m_model.lanes();
    for (int li = 0; li < lanes.size(); ++li)
        for (int ii = 0; ii < lanes[li].items.size(); ++ii)
            if (&lanes[li].items[ii] == item)
                return m_painter.itemRect({ li, ii });
    return {};
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(900, m_painter.preferredHeight());
}
// Tall enough for the usual five lanes; the charts below share what is left.
QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(300, std::min(m_painter.preferredHeight(), 320));
}

bool TimelineWidget::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        if (const TimelineItem *it = itemAt(help->pos())) {
            const QString when = it->end > it->start
                    ? m_axis.labelFor(it->start) + QStringLiteral(" – ") + m_axis.labelFor(it->end)
                    : m_axis.labelFor(it->start);
            QToolTip::showText(help->globalPos(),
                               it->label + QLatin1Char('\n') + when + QLatin1String("\n\n") + it->details, this);
        } else {
            QToolTip::hideText();
            e->ignore();
        }
        return true;
    }
    if (e->type() == QEvent::FontChange || e->type() == QEvent::LayoutDirectionChange) {
        m_painter.setFont(font());
        syncAxis();
        m_layoutValid = false;
        updateGeometry();
        update();
    }
    return QWidget::event(e);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_painter.setFont(font());
    m_painter.paint(&p, QRectF(rect()), m_axis);
    m_layoutValid = true;
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    // Keep the same days visible over the new width.
    syncAxis();
    m_axis.setVisibleDays(m_axis.firstDay(), m_axis.lastDay());
    axisChanged();
}

void TimelineWidget::wheelEvent(QWheelEvent *e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0) {
        panBy(-e->angleDelta().x() / 2.0);
    } else {
        zoomAt(std::pow(1.25, steps), e->position().x());
    }
    e->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    m_pressPos = e->position().toPoint();
    m_lastDragX = e->position().x();
    m_dragging = false;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (e->position().toPoint() - m_pressPos).manhattanLength() > 4) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panBy(m_lastDragX - e->position().x()); // dragging right shows earlier dates
        m_lastDragX = e->position().x();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(e);
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    layoutNow();
    const TimelinePainter::ItemRef ref = m_painter.itemAt(e->position());
    m_painter.setSelected(ref);
    update();
    if (const TimelineItem *it = m_painter.item(ref))
        emit itemSelected(it->table, it->id);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (const TimelineItem *it = itemAt(e->position().toPoint()))
        emit itemActivated(it->table, it->id);
}

void TimelineWidget::keyPressEvent(QKeyEvent *e)
{
    const double centre = plotRect().center().x();
    const double step = plotRect().width() / 8;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomAt(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        panBy(-step);
        break; // time runs left to right in every language
    case Qt::Key_Right:
        panBy(step);
        break;
    case Qt::Key_F:
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        return QWidget::keyPressEvent(e);
    }
    e->accept();
}

} // namespace caravan::timeline
