// Colours and marker shapes of the cohort view, shared by the swimlanes and their
// legend so that the two always agree. Pure functions; no state.
#pragma once

#include "domain/vocabulary.h"

#include <QColor>
#include <QPainter>
#include <QPointF>

namespace caravan::cohort {

inline QColor courseColour(TreatmentType type)
{
    switch (type) {
    case TreatmentType::Chemotherapy:
        return QColor(0x8c, 0xa9, 0xd3);
    case TreatmentType::CarT:
        return QColor(0xe0, 0x8a, 0x1e);
    case TreatmentType::StemCellTransplant:
        return QColor(0x7b, 0x4f, 0xa8);
    case TreatmentType::Radiotherapy:
        return QColor(0xd4, 0xb9, 0x2c);
    case TreatmentType::Surgery:
        return QColor(0x6d, 0x6d, 0x6d);
    case TreatmentType::Immunotherapy:
        return QColor(0x3a, 0xa3, 0x9a);
    default:
        return QColor(0xb8, 0xa0, 0x8a);
    }
}

// The types that get a legend entry of their own; the rest share "Other therapy".
inline constexpr TreatmentType kLegendTypes[] = {
    TreatmentType::Chemotherapy, TreatmentType::CarT,    TreatmentType::StemCellTransplant,
    TreatmentType::Radiotherapy, TreatmentType::Surgery, TreatmentType::Immunotherapy,
    TreatmentType::Other,
};

enum class Marker { Remission, MrdNegative, MrdPositive, Relapse, OtherResponse, Neutrophil, Platelet, LastContact };

inline Marker markerOf(Response r)
{
    switch (r) {
    case Response::CR:
    case Response::CRi:
        return Marker::Remission;
    case Response::MrdNegative:
        return Marker::MrdNegative;
    case Response::MrdPositive:
        return Marker::MrdPositive;
    case Response::Relapse:
    case Response::PD:
        return Marker::Relapse;
    default:
        return Marker::OtherResponse;
    }
}

// Draws a marker centred at c, about 2·r wide.
inline void drawMarker(QPainter &p, Marker m, QPointF c, qreal r)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    auto poly = [&](std::initializer_list<QPointF> pts) { p.drawPolygon(QPolygonF(QList<QPointF>(pts))); };
    switch (m) {
    case Marker::Remission:
        p.setPen(QPen(QColor(0x1b, 0x7a, 0x2e), 1));
        p.setBrush(QColor(0x2e, 0xa0, 0x43));
        p.drawEllipse(c, r, r);
        break;
    case Marker::MrdNegative:
        p.setPen(QPen(QColor(0x1b, 0x7a, 0x2e), 1.5));
        p.setBrush(Qt::white);
        p.drawEllipse(c, r * 0.8, r * 0.8);
        break;
    case Marker::MrdPositive:
        p.setPen(QPen(QColor(0xb3, 0x5c, 0x00), 1));
        p.setBrush(QColor(0xf0, 0x9a, 0x20));
        poly({ c + QPointF(0, -r), c + QPointF(r, r * 0.8), c + QPointF(-r, r * 0.8) });
        break;
    case Marker::Relapse:
        p.setPen(QPen(QColor(0x9c, 0x10, 0x10), 1));
        p.setBrush(QColor(0xd7, 0x26, 0x26));
        poly({ c + QPointF(0, -r * 1.2), c + QPointF(r, 0), c + QPointF(0, r * 1.2), c + QPointF(-r, 0) });
        break;
    case Marker::OtherResponse:
        p.setPen(QPen(QColor(0x70, 0x70, 0x70), 1));
        p.setBrush(QColor(0xc8, 0xc8, 0xc8));
        p.drawEllipse(c, r * 0.6, r * 0.6);
        break;
    case Marker::Neutrophil:
    case Marker::Platelet:
        p.setPen(Qt::NoPen);
        p.setBrush(m == Marker::Neutrophil ? QColor(0x1f, 0x5f, 0xbf) : QColor(0xc0, 0x3a, 0x9a));
        poly({ c + QPointF(0, -r), c + QPointF(r * 0.8, r * 0.6), c + QPointF(-r * 0.8, r * 0.6) });
        break;
    case Marker::LastContact:
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), 2));
        p.drawLine(c + QPointF(0, -r), c + QPointF(0, r));
        break;
    }
    p.restore();
}

} // namespace caravan::cohort
