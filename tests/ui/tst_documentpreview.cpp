// The referral preview: the dialog makes DEMO-0001's summary and shows page 1,
// a change of language makes it again (the attachment says which language),
// Save as copies the file, and PdfPreview pages through a three-page PDF and
// refuses a damaged one with a message.
#include "report/pdfpreview.h"
#include "report/documentpreviewdialog.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <poppler-qt6.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace caravan;

class TestDocumentPreview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Store> m_store;
    qint64 m_patient = 0;

    AppSettings settings() const
    {
        AppSettings s;
        s.centreName = QStringLiteral("Example International Patient Centre");
        s.centreAddress = QStringLiteral("1 Example Road\nShanghai");
        s.language = QStringLiteral("en");
        return s;
    }
    static QStringList attachedLanguages(const QString &path)
    {
        auto doc = Poppler::Document::load(path);
        if (!doc || doc->embeddedFiles().isEmpty())
            return {};
        const QJsonObject json = QJsonDocument::fromJson(doc->embeddedFiles().first()->data()).object();
        QStringList codes;
        for (const QJsonValue &v : json.value(QStringLiteral("languages")).toArray())
            codes << v.toString();
        return codes;
    }
    QString writeThreePages()
    {
        const QString path = m_dir.filePath(QStringLiteral("three.pdf"));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QPainter painter(&writer);
        for (int i = 1; i <= 3; ++i) {
            if (i > 1)
                writer.newPage();
            painter.drawText(QPointF(200, 400), QStringLiteral("Page %1").arg(i));
        }
        painter.end();
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
        m_store = std::make_unique<Store>(m_db);
        QVERIFY(loadDemoCases(*m_store).ok());
        const auto id = m_store->patientIdByRecordNumber(QStringLiteral("DEMO-0001"));
        QVERIFY(id);
        m_patient = *id;
    }

    void generatesAndShowsFirstPage()
    {
        DocumentPreviewDialog dialog(DocumentKind::ReferralSummary, *m_store, m_patient, settings());
        dialog.show();
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));
        QVERIFY(QFile::exists(dialog.pdfPath()));
        PdfPreview *preview = dialog.preview();
        QTRY_VERIFY(preview->pageCount() >= 1);
        QTRY_COMPARE(preview->renderedPage(), 0);
        QVERIFY(!preview->renderedImage().isNull());
        QCOMPARE(preview->currentPage(), 0);
        QCOMPARE(attachedLanguages(dialog.pdfPath()), QStringList{QStringLiteral("en")});
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(),
                 QStringLiteral("Page 1 of %1").arg(preview->pageCount()));

        // Save as copies the shown file.
        const QString copy = m_dir.filePath(QStringLiteral("saved.pdf"));
        QVERIFY(dialog.saveTo(copy));
        QCOMPARE(QFileInfo(copy).size(), QFileInfo(dialog.pdfPath()).size());
        QVERIFY(!dialog.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))));
        QVERIFY(!dialog.messageText().isEmpty());
    }

    void languageChangeRegenerates()
    {
        DocumentPreviewDialog dialog(DocumentKind::ReferralSummary, *m_store, m_patient, settings());
        const QString before = dialog.pdfPath();
        QTRY_COMPARE(dialog.preview()->renderedPage(), 0);
        QSignalSpy generated(&dialog, &DocumentPreviewDialog::generated);
        QSignalSpy rendered(dialog.preview(), &PdfPreview::pageRendered);

        auto *first = dialog.findChild<QComboBox *>(QStringLiteral("firstLanguage"));
        QVERIFY(first);
        first->setCurrentIndex(first->findData(QStringLiteral("ru")));
        QCOMPARE(generated.size(), 1);
        QVERIFY(dialog.pdfPath() != before);
        QCOMPARE(attachedLanguages(dialog.pdfPath()), QStringList{QStringLiteral("ru")});
        QTRY_COMPARE(rendered.size(), 1);
        QCOMPARE(rendered.first().first().toInt(), 0);

        // A second language, then the same one twice: core refuses, the message says why.
        auto *second = dialog.findChild<QComboBox *>(QStringLiteral("secondLanguage"));
        second->setCurrentIndex(second->findData(QStringLiteral("en")));
        QCOMPARE(attachedLanguages(dialog.pdfPath()), (QStringList{QStringLiteral("ru"), QStringLiteral("en")}));
        second->setCurrentIndex(second->findData(QStringLiteral("ru")));
        QVERIFY(!dialog.messageText().isEmpty());
        second->setCurrentIndex(0);
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));

        // The passport box makes it again too.
        generated.clear();
        dialog.findChild<QCheckBox *>(QStringLiteral("includePassport"))->setChecked(true);
        QCOMPARE(generated.size(), 1);
    }

    void pagesThrough()
    {
        PdfPreview preview;
        preview.resize(400, 500);
        preview.show();
        QVERIFY(preview.load(writeThreePages()));
        QCOMPARE(preview.pageCount(), 3);
        QTRY_COMPARE(preview.renderedPage(), 0);

        auto *next = preview.findChild<QToolButton *>(QStringLiteral("nextPage"));
        auto *prev = preview.findChild<QToolButton *>(QStringLiteral("previousPage"));
        QVERIFY(!prev->isEnabled());
        QSignalSpy rendered(&preview, &PdfPreview::pageRendered);
        next->click();
        QCOMPARE(preview.currentPage(), 1);
        QTRY_COMPARE(preview.renderedPage(), 1);
        QCOMPARE(rendered.last().first().toInt(), 1);
        QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(), QStringLiteral("Page 2 of 3"));

        preview.showPage(10); // clamped
        QCOMPARE(preview.currentPage(), 2);
        QVERIFY(!next->isEnabled());
        QTRY_COMPARE(preview.renderedPage(), 2);

        // Zooming in renders a wider page than fit width.
        const int fitWidth = preview.renderedImage().width();
        preview.zoomIn();
        QVERIFY(!preview.fitWidth());
        QTRY_VERIFY(preview.renderedImage().width() > fitWidth);
    }

    void damagedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a PDF at all, just some words pretending to be one.\n");
        f.close();

        PdfPreview preview;
        QVERIFY(!preview.load(path));
        QVERIFY(!preview.errorString().isEmpty());
        QCOMPARE(preview.pageCount(), 0);
        QVERIFY(!preview.load(m_dir.filePath(QStringLiteral("missing.pdf"))));
        QVERIFY(!preview.errorString().isEmpty());
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "tst_documentpreview.moc"
