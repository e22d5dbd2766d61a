// CohortSwimlanes: the painted swimlanes of the cohort view. Owns a copy of the
// lanes it shows and the view state (first visible day, pixels per day, vertical
// scroll); nothing else.
//
// Data enters through setLanes() (from CohortView, which runs the CohortQuery);
// it leaves as patientActivated(id) when a lane is clicked, and as tooltips. One row
// per patient: both name forms at the left, then a time track where x is days
// relative to day 0 (initially −30 … +365): course spans coloured by type, the
// follow-up line to the last contact, engraftment and assessment markers, the day 0
// line and a day axis at the top. Time runs left to right in every language: the
// widget pins itself to LeftToRight (names stay at the left too). Ctrl+wheel (or the
// wheel over the axis) zooms around the pointer, dragging pans, the plain wheel
// scrolls through the lanes. Only the visible lanes are painted.
#pragma once

#include "storage/cohortquery.h"

#include <QAbstractScrollArea>

namespace caravan {

class CohortSwimlanes : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit CohortSwimlanes(QWidget *parent = nullptr);

    void setLanes(const QList<CohortLane> &lanes);
    const QList<CohortLane> &lanes() const { return m_lanes; }
    int laneCount() const { return int(m_lanes.size()); }

    // The caption over the name column, e.g. "Day 0: CAR-T infusion".
    void setAnchorCaption(const QString &caption);

    // Shows [firstDay, lastDay] across the time track.
    void setDayRange(double firstDay, double lastDay);
    double firstVisibleDay() const { return m_firstDay; }
    double lastVisibleDay() const;

    // Geometry in viewport coordinates, for hit tests and tests.
    int laneHeight() const { return m_laneHeight; }
    int axisHeight() const { return m_axisHeight; }
    int nameWidth() const { return m_nameWidth; }
    double xForDay(double day) const;
    double dayForX(double x) const;
    int laneAt(const QPoint &viewportPos) const; // -1: none
    QRect laneRect(int lane) const; // may lie outside the viewport

signals:
    void patientActivated(qint64 patientId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBar();
    void paintAxis(QPainter &p) const;
    void paintLane(QPainter &p, int row, const QRect &rect) const;
    QString toolTipAt(const QPoint &pos) const;
    void zoomAt(double x, double factor);

    QList<CohortLane> m_lanes;
    QString m_caption;
    double m_firstDay = -30;
    double m_pixelsPerDay = 2;
    bool m_userZoomed = false;
    int m_laneHeight = 34;
    int m_axisHeight = 24;
    int m_nameWidth = 240;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
};

} // namespace caravan
