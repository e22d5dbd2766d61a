// Every language's text fits its widgets: in English, Urdu, Kazakh, Russian and
// Chinese the main window with a case record, the longest form (a CAR-T treatment
// course) and the export preview of each document show no label or button whose
// text is wider than the widget (which Qt would clip or elide).
#include "editors/recorddialog.h"
#include "mainwindow.h"
#include "record/caserecordview.h"
#include "report/documentpreviewdialog.h"
#include "sample/democases.h"
#include "translations/languages.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace caravan;

namespace {

// Labels and buttons on show whose text needs more room than they have.
QStringList clipped(QWidget *top)
{
    QStringList out;
    for (QLabel *l : top->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(top) || l->wordWrap() || l->text().isEmpty() || Qt::mightBeRichText(l->text()))
            continue;
        // The label's own size hint: its text as drawn (mnemonic '&' not counted) plus margins.
        if (l->sizeHint().width() > l->width() + 1)
            out << QStringLiteral("label \"%1\" needs %2 px, has %3")
                            .arg(l->text())
                            .arg(l->sizeHint().width())
                            .arg(l->width());
    }
    for (QAbstractButton *b : top->findChildren<QAbstractButton *>()) {
        const bool textButton =
                qobject_cast<QToolButton *>(b) || qobject_cast<QPushButton *>(b) || qobject_cast<QCheckBox *>(b);
        if (!b->isVisibleTo(top) || b->text().isEmpty() || !textButton)
            continue;
        if (b->sizeHint().width() > b->width() + 1)
            out << QStringLiteral("button \"%1\" needs %2 px, has %3")
                            .arg(b->text())
                            .arg(b->sizeHint().width())
                            .arg(b->width());
    }
    return out;
}

} // namespace

class TestTextFit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("CaravanTests"));
        m_db = m_dir.filePath(QStringLiteral("fit.sqlite"));
        Database db;
        QVERIFY(db.openSqlite(m_db).ok());
        Store store(db);
        QVERIFY(loadDemoCases(store).ok());
    }

    void everyLanguageFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &l : Languages::available())
            QTest::newRow(qPrintable(l.code)) << l.code;
    }
    void everyLanguageFits()
    {
        QFETCH(QString, language);
        Languages languages;
        QVERIFY(languages.apply(language));
        QCoreApplication::processEvents();
        QCOMPARE(QGuiApplication::layoutDirection(),
                 language == QLatin1String("ur") ? Qt::RightToLeft : Qt::LeftToRight);

        MainWindow w(&languages);
        w.resize(1400, 860);
        QVERIFY(w.openDatabase(m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showPatient(QStringLiteral("DEMO-0001"), CaseRecordView::TreatmentsTab));
        QTest::qWait(50);
        const QStringList inWindow = clipped(&w);
        QVERIFY2(inWindow.isEmpty(), qPrintable(inWindow.join(QLatin1Char('\n'))));

        TreatmentCourse course = w.store()->partsOf<TreatmentCourse>(w.caseRecord()->patientId()).at(2);
        QCOMPARE(course.type, TreatmentType::CarT);
        auto dialog = makeRecordDialog(*w.editor(), course, &w);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList inForm = clipped(dialog.get());
        QVERIFY2(inForm.isEmpty(), qPrintable(inForm.join(QLatin1Char('\n'))));
        dialog->hide();

        // The export preview of each document, with its own options (the invitation's are the most).
        for (const DocumentKind kind :
             { DocumentKind::ReferralSummary, DocumentKind::TeleConsultation, DocumentKind::VisaInvitation }) {
            AppSettings settings;
            settings.language = language;
            DocumentPreviewDialog preview(kind, *w.store(), w.caseRecord()->patientId(), settings, &w);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            const QStringList inPreview = clipped(&preview);
            QVERIFY2(inPreview.isEmpty(),
                     qPrintable(Documents::code(kind) + QLatin1Char(' ') + inPreview.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
