// TimelineTab: see timelinetab.h.
#include "timelinetab.h"

#include "timelinecharts.h"
#include "timelinewidget.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace caravan::timeline {

TimelineTab::TimelineTab(QWidget *parent) : QWidget(parent)
{
    m_fit = new QToolButton(this);
    m_export = new QToolButton(this);
    m_modeLabel = new QLabel(this);
    m_mode = new QComboBox(this);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_timeline = new TimelineWidget(this);
    m_charts = new TimelineCharts(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fit);
    bar->addSpacing(12);
    bar->addWidget(m_modeLabel);
    bar->addWidget(m_mode);
    bar->addStretch(1);
    bar->addWidget(m_export);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_charts);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_fit, &QToolButton::clicked, m_timeline, &TimelineWidget::fitAll);
    connect(m_export, &QToolButton::clicked, this, &TimelineTab::exportWithDialog);
    connect(m_mode, &QComboBox::activated, this, &TimelineTab::modeChanged);
    connect(m_timeline, &TimelineWidget::itemSelected, this, &TimelineTab::itemSelected);
    connect(m_timeline, &TimelineWidget::itemActivated, this, &TimelineTab::itemActivated);
    connect(m_timeline, &TimelineWidget::visibleRangeChanged, this, &TimelineTab::followTimeline);
    retranslateUi();
    setRecord(nullptr);
}

void TimelineTab::setRecord(const PatientRecord *record)
{
    const bool samePatient = record && m_record && record->patient.id == m_record->patient.id;
    if (record)
        m_record = *record;
    else
        m_record.reset();
    const QDate previousZero = m_timeline->axis().dayZero();
    if (!samePatient)
        m_timeline->setModel(timeline::TimelineModel{}); // the next model is fitted
    rebuild();
    m_charts->setRecord(m_record ? &*m_record : nullptr);
    if (!samePatient && previousZero.isValid())
        m_timeline->setDayZero({});
    fillModes();
    followTimeline();
}

void TimelineTab::rebuild()
{
    m_timeline->setModel(m_record ? TimelineModel::build(*m_record) : TimelineModel{});
    m_fit->setEnabled(!m_timeline->model().isEmpty());
    m_export->setEnabled(!m_timeline->model().isEmpty());
}

void TimelineTab::fillModes()
{
    const QDate current = m_timeline->axis().dayZero();
    m_mode->clear();
    m_mode->addItem(tr("Calendar dates"), QDate());
    for (const DayZeroChoice &z : m_timeline->model().dayZeros())
        m_mode->addItem(tr("Day relative to %1").arg(z.label), z.date);
    const int index = m_mode->findData(current);
    m_mode->setCurrentIndex(index >= 0 ? index : 0);
    m_mode->setEnabled(m_mode->count() > 1);
}

void TimelineTab::modeChanged()
{
    m_timeline->setDayZero(m_mode->currentData().toDate());
}

void TimelineTab::followTimeline()
{
    const QRectF plot = m_timeline->plotRect();
    const QPoint offset = m_charts->mapFrom(this, m_timeline->mapTo(this, QPoint(0, 0)));
    m_charts->setVisibleRange(m_timeline->axis().firstDay(), m_timeline->axis().lastDay(), plot.left() + offset.x(),
                              plot.width());
}

bool TimelineTab::exportImage(const QString &path, QSize size)
{
    if (size.isEmpty())
        return false;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    TimeAxis axis = m_timeline->axis();
    TimelinePainter painter;
    painter.setModel(&m_timeline->model());
    painter.setFont(m_timeline->font());
    painter.setToday(QDate::currentDate());
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    const QRectF plot = painter.plotRect(rect);
    axis.setPixelRange(plot.left(), plot.width());
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::TextAntialiasing);
        painter.paint(&p, rect, axis);
    }
    return image.save(path, "PNG");
}

void TimelineTab::exportWithDialog()
{
    const QString path =
            QFileDialog::getSaveFileName(this, tr("Export timeline image"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QSize size(std::max(1600, m_timeline->width()), m_timeline->timelinePainter().preferredHeight());
    if (!exportImage(path, size))
        QMessageBox::warning(this, tr("Export timeline image"), tr("The image could not be written to %1.").arg(path));
}

void TimelineTab::retranslateUi()
{
    m_fit->setText(tr("Fit all"));
    m_fit->setToolTip(tr("Show the whole history (F or Home)"));
    m_export->setText(tr("Export image…"));
    m_modeLabel->setText(tr("Time axis:"));
    m_charts->retranslateUi();
}

void TimelineTab::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild(); // item labels and details are translated when the model is built
        fillModes();
    }
    QWidget::changeEvent(e);
}

} // namespace caravan::timeline
