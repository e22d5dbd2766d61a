#include "cohortlegend.h"

#include "cohortpalette.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace caravan {

struct CohortLegend::Item
{
    QString text;
    std::optional<TreatmentType> course; // a colour swatch, else a marker
    cohort::Marker marker = cohort::Marker::Remission;
};

CohortLegend::CohortLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cohortLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QList<CohortLegend::Item> CohortLegend::items() const
{
    using cohort::Marker;
    QList<Item> out;
    for (TreatmentType t : cohort::kLegendTypes)
        out.append({ labelOf(t), t, Marker::Remission });
    out.append({ tr("CR / CRi"), std::nullopt, Marker::Remission });
    out.append({ tr("MRD negative"), std::nullopt, Marker::MrdNegative });
    out.append({ tr("MRD positive"), std::nullopt, Marker::MrdPositive });
    out.append({ tr("Relapse / progression"), std::nullopt, Marker::Relapse });
    out.append({ tr("Other response"), std::nullopt, Marker::OtherResponse });
    out.append({ tr("Neutrophil engraftment"), std::nullopt, Marker::Neutrophil });
    out.append({ tr("Platelet engraftment"), std::nullopt, Marker::Platelet });
    out.append({ tr("Last contact"), std::nullopt, Marker::LastContact });
    return out;
}

// Flows the items into rows (in the widget's direction); returns the height used.
int CohortLegend::layoutItems(int width, QList<QRect> *rects) const
{
    const QFontMetrics fm(font());
    const int h = fm.height() + 4;
    const int swatch = fm.height();
    int x = 4;
    int y = 2;
    for (const Item &item : items()) {
        const int w = swatch + 6 + fm.horizontalAdvance(item.text) + 14;
        if (x > 4 && x + w > width) {
            x = 4;
            y += h;
        }
        if (rects)
            rects->append(QStyle::visualRect(layoutDirection(), QRect(0, 0, width, 1000), QRect(x, y, w, h)));
        x += w;
    }
    return y + h + 2;
}

QSize CohortLegend::sizeHint() const
{
    return QSize(600, heightForWidth(600));
}

int CohortLegend::heightForWidth(int width) const
{
    return layoutItems(width, nullptr);
}

void CohortLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QList<QRect> rects;
    layoutItems(width(), &rects);
    const QList<Item> all = items();
    const int swatch = fontMetrics().height();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 0; i < all.size() && i < rects.size(); ++i) {
        const QRect r = rects.at(i);
        const QRect sw(rtl ? r.right() - swatch : r.left(), r.top() + (r.height() - swatch) / 2, swatch, swatch);
        if (all.at(i).course) {
            p.setPen(Qt::NoPen);
            p.setBrush(cohort::courseColour(*all.at(i).course));
            p.drawRoundedRect(QRectF(sw).adjusted(0, swatch * 0.25, 0, -swatch * 0.25), 2, 2);
        } else {
            cohort::drawMarker(p, all.at(i).marker, QRectF(sw).center(), swatch * 0.38);
        }
        p.setPen(palette().windowText().color());
        const QRect text = rtl ? r.adjusted(0, 0, -(swatch + 6), 0) : r.adjusted(swatch + 6, 0, 0, 0);
        p.drawText(text, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), all.at(i).text);
    }
}

void CohortLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LayoutDirectionChange) {
        updateGeometry();
        update();
    }
}

} // namespace caravan
