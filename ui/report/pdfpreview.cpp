#include "pdfpreview.h"

#include <poppler-qt6.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan {

namespace {
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.25;

struct AbortState
{
    const std::atomic<int> *latest;
    int request;
};

bool shouldAbort(const QVariant &closure)
{
    const auto *state = reinterpret_cast<const AbortState *>(closure.value<quintptr>());
    return state->latest->load() != state->request;
}
} // namespace

// Lives on the render thread and owns that thread's Document.
class PdfRenderWorker : public QObject
{
public:
    explicit PdfRenderWorker(std::shared_ptr<std::atomic<int>> latest) : m_latest(std::move(latest)) { }

    // Runs on the render thread. Returns a null image when stale, aborted or unreadable.
    QImage render(int request, int docSerial, const QString &path, int page, double dpi)
    {
        if (m_latest->load() != request)
            return {};
        if (docSerial != m_serial) {
            m_serial = docSerial;
            m_doc = Poppler::Document::load(path);
            if (m_doc && !m_doc->isLocked()) {
                m_doc->setRenderHint(Poppler::Document::Antialiasing);
                m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
            } else {
                m_doc.reset();
            }
        }
        if (!m_doc || page < 0 || page >= m_doc->numPages())
            return {};
        const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
        if (!p)
            return {};
        AbortState state{ m_latest.get(), request };
        return p->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr, shouldAbort,
                                QVariant::fromValue(reinterpret_cast<quintptr>(&state)));
    }

private:
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<Poppler::Document> m_doc;
    int m_serial = -1;
};

PdfPreview::PdfPreview(QWidget *parent) : QWidget(parent), m_latestRequest(std::make_shared<std::atomic<int>>(0))
{
    auto makeButton = [this](const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setAutoRaise(true);
        return b;
    };
    m_prev = makeButton(QStringLiteral("previousPage"));
    m_next = makeButton(QStringLiteral("nextPage"));
    m_zoomOut = makeButton(QStringLiteral("zoomOut"));
    m_zoomIn = makeButton(QStringLiteral("zoomIn"));
    m_fit = makeButton(QStringLiteral("fitWidth"));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));

    m_view = new QLabel;
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setBackgroundRole(QPalette::Base);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_prev);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_fit);
    bar->addWidget(m_zoomIn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(80);
    connect(m_resizeTimer, &QTimer::timeout, this, &PdfPreview::requestRender);

    connect(m_prev, &QToolButton::clicked, this, &PdfPreview::previousPage);
    connect(m_next, &QToolButton::clicked, this, &PdfPreview::nextPage);
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfPreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfPreview::zoomOut);
    connect(m_fit, &QToolButton::toggled, this, &PdfPreview::setFitWidth);

    m_thread.setObjectName(QStringLiteral("PdfPreview render"));
    m_worker = new PdfRenderWorker(m_latestRequest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    retranslateUi();
    updateControls();
}

PdfPreview::~PdfPreview()
{
    m_latestRequest->store(-1); // aborts a render in progress, skips queued ones
    m_thread.quit();
    m_thread.wait();
}

bool PdfPreview::load(const QString &path)
{
    clear();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        m_error = tr("The file %1 cannot be opened as a PDF: it is missing or damaged.").arg(path);
        return false;
    }
    if (doc->isLocked()) {
        m_error = tr("The file %1 is protected by a password.").arg(path);
        return false;
    }
    if (doc->numPages() < 1) {
        m_error = tr("The file %1 has no pages.").arg(path);
        return false;
    }
    m_doc = std::move(doc);
    m_path = path;
    m_pageCount = m_doc->numPages();
    ++m_docSerial;
    updateControls();
    requestRender();
    return true;
}

void PdfPreview::clear()
{
    m_latestRequest->fetch_add(1);
    m_doc.reset();
    m_path.clear();
    m_error.clear();
    m_pageCount = 0;
    m_current = 0;
    m_renderedPage = -1;
    m_image = QImage();
    m_view->clear();
    updateControls();
}

void PdfPreview::showPage(int page)
{
    if (m_pageCount == 0)
        return;
    page = std::clamp(page, 0, m_pageCount - 1);
    if (page == m_current && m_renderedPage == page)
        return;
    m_current = page;
    updateControls();
    requestRender();
}

void PdfPreview::zoomIn()
{
    const double base = m_fitWidth ? currentDpi() / 72.0 / devicePixelRatioF() : m_zoom;
    m_fitWidth = false;
    m_zoom = std::min(base * kZoomStep, kMaxZoom);
    updateControls();
    requestRender();
}

void PdfPreview::zoomOut()
{
    const double base = m_fitWidth ? currentDpi() / 72.0 / devicePixelRatioF() : m_zoom;
    m_fitWidth = false;
    m_zoom = std::max(base / kZoomStep, kMinZoom);
    updateControls();
    requestRender();
}

void PdfPreview::setFitWidth(bool fit)
{
    if (fit == m_fitWidth)
        return;
    m_fitWidth = fit;
    updateControls();
    requestRender();
}

double PdfPreview::currentDpi() const
{
    const double ratio = devicePixelRatioF();
    if (!m_fitWidth || !m_doc)
        return 72.0 * m_zoom * ratio;
    const std::unique_ptr<Poppler::Page> page = m_doc->page(m_current);
    const double pointsWide = page ? page->pageSizeF().width() : 0.0;
    if (pointsWide <= 0.0)
        return 72.0 * ratio;
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const int available = std::max(100, m_scroll->viewport()->width() - scrollBar - 8);
    return std::clamp(available / pointsWide * 72.0, 72.0 * kMinZoom, 72.0 * kMaxZoom) * ratio;
}

void PdfPreview::requestRender()
{
    if (!m_doc)
        return;
    const int request = m_latestRequest->fetch_add(1) + 1;
    const int serial = m_docSerial;
    const QString path = m_path;
    const int page = m_current;
    const double dpi = currentDpi();
    PdfRenderWorker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker,
            [this, worker, request, serial, path, page, dpi] {
                QImage image = worker->render(request, serial, path, page, dpi);
                if (image.isNull())
                    return;
                // Back to the GUI thread; dropped if this widget is gone by then.
                QMetaObject::invokeMethod(
                        this, [this, request, page, image] { onRendered(request, page, image); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

void PdfPreview::onRendered(int request, int page, const QImage &image)
{
    if (request != m_latestRequest->load() || page != m_current)
        return;
    m_image = image;
    m_image.setDevicePixelRatio(devicePixelRatioF());
    m_view->setPixmap(QPixmap::fromImage(m_image));
    m_renderedPage = page;
    emit pageRendered(page);
}

void PdfPreview::updateControls()
{
    const bool has = m_pageCount > 0;
    m_prev->setEnabled(has && m_current > 0);
    m_next->setEnabled(has && m_current < m_pageCount - 1);
    m_zoomIn->setEnabled(has);
    m_zoomOut->setEnabled(has);
    m_fit->setEnabled(has);
    {
        const QSignalBlocker block(m_fit);
        m_fit->setChecked(m_fitWidth);
    }
    m_pageLabel->setText(has ? tr("Page %1 of %2").arg(m_current + 1).arg(m_pageCount) : QString());
}

void PdfPreview::retranslateUi()
{
    m_prev->setText(tr("Previous"));
    m_prev->setToolTip(tr("Previous page"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next page"));
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_fit->setText(tr("Fit width"));
    updateControls();
}

void PdfPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PdfPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth && m_doc)
        m_resizeTimer->start();
}

} // namespace caravan
