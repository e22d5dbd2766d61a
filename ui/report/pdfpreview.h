// PdfPreview: shows a PDF file page by page (Poppler-Qt6, the one adapter the UI
// uses for reading PDFs). The GUI thread holds its own Document only for the page
// count and page sizes; pages are rendered on a worker thread that loads a second
// Document from the same file, so no Document is ever used from two threads.
// Each load/page/zoom change bumps a request counter: stale requests are skipped
// by the worker and stale renders are aborted through Poppler's abort callback.
#pragma once

#include <QImage>
#include <QString>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace Poppler {
class Document;
}

namespace caravan {

class PdfRenderWorker;

class PdfPreview : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPreview(QWidget *parent = nullptr);
    ~PdfPreview() override;

    // Opens path; false (and errorString()) for a missing, damaged or locked file.
    bool load(const QString &path);
    void clear();
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_current; } // 0-based
    int renderedPage() const { return m_renderedPage; } // -1 until the current page is shown
    QImage renderedImage() const { return m_image; }

    bool fitWidth() const { return m_fitWidth; }
    double zoom() const { return m_zoom; } // 1.0 = 72 dpi x devicePixelRatio

public slots:
    void showPage(int page);
    void nextPage() { showPage(m_current + 1); }
    void previousPage() { showPage(m_current - 1); }
    void zoomIn();
    void zoomOut();
    void setFitWidth(bool fit);

signals:
    void pageRendered(int page);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateControls();
    void requestRender();
    double currentDpi() const;
    void onRendered(int request, int page, const QImage &image);

    QToolButton *m_prev, *m_next, *m_zoomOut, *m_zoomIn, *m_fit;
    QLabel *m_pageLabel;
    QScrollArea *m_scroll;
    QLabel *m_view;
    QTimer *m_resizeTimer;

    std::unique_ptr<Poppler::Document> m_doc; // GUI thread only
    QString m_path, m_error;
    int m_pageCount = 0;
    int m_current = 0;
    int m_renderedPage = -1;
    QImage m_image;
    bool m_fitWidth = true;
    double m_zoom = 1.0;
    int m_docSerial = 0;

    std::shared_ptr<std::atomic<int>> m_latestRequest;
    QThread m_thread;
    PdfRenderWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace caravan
