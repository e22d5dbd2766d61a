// The referral preview: the dialog makes DEMO-0001's summary and shows page 1,
// a change of language makes it again (the attachment says which language),
// Save as copies the file (replacing an old one only once the copy is complete, and
// leaving it byte for byte when a save fails), and PdfPreview pages through a
// three-page PDF and refuses a damaged one with a message.
#include "documenttesting.h"
#include "editors/dateedit.h"
#include "report/pdfpreview.h"
#include "report/documentpreviewdialog.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <poppler-qt6.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QToolButton>
#include <QScopeGuard>
#include <QtTest>

using namespace caravan;

class TestDocumentPreview : public QObject
{
    Q_OBJECT

private:
    testing::DemoCentre m_demo;
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
        if (!doc)
            return {};
        const QJsonObject json = testing::attachment(*doc);
        QStringList codes;
        for (const QJsonValue &v : json.value(QStringLiteral("languages")).toArray())
            codes << v.toString();
        return codes;
    }
    QString writeThreePages()
    {
        const QString path = m_demo.file(QStringLiteral("three.pdf"));
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
        QVERIFY(m_demo.open());
        const auto id = m_demo.store->patientIdByRecordNumber(QStringLiteral("DEMO-0001"));
        QVERIFY(id);
        m_patient = *id;
    }

    void generatesAndShowsFirstPage()
    {
        DocumentPreviewDialog dialog(DocumentKind::ReferralSummary, *m_demo.store, m_patient, settings());
        dialog.show();
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));
        QVERIFY(QFile::exists(dialog.pdfPath()));
        PdfPreview *preview = dialog.preview();
        QTRY_VERIFY(preview->pageCount() >= 1);
        QTRY_COMPARE(preview->renderedPage(), 0);
        QVERIFY(!preview->renderedImage().isNull());
        QCOMPARE(preview->currentPage(), 0);
        QCOMPARE(attachedLanguages(dialog.pdfPath()), QStringList{ QStringLiteral("en") });
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(),
                 QStringLiteral("Page 1 of %1").arg(preview->pageCount()));

        // Save as copies the shown file, and says so (the main window audits it).
        const QString copy = m_demo.file(QStringLiteral("saved.pdf"));
        QSignalSpy disclosed(&dialog, &DocumentPreviewDialog::disclosed);
        QVERIFY(dialog.saveTo(copy));
        QCOMPARE(disclosed.size(), 1);
        QCOMPARE(disclosed.first().at(1).toStringList(), QStringList{ QStringLiteral("en") });
        QCOMPARE(disclosed.first().at(2).toString(), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(QFileInfo(copy).size(), QFileInfo(dialog.pdfPath()).size());
        QVERIFY(!dialog.saveTo(m_demo.file(QStringLiteral("no/such/folder/x.pdf"))));
        QCOMPARE(disclosed.size(), 1); // a failed save is not a disclosure
        QVERIFY(!dialog.messageText().isEmpty());
    }

    // Saving over an existing file: replaced when the save succeeds; byte for byte as it
    // was, and no temporary file left beside it, when the save fails part way.
    void saveReplacesTheOldFileOnlyWhenComplete_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("succeeds") << QString();
        QTest::newRow("preview file gone") << QStringLiteral("source"); // the copy cannot be read
        QTest::newRow("read-only folder") << QStringLiteral("folder"); // nothing can be written beside it
    }
    void saveReplacesTheOldFileOnlyWhenComplete()
    {
        QFETCH(QString, failure);
        DocumentPreviewDialog dialog(DocumentKind::ReferralSummary, *m_demo.store, m_patient, settings());
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));
        const QString folder = m_demo.file(QStringLiteral("save-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("summary.pdf"));
        const QByteArray old("%PDF-1.4 the summary saved last week\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(old), old.size());
        }
        const auto restore = qScopeGuard(
                [&folder] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        if (failure == QLatin1String("source")) {
            QVERIFY(QFile::remove(dialog.pdfPath()));
        } else if (failure == QLatin1String("folder")) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QSKIP("This process writes into read-only folders (root): the other failure rows cover it");
            }
        }
        const QByteArray shown = [&dialog] {
            QFile f(dialog.pdfPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        QSignalSpy disclosed(&dialog, &DocumentPreviewDialog::disclosed);
        const bool saved = dialog.saveTo(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray now = f.readAll();
        if (failure.isEmpty()) {
            QVERIFY2(saved, qPrintable(dialog.messageText()));
            QVERIFY(now.startsWith("%PDF"));
            QCOMPARE(now, shown);
            QCOMPARE(disclosed.size(), 1);
        } else {
            QVERIFY(!saved);
            QVERIFY(!dialog.messageText().isEmpty());
            QCOMPARE(QCryptographicHash::hash(now, QCryptographicHash::Sha256),
                     QCryptographicHash::hash(old, QCryptographicHash::Sha256));
            QCOMPARE(disclosed.size(), 0);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{ QStringLiteral("summary.pdf") });
    }

    void languageChangeRegenerates()
    {
        DocumentPreviewDialog dialog(DocumentKind::ReferralSummary, *m_demo.store, m_patient, settings());
        const QString before = dialog.pdfPath();
        QTRY_COMPARE(dialog.preview()->renderedPage(), 0);
        QSignalSpy generated(&dialog, &DocumentPreviewDialog::generated);
        QSignalSpy rendered(dialog.preview(), &PdfPreview::pageRendered);

        auto *first = dialog.findChild<QComboBox *>(QStringLiteral("firstLanguage"));
        QVERIFY(first);
        first->setCurrentIndex(first->findData(QStringLiteral("ru")));
        QCOMPARE(generated.size(), 1);
        QVERIFY(dialog.pdfPath() != before);
        QCOMPARE(attachedLanguages(dialog.pdfPath()), QStringList{ QStringLiteral("ru") });
        QTRY_COMPARE(rendered.size(), 1);
        QCOMPARE(rendered.first().first().toInt(), 0);

        // A second language, then the same one twice: core refuses, the message says why.
        auto *second = dialog.findChild<QComboBox *>(QStringLiteral("secondLanguage"));
        second->setCurrentIndex(second->findData(QStringLiteral("en")));
        QCOMPARE(attachedLanguages(dialog.pdfPath()), (QStringList{ QStringLiteral("ru"), QStringLiteral("en") }));
        second->setCurrentIndex(second->findData(QStringLiteral("ru")));
        QVERIFY(!dialog.messageText().isEmpty());
        second->setCurrentIndex(0);
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));

        // The passport box makes it again too.
        generated.clear();
        dialog.findChild<QCheckBox *>(QStringLiteral("includePassport"))->setChecked(true);
        QCOMPARE(generated.size(), 1);
    }

    // The invitation letter's own options: typed dates make it again once whole, a stay
    // that ends before it begins is refused with core's message and nothing to save.
    void invitationOptions()
    {
        const auto id = m_demo.store->patientIdByRecordNumber(QStringLiteral("DEMO-0002"));
        QVERIFY(id);
        DocumentPreviewDialog dialog(DocumentKind::VisaInvitation, *m_demo.store, *id, settings());
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));
        auto *to = dialog.findChild<DateEdit *>(QStringLiteral("stayTo"));
        auto *treatment = dialog.findChild<QLineEdit *>(QStringLiteral("intendedTreatment"));
        QVERIFY(to && treatment);
        QSignalSpy generated(&dialog, &DocumentPreviewDialog::generated);
        to->lineEdit()->clear();
        QTest::keyClicks(to->lineEdit(), QStringLiteral("2026-1")); // not a date yet: nothing made
        QCOMPARE(generated.size(), 0);
        QTest::keyClicks(to->lineEdit(), QStringLiteral("0-01")); // 2026-10-01: before the arrival
        QCOMPARE(generated.size(), 0);
        QVERIFY(dialog.messageText().contains(QLatin1String("2026-10-01")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveAs"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("print"))->isEnabled());
        to->setDate(QDate(2026, 12, 31));
        treatment->setText(QStringLiteral("Haploidentical stem-cell transplant"));
        QVERIFY(dialog.generate());
        QCOMPARE(dialog.options().intendedTreatment, QStringLiteral("Haploidentical stem-cell transplant"));
        auto doc = Poppler::Document::load(dialog.pdfPath());
        QVERIFY(doc);
        const QJsonObject json = testing::attachment(*doc);
        QCOMPARE(json.value(QStringLiteral("invitation")).toObject().value(QStringLiteral("stay_to")).toString(),
                 QStringLiteral("2026-12-31"));
        QCOMPARE(json.value(QStringLiteral("invitation"))
                         .toObject()
                         .value(QStringLiteral("intended_treatment"))
                         .toString(),
                 QStringLiteral("Haploidentical stem-cell transplant"));
    }

    // The tele-consultation record lists the patient's consultations, latest first.
    void teleConsultationChoice()
    {
        const auto id = m_demo.store->patientIdByRecordNumber(QStringLiteral("DEMO-0001"));
        DocumentPreviewDialog dialog(DocumentKind::TeleConsultation, *m_demo.store, *id, settings());
        auto *visits = dialog.findChild<QComboBox *>(QStringLiteral("teleConsultation"));
        QVERIFY(visits);
        QCOMPARE(visits->count(), 2);
        QVERIFY(visits->itemText(0) > visits->itemText(1)); // ISO dates: later sorts higher
        visits->setCurrentIndex(1);
        auto doc = Poppler::Document::load(dialog.pdfPath());
        const QJsonObject json = testing::attachment(*doc);
        QCOMPARE(json.value(QStringLiteral("teleconsultation")).toObject().value(QStringLiteral("id")).toInteger(),
                 visits->itemData(1).toLongLong());
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
        const QString path = m_demo.file(QStringLiteral("damaged.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is not a PDF at all, just some words pretending to be one.\n");
        f.close();

        PdfPreview preview;
        QVERIFY(!preview.load(path));
        QVERIFY(!preview.errorString().isEmpty());
        QCOMPARE(preview.pageCount(), 0);
        QVERIFY(!preview.load(m_demo.file(QStringLiteral("missing.pdf"))));
        QVERIFY(!preview.errorString().isEmpty());
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "tst_documentpreview.moc"
