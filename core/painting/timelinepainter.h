// TimelinePainter: draws a TimelineModel over a TimeAxis onto any QPainter in a
// given rectangle (a widget, a QImage for PNG export, a PDF page of a referral summary). Plain class:
// the model and axis come in per call and are not owned; what leaves is pixels
// and, from layout(), the rectangle of every drawn item for hit-testing. Time
// always runs left to right: x comes from TimeAxis and the painter's layout
// direction is forced to left-to-right, so a right-to-left application (Urdu)
// does not mirror the axis. Lane titles sit in a column on the left, tick labels
// in a header on top; labels that would overlap are left out (tooltips carry them).
#pragma once

#include <QFontMetricsF>

#include "timeline/timeaxis.h"
#include "timeline/timelinemodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>

class QPainter;

namespace caravan::timeline {

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    struct ItemRef
    {
        int lane = -1;
        int index = -1;
        bool isValid() const { return lane >= 0; }
        bool operator==(const ItemRef &) const = default;
    };

    void setModel(const TimelineModel *model)
    {
        m_model = model;
        m_placed.clear();
    }
    void setFont(const QFont &font) { m_font = font; }
    QFont font() const { return m_font; }
    void setToday(QDate today) { m_today = today; } // invalid: no today line
    void setSelected(ItemRef ref) { m_selected = ref; }
    ItemRef selected() const { return m_selected; }

    // The width of the lane title column on the left (charts under the timeline line up with it).
    double titleWidth() const { return metrics().titleWidth; }
    // Where time is drawn inside rect: the axis' pixel range must be this rect's x span.
    QRectF plotRect(const QRectF &rect) const;
    // The height that shows every lane without squeezing.
    int preferredHeight() const;

    // Computes item and label rectangles (also done by paint()).
    void layout(const QRectF &rect, const TimeAxis &axis);
    void paint(QPainter *painter, const QRectF &rect, const TimeAxis &axis);

    // After layout()/paint(): the item at a point (markers over segments over spans).
    ItemRef itemAt(const QPointF &pos) const;
    QRectF itemRect(ItemRef ref) const;
    const TimelineItem *item(ItemRef ref) const;

    static QColor colourOf(const TimelineItem &item);

private:
    struct Placed
    {
        ItemRef ref;
        QRectF shape; // bar or marker
        QRectF labelRect; // empty: no label drawn
        QString text; // elided label
        bool draw = true; // false: a marker on the same pixel as the one before
    };
    struct Metrics
    {
        double titleWidth, header, barHeight, rowHeight, laneGap;
    };
    Metrics metrics() const;
    void drawHeader(QPainter *p, const QRectF &rect, const QRectF &plot, const TimeAxis &axis) const;
    void drawPlaced(QPainter *p, const Placed &placed) const;

    const TimelineModel *m_model = nullptr;
    QFont m_font;
    QDate m_today;
    ItemRef m_selected;
    QList<Placed> m_placed;
    QList<QRectF> m_laneRects; // whole lane incl. title column, from layout()
    double textWidth(const QFontMetricsF &fm, const QString &text) const;
    mutable QHash<QString, double> m_widths; // label -> width in m_widthFont
    mutable QFont m_widthFont;
    // Above this many markers on screen they are drawn as plain, aliased fills.
    static constexpr qsizetype kPlainMarkerThreshold = 300;
    bool m_plainMarkers = false;
};

} // namespace caravan::timeline
