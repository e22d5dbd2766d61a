// TimelinePainter: see timelinepainter.h. layout() places everything; paint()
// draws header, lanes, items and the today / day 0 lines from that placement.
#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <limits>

namespace caravan::timeline {

namespace {

using Role = TimelineItem::Role;
using Kind = TimelineItem::Kind;

constexpr double kMarker = 11; // marker size in pixels
const QColor kText(0x1d, 0x1d, 0x1d);
const QColor kGrid(0xe3, 0xe6, 0xea);
const QColor kMajorGrid(0xb8, 0xbe, 0xc6);
const QColor kToday(0xd6, 0x28, 0x28);
const QColor kSelection(0x1d, 0x35, 0x57);

QColor typeColour(TreatmentType t)
{
    switch (t) {
    case TreatmentType::Chemotherapy:
        return QColor(0x4e, 0x79, 0xa7);
    case TreatmentType::CarT:
        return QColor(0x8e, 0x5e, 0xa2);
    case TreatmentType::StemCellTransplant:
        return QColor(0x2a, 0x9d, 0x8f);
    case TreatmentType::Surgery:
        return QColor(0x9c, 0x75, 0x5f);
    case TreatmentType::Radiotherapy:
        return QColor(0xc9, 0xa2, 0x27);
    case TreatmentType::Immunotherapy:
        return QColor(0xf2, 0x8e, 0x2b);
    case TreatmentType::GeneTherapy:
        return QColor(0x76, 0xb7, 0xb2);
    case TreatmentType::Hyperthermia:
        return QColor(0xe1, 0x5f, 0x75);
    case TreatmentType::TraditionalMedicine:
        return QColor(0x8a, 0x9a, 0x5b);
    case TreatmentType::Other:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace

QColor TimelinePainter::colourOf(const TimelineItem &it)
{
    switch (it.role) {
    case Role::ActiveDisease:
        return QColor(0xf4, 0xa2, 0x61);
    case Role::Remission:
        return QColor(0x6a, 0xbf, 0x69);
    case Role::Relapse:
    case Role::RelapseMarker:
        return QColor(0xd6, 0x28, 0x28);
    case Role::Diagnosis:
        return QColor(0x26, 0x46, 0x53);
    case Role::Course:
    case Role::ChemoCycle:
    case Role::Apheresis:
        return typeColour(it.courseType);
    case Role::Lymphodepletion:
        return QColor(0xe9, 0xa8, 0x20);
    case Role::Conditioning:
        return QColor(0xe7, 0x6f, 0x51);
    case Role::DayZero:
        return QColor(0x11, 0x11, 0x11);
    case Role::NeutrophilEngraftment:
        return QColor(0x1f, 0x78, 0xb4);
    case Role::PlateletEngraftment:
        return QColor(0xb1, 0x59, 0x28);
    case Role::UnitDischarge:
        return QColor(0x55, 0x55, 0x55);
    case Role::Assessment:
        switch (it.response) {
        case Response::Relapse:
        case Response::PD:
            return QColor(0xd6, 0x28, 0x28);
        case Response::CR:
        case Response::CRi:
        case Response::MrdNegative:
            return QColor(0x2e, 0x8b, 0x57);
        default:
            return QColor(0x6c, 0x75, 0x7d);
        }
    case Role::Visit:
        return QColor(0x45, 0x7b, 0x9d);
    case Role::TeleConsultation:
        return QColor(0x6a, 0x4c, 0x93);
    case Role::Stay:
        return QColor(0x8e, 0xc5, 0xd6);
    }
    return Qt::gray;
}

TimelinePainter::Metrics TimelinePainter::metrics() const
{
    const QFontMetricsF fm(m_font);
    const double fh = fm.height();
    Metrics m;
    m.titleWidth = std::clamp(fm.averageCharWidth() * 17 + 14, 110.0, 220.0);
    m.header = fh + 10;
    m.barHeight = fh + 8;
    m.rowHeight = m.barHeight + kMarker / 2 + fh + 5;
    m.laneGap = 4;
    return m;
}

QRectF TimelinePainter::plotRect(const QRectF &rect) const
{
    const Metrics m = metrics();
    return QRectF(rect.left() + m.titleWidth, rect.top() + m.header, std::max(1.0, rect.width() - m.titleWidth - 10),
                  std::max(1.0, rect.height() - m.header));
}

int TimelinePainter::preferredHeight() const
{
    const Metrics m = metrics();
    double h = m.header + 4;
    if (m_model)
        for (const TimelineLane &lane : m_model->lanes())
            h += lane.rows * m.rowHeight + m.laneGap;
    return int(std::ceil(std::max(h, m.header + m.rowHeight * 2)));
}

void TimelinePainter::layout(const QRectF &rect, const TimeAxis &axis)
{
    m_placed.clear();
    m_laneRects.clear();
    if (!m_model)
        return;
    const Metrics m = metrics();
    const QFontMetricsF fm(m_font);
    const QRectF plot = plotRect(rect);
    const double fh = fm.height();
    const double lo = -std::numeric_limits<double>::infinity();
    double y = plot.top() + 2;
    const auto &lanes = m_model->lanes();
    for (int li = 0; li < lanes.size(); ++li) {
        const TimelineLane &lane = lanes[li];
        m_laneRects.append(QRectF(rect.left(), y, rect.width(), lane.rows * m.rowHeight));
        QList<bool> rowHasBars(lane.rows, false);
        for (const TimelineItem &it : lane.items)
            if (it.kind == Kind::Span && it.row < lane.rows)
                rowHasBars[it.row] = true;
        QList<double> topFree(lane.rows, lo), bottomFree(lane.rows, lo), lastMarkerX(lane.rows, lo);
        for (int ii = 0; ii < lane.items.size(); ++ii) {
            const TimelineItem &it = lane.items[ii];
            const int row = std::clamp(it.row, 0, lane.rows - 1);
            const double rowTop = y + row * m.rowHeight + 2;
            const double x1 = axis.xForDate(it.start);
            const double x2 = axis.xForDay(double(it.end.toJulianDay()) + 1);
            if (x2 < plot.left() - kMarker || x1 > plot.right() + kMarker)
                continue;
            Placed pl{ { li, ii }, {}, {}, {} };
            if (it.kind == Kind::Span) {
                pl.shape = QRectF(x1, rowTop, std::max(2.0, x2 - x1), m.barHeight);
                const QRectF visible = pl.shape.intersected(plot).adjusted(4, 1, -4, 0);
                if (visible.width() >= 24) {
                    pl.text = fm.elidedText(it.label, Qt::ElideRight, visible.width());
                    if (!pl.text.isEmpty())
                        pl.labelRect = QRectF(visible.left(), rowTop + 1, visible.width(), fh);
                }
            } else if (it.kind == Kind::Segment) {
                pl.shape = QRectF(x1, rowTop + m.barHeight - 6, std::max(2.0, x2 - x1), 6);
            } else {
                const double cx = axis.xForDateCentre(it.start);
                const bool onBar = rowHasBars[row];
                const double cy = onBar ? rowTop + m.barHeight : rowTop + m.barHeight / 2;
                pl.shape = QRectF(cx - kMarker / 2, cy - kMarker / 2, kMarker, kMarker);
                if (cx - lastMarkerX[row] < 1 && !onBar && it.role == lane.items[ii - 1].role) {
                    pl.draw = false; // same pixel as the previous marker: hit-testable, not redrawn
                } else {
                    const bool topOpen = !onBar && cx + kMarker / 2 + 3 > topFree[row];
                    const bool bottomOpen = cx - kMarker / 2 > bottomFree[row];
                    const double w = topOpen || bottomOpen ? textWidth(fm, it.label) + 2 : 0;
                    const QRectF top(cx + kMarker / 2 + 3, cy - fh / 2, w, fh);
                    const QRectF bottom(cx - kMarker / 2, rowTop + m.barHeight + kMarker / 2 + 1, w, fh);
                    // The next marker of this row must not sit under a label placed beside this one.
                    double nextX = std::numeric_limits<double>::infinity();
                    for (int jj = ii + 1; topOpen && jj < lane.items.size(); ++jj)
                        if (lane.items[jj].row == it.row && lane.items[jj].kind == Kind::Marker) {
                            nextX = axis.xForDateCentre(lane.items[jj].start) - kMarker / 2 - 2;
                            break;
                        }
                    if (topOpen && top.right() < std::min(nextX, plot.right())) {
                        pl.labelRect = top;
                        topFree[row] = top.right() + 6;
                    } else if (bottomOpen && bottom.left() >= plot.left() && bottom.right() < plot.right() + 4) {
                        pl.labelRect = bottom;
                        bottomFree[row] = bottom.right() + 6;
                    }
                    if (!pl.labelRect.isEmpty())
                        pl.text = it.label;
                    if (!onBar)
                        topFree[row] = std::max(topFree[row], pl.shape.right() + 1);
                }
                lastMarkerX[row] = cx;
            }
            m_placed.append(pl);
        }
        y += lane.rows * m.rowHeight + m.laneGap;
    }
}

void TimelinePainter::drawHeader(QPainter *p, const QRectF &rect, const QRectF &plot, const TimeAxis &axis) const
{
    const Metrics m = metrics();
    const QFontMetricsF fm(m_font);
    const bool relative = axis.isDayRelative();
    double labelFree = -std::numeric_limits<double>::infinity();
    for (const TimeAxis::Tick &t : axis.ticks()) {
        if (t.x < plot.left() || t.x > plot.right())
            continue;
        p->setPen(QPen(t.major ? kMajorGrid : kGrid, 1));
        p->drawLine(QPointF(t.x, plot.top() - 4), QPointF(t.x, rect.bottom()));
        const double w = textWidth(fm, t.label);
        double lx = relative ? t.x - w / 2 : t.x + 3;
        lx = std::clamp(lx, plot.left(), plot.right() - w);
        if (lx < labelFree)
            continue;
        labelFree = lx + w + 6;
        QFont f = m_font;
        f.setBold(t.major);
        p->setFont(f);
        p->setPen(kText);
        p->drawText(QRectF(lx, rect.top() + 2, w + 4, m.header - 4), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    p->setFont(m_font);
    p->setPen(QPen(kMajorGrid, 1));
    p->drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()));
}

double TimelinePainter::textWidth(const QFontMetricsF &fm, const QString &text) const
{
    // Shaping dominates a frame (perf: a quarter of it): labels repeat, measure each once per font.
    if (m_widthFont != m_font) {
        m_widths.clear();
        m_widthFont = m_font;
    }
    auto it = m_widths.constFind(text);
    if (it == m_widths.constEnd())
        it = m_widths.insert(text, fm.horizontalAdvance(text));
    return *it;
}

void TimelinePainter::drawPlaced(QPainter *p, const Placed &pl) const
{
    const TimelineItem &it = *item(pl.ref);
    const QColor c = colourOf(it);
    if (it.kind == Kind::Span) {
        p->setPen(QPen(c.darker(130), 1));
        p->setBrush(c.lighter(it.role == Role::Course ? 165 : 135));
        p->drawRect(pl.shape);
    } else if (it.kind == Kind::Segment) {
        p->setPen(Qt::NoPen);
        p->setBrush(it.role == Role::ChemoCycle && pl.ref.index % 2 ? c.darker(135) : c);
        p->drawRect(pl.shape.adjusted(0.5, 0, -0.5, 0));
    } else if (pl.draw) {
        const QRectF r = pl.shape;
        const QPointF cen = r.center();
        // Many markers on screen (a long history fitted to the window): plain fills
        // without the white outline, which costs a stroke per marker.
        p->setPen(m_plainMarkers ? QPen(Qt::NoPen) : QPen(Qt::white, 1));
        p->setBrush(c);
        switch (it.role) {
        case Role::DayZero: {
            const QPointF tri[] = { { r.left() - 1, r.top() },
                                    { r.right() + 1, r.top() },
                                    { cen.x(), r.bottom() + 1 } };
            p->drawPolygon(tri, 3);
            break;
        }
        case Role::Diagnosis:
        case Role::Assessment: {
            const QPointF dia[] = {
                { cen.x(), r.top() }, { r.right(), cen.y() }, { cen.x(), r.bottom() }, { r.left(), cen.y() }
            };
            p->drawPolygon(dia, 4);
            break;
        }
        case Role::RelapseMarker: {
            const QPointF tri[] = { { cen.x(), r.top() }, { r.right(), r.bottom() }, { r.left(), r.bottom() } };
            p->drawPolygon(tri, 3);
            break;
        }
        case Role::UnitDischarge:
            p->drawRect(r.adjusted(1, 1, -1, -1));
            break;
        case Role::TeleConsultation:
            p->setPen(QPen(c, 2));
            p->setBrush(Qt::white);
            p->drawEllipse(r.adjusted(1, 1, -1, -1));
            break;
        default:
            p->drawEllipse(r);
            break;
        }
    }
    if (!pl.labelRect.isEmpty()) {
        p->setPen(kText);
        p->drawText(pl.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, pl.text);
    }
    if (pl.ref == m_selected) {
        p->setPen(QPen(kSelection, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRect(pl.shape.adjusted(-2, -2, 2, 2));
    }
}

void TimelinePainter::paint(QPainter *p, const QRectF &rect, const TimeAxis &axis)
{
    layout(rect, axis);
    p->save();
    p->setLayoutDirection(Qt::LeftToRight); // x comes from the axis; never mirror
    p->setFont(m_font);
    p->setClipRect(rect, Qt::IntersectClip); // inside the caller's clip (a PDF page)
    p->fillRect(rect, Qt::white);
    const Metrics m = metrics();
    const QRectF plot = plotRect(rect);
    if (!m_model || m_model->isEmpty()) {
        p->setPen(kText);
        p->drawText(rect, Qt::AlignCenter, tr("Nothing with a date has been recorded for this patient yet."));
        p->restore();
        return;
    }
    for (int li = 0; li < m_laneRects.size(); ++li) {
        const QRectF lane = m_laneRects[li];
        p->fillRect(lane, li % 2 ? QColor(0xf3, 0xf5, 0xf7) : QColor(0xfb, 0xfc, 0xfd));
        p->setPen(kText);
        p->drawText(QRectF(lane.left() + 6, lane.top(), m.titleWidth - 12, std::min(lane.height(), m.rowHeight)),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_model->lanes()[li].title);
    }
    drawHeader(p, rect, plot, axis);

    p->setClipRect(QRectF(plot.left(), rect.top(), plot.width() + 8, rect.height()).intersected(rect),
                   Qt::IntersectClip);
    p->setRenderHint(QPainter::Antialiasing, false);
    qsizetype i = 0;
    for (; i < m_placed.size() && item(m_placed[i].ref)->kind != Kind::Marker; ++i)
        drawPlaced(p, m_placed[i]);
    const qsizetype firstMarker = i;
    qsizetype markers = 0;
    for (qsizetype k = firstMarker; k < m_placed.size(); ++k)
        markers += m_placed[k].draw ? 1 : 0;
    m_plainMarkers = markers > kPlainMarkerThreshold;
    p->setRenderHint(QPainter::Antialiasing, !m_plainMarkers);
    for (; i < m_placed.size(); ++i)
        drawPlaced(p, m_placed[i]);
    p->setRenderHint(QPainter::Antialiasing, true);

    auto vertical = [&](double x, const QPen &pen, const QString &label) {
        if (x < plot.left() || x > plot.right())
            return;
        p->setPen(pen);
        p->drawLine(QPointF(x, plot.top()), QPointF(x, rect.bottom()));
        if (!label.isEmpty()) {
            const QFontMetricsF fm(m_font);
            const QRectF box(x + 2, plot.bottom() - fm.height() - 2, fm.horizontalAdvance(label) + 6, fm.height());
            p->fillRect(box, QColor(255, 255, 255, 220));
            p->setPen(pen.color());
            p->drawText(box, Qt::AlignCenter, label);
        }
    };
    if (axis.isDayRelative())
        vertical(axis.xForDateCentre(axis.dayZero()), QPen(QColor(0x11, 0x11, 0x11), 1.5, Qt::DashLine), QString());
    if (m_today.isValid())
        vertical(axis.xForDateCentre(m_today), QPen(kToday, 1.5), tr("Today"));
    p->restore();
}

TimelinePainter::ItemRef TimelinePainter::itemAt(const QPointF &pos) const
{
    // Markers were placed last and are drawn on top: search backwards.
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it)
        if (it->shape.adjusted(-3, -3, 3, 3).contains(pos) || it->labelRect.contains(pos))
            return it->ref;
    return {};
}

QRectF TimelinePainter::itemRect(ItemRef ref) const
{
    for (const Placed &pl : m_placed)
        if (pl.ref == ref)
            return pl.shape;
    return {};
}

const TimelineItem *TimelinePainter::item(ItemRef ref) const
{
    if (!m_model || ref.lane < 0 || ref.lane >= m_model->lanes().size())
        return nullptr;
    const auto &items = m_model->lanes()[ref.lane].items;
    return ref.index >= 0 && ref.index < items.size() ? &items[ref.index] : nullptr;
}

} // namespace caravan::timeline
