// CohortLegend: the key under the swimlanes (course colours and marker shapes),
// painted with the same cohortpalette.h functions as the lanes. No data enters
// but the language: it re-reads its labels on QEvent::LanguageChange.
#pragma once

#include <QWidget>

namespace caravan {

class CohortLegend : public QWidget
{
    Q_OBJECT
public:
    explicit CohortLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item;
    QList<Item> items() const;
    int layoutItems(int width, QList<QRect> *rects) const;
};

} // namespace caravan
