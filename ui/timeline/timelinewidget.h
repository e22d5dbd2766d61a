// TimelineWidget: the interactive timeline. Holds a copy of a TimelineModel and
// the TimeAxis of what is visible, and draws both with a TimelinePainter. Input:
// wheel zooms around the cursor, +/- zoom around the centre, dragging and the
// arrow keys pan, F / Home fit all. Output: itemSelected (click),
// itemActivated (double-click) naming the record (table, id), and
// visibleRangeChanged whenever the axis moves, so charts can follow.
#pragma once

#include "painting/timelinepainter.h"

#include <QWidget>

namespace caravan::timeline {

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setModel(const TimelineModel &model); // keeps the visible range if it shows something
    const TimelineModel &model() const { return m_model; }
    const TimeAxis &axis() const { return m_axis; }
    TimelinePainter &timelinePainter() { return m_painter; }

    // Calendar dates (invalid day 0) or days relative to day 0 (shows Day −7 … Day +100).
    void setDayZero(QDate dayZero);
    void setToday(QDate today);
    void setVisibleDays(double firstDay, double lastDay);
    void fitAll();
    void zoomAt(double factor, double x);
    void panBy(double dx);

    QRectF plotRect() const;
    // The item drawn at a point (widget coordinates), or nullptr.
    const TimelineItem *itemAt(const QPoint &pos);
    QRectF itemRect(const TimelineItem *item);
    const TimelineItem *selectedItem() const { return m_painter.item(m_painter.selected()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void itemSelected(const QString &table, qint64 id);
    void itemActivated(const QString &table, qint64 id);
    void visibleRangeChanged();

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void wheelEvent(QWheelEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    void syncAxis(); // pixel range from the current size
    void layoutNow();
    void axisChanged();

    TimelineModel m_model;
    TimeAxis m_axis;
    TimelinePainter m_painter;
    QPoint m_pressPos;
    double m_lastDragX = 0;
    bool m_dragging = false;
    bool m_layoutValid = false;
};

} // namespace caravan::timeline
