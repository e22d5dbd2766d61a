// The main window as a coordinator uses it: an empty database offers the demo,
// search in two scripts and a country filter narrow the list, a patient is created
// through the dialog, a diagnosis and a CAR-T course are added in the record and
// show there, undo and redo take them away and back, and an impossible date gets
// core's message next to the field without anything being saved.
#include "editors/recorddialog.h"
#include "mainwindow.h"
#include "patientlist/patientlistfilterbar.h"
#include "patientlist/patientlistmodel.h"
#include "patientlist/patientlistpane.h"
#include "record/caseheader.h"
#include "record/caserecordview.h"
#include "record/institutionsdialog.h"
#include "record/parttab.h"
#include "record/recordtablemodel.h"
#include "sample/democases.h"

#include "editing/editor.h"
#include "events/changenotifier.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QMenu>
#include <QToolButton>
#include <QtTest>
#include <functional>

using namespace caravan;

namespace {

// Runs f on the next modal dialog of type D as soon as it shows.
template<class D>
void whenDialogShows(std::function<void(D *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (auto *d = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            f(d);
        }
    });
    timer->start();
}

// Types text key by key as a keyboard with that script would (keyClicks() takes ASCII only).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // Keep the tests' settings away from the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("CaravanTests"));
    }

    void coordinatorWorkflow()
    {
        MainWindow w;
        QVERIFY(w.openDatabase(m_dir.filePath(QStringLiteral("ui.sqlite"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PatientListPane *list = w.patientList();
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->shownCount(), 0);
        // Nothing to export before a patient is selected.
        auto *exportButton = w.findChild<QToolButton *>(QStringLiteral("exportButton"));
        QVERIFY(exportButton);
        QVERIFY(!exportButton->isEnabled());

        // 1. the empty database offers the demo cases
        QPushButton *demo = nullptr;
        for (auto *b : w.findChildren<QPushButton *>())
            if (b->isVisible() && b->text().contains(QStringLiteral("demo")))
                demo = b;
        QVERIFY2(demo, "the empty database should offer the demo cases");
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_COMPARE(list->shownCount(), int(demoRecordNumbers().size()));

        // 2. search in two scripts
        QTest::keyClicks(list->searchEdit(), QStringLiteral("Omirzakov"));
        QTRY_COMPARE(list->shownCount(), 1);
        list->searchEdit()->clear();
        typeText(list->searchEdit(), QStringLiteral("Өмірзақов"));
        QTRY_COMPARE(list->shownCount(), 1);
        QCOMPARE(list->model()->data(list->model()->index(0, PatientListModel::NameNative)).toString(),
                 QStringLiteral("Өмірзақов Дәулет"));
        list->searchEdit()->clear();
        QTRY_COMPARE(list->shownCount(), int(demoRecordNumbers().size()));

        // 3. filter by country
        PatientListFilter kz;
        kz.nationality = QStringLiteral("KZ");
        list->setFilter(kz);
        QTRY_VERIFY(list->shownCount() >= 2 && list->shownCount() < int(demoRecordNumbers().size()));
        for (int r = 0; r < list->shownCount(); ++r)
            QCOMPARE(list->model()->data(list->model()->index(r, PatientListModel::Nationality)).toString(),
                     QStringLiteral("KZ"));
        list->setFilter(PatientListFilter());

        // 4. a new patient through the dialog
        whenDialogShows<RecordDialog>([](RecordDialog *d) {
            QJsonObject v = d->form()->values();
            v.insert(QStringLiteral("record_number"), QStringLiteral("UI-0001"));
            v.insert(QStringLiteral("family_name_native"), QStringLiteral("Тестова"));
            v.insert(QStringLiteral("given_name_native"), QStringLiteral("Жансая"));
            v.insert(QStringLiteral("family_name_latin"), QStringLiteral("TESTOVA"));
            v.insert(QStringLiteral("given_name_latin"), QStringLiteral("Zhansaya"));
            v.insert(QStringLiteral("birth_date"), QStringLiteral("2010-05-06"));
            v.insert(QStringLiteral("nationality"), QStringLiteral("KZ"));
            d->form()->setValues(v);
            d->accept();
        });
        w.newPatient();
        QTRY_COMPARE(w.store()->patientCount(), int(demoRecordNumbers().size()) + 1);
        CaseRecordView *record = w.caseRecord();
        QTRY_VERIFY(record->record() && record->record()->patient.recordNumber == QLatin1String("UI-0001"));
        QVERIFY(exportButton->isEnabled());
        QCOMPARE(exportButton->menu()->actions().size(), 3); // summary, tele-consultation, invitation

        // 5. a diagnosis and a CAR-T course, added in the record's tabs
        PartTab *diagnoses = record->partTab(CaseRecordView::DiagnosesTab);
        QAbstractItemModelTester recordTester(diagnoses->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        whenDialogShows<RecordDialog>([](RecordDialog *d) {
            QJsonObject v = d->form()->values();
            v.insert(QStringLiteral("icd10_code"), QStringLiteral("C91.0"));
            v.insert(QStringLiteral("icd10_text"), QStringLiteral("B-lymphoblastic leukaemia"));
            v.insert(QStringLiteral("diagnosed_on"), QStringLiteral("2024-02-01"));
            d->form()->setValues(v);
            d->accept();
        });
        emit diagnoses->addRequested();
        QTRY_COMPARE(diagnoses->model()->rowCount(), 1);

        // a cell edited in the table is a change like any other: saved, and undoable
        RecordTableModel *dm = diagnoses->model();
        int stageColumn = -1;
        for (int c = 0; c < dm->columnCount(); ++c)
            if (dm->columnSpecs().at(c).name == QLatin1String("stage"))
                stageColumn = c;
        QVERIFY(stageColumn >= 0);
        QVERIFY(dm->setData(dm->index(0, stageColumn), QStringLiteral("High risk")));
        QTRY_COMPARE(record->record()->diagnoses.first().stage, QStringLiteral("High risk"));
        QTRY_COMPARE(dm->data(dm->index(0, stageColumn)).toString(), QStringLiteral("High risk"));
        w.undoStack()->undo();
        QTRY_COMPARE(record->record()->diagnoses.first().stage, QString());
        // a cell that breaks a rule is refused with core's message and nothing changes
        int dateColumn = -1;
        for (int c = 0; c < dm->columnCount(); ++c)
            if (dm->columnSpecs().at(c).name == QLatin1String("diagnosed_on"))
                dateColumn = c;
        QString refusal;
        whenDialogShows<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        QVERIFY(!dm->setData(dm->index(0, dateColumn), QStringLiteral("2035-01-01")));
        QTRY_VERIFY(refusal.contains(QStringLiteral("future")));
        QCOMPARE(record->record()->diagnoses.first().diagnosedOn, QDate(2024, 2, 1));

        PartTab *courses = record->partTab(CaseRecordView::TreatmentsTab);
        whenDialogShows<RecordDialog>([](RecordDialog *d) {
            QJsonObject v = d->form()->values();
            v.insert(QStringLiteral("type"), QStringLiteral("car_t"));
            v.insert(QStringLiteral("name"), QStringLiteral("CD19 CAR-T"));
            v.insert(QStringLiteral("status"), QStringLiteral("completed"));
            v.insert(QStringLiteral("start_date"), QStringLiteral("2025-03-01"));
            v.insert(QStringLiteral("end_date"), QStringLiteral("2025-04-15"));
            v.insert(QStringLiteral("cart_target"), QStringLiteral("CD19"));
            v.insert(QStringLiteral("cart_infusion_date"), QStringLiteral("2025-03-20"));
            v.insert(QStringLiteral("cart_crs_grade"), 1);
            d->form()->setValues(v);
            d->accept();
        });
        emit courses->addRequested();
        QTRY_COMPARE(courses->model()->rowCount(), 1);
        QCOMPARE(record->record()->courses.first().cart.infusionDate, QDate(2025, 3, 20));

        // 6. undo and redo
        QUndoStack *undo = w.undoStack();
        undo->undo();
        QTRY_COMPARE(courses->model()->rowCount(), 0);
        undo->redo();
        QTRY_COMPARE(courses->model()->rowCount(), 1);

        // 7. an impossible date: core's message next to the field, nothing saved
        bool stayedOpen = false;
        QString message;
        whenDialogShows<RecordDialog>([&](RecordDialog *d) {
            QJsonObject v = d->form()->values();
            v.insert(QStringLiteral("icd10_code"), QStringLiteral("C92.0"));
            v.insert(QStringLiteral("diagnosed_on"), QStringLiteral("2001-01-01")); // before birth (2010)
            d->form()->setValues(v);
            d->accept();
            stayedOpen = d->isVisible();
            message = d->form()->issueText(QStringLiteral("diagnosed_on"));
            d->reject();
        });
        emit diagnoses->addRequested();
        QVERIFY(stayedOpen);
        QVERIFY2(message.contains(QStringLiteral("before the patient's birth")), qPrintable(message));
        QCOMPARE(diagnoses->model()->rowCount(), 1);

        // the history tab shows what was done, newest first
        QVERIFY(w.store()->history(record->patientId()).size() >= 3);
    }

    void partnerInstitutions()
    {
        MainWindow w;
        QVERIFY(w.openDatabase(m_dir.filePath(QStringLiteral("institutions.sqlite"))));
        InstitutionsDialog dialog(*w.editor(), nullptr);
        QCOMPARE(dialog.table()->rowCount(), 0);
        whenDialogShows<RecordDialog>([](RecordDialog *d) {
            QJsonObject v = d->form()->values();
            v.insert(QStringLiteral("name"), QStringLiteral("Steppe Children's Hospital"));
            v.insert(QStringLiteral("country"), QStringLiteral("KZ"));
            v.insert(QStringLiteral("city"), QStringLiteral("Almaty"));
            v.insert(QStringLiteral("time_zone"), QStringLiteral("Asia/Almaty"));
            d->form()->setValues(v);
            d->accept();
        });
        dialog.addInstitution();
        dialog.reload();
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("Almaty"));
        // a wrong time zone is core's message under the field
        QString message;
        whenDialogShows<RecordDialog>([&message](RecordDialog *d) {
            QJsonObject v = d->form()->values();
            v.insert(QStringLiteral("name"), QStringLiteral("Nowhere Clinic"));
            v.insert(QStringLiteral("time_zone"), QStringLiteral("Asia/Atlantis"));
            d->form()->setValues(v);
            d->accept();
            message = d->form()->issueText(QStringLiteral("time_zone"));
            d->reject();
        });
        dialog.addInstitution();
        QVERIFY2(message.contains(QStringLiteral("Asia/Atlantis")), qPrintable(message));
        w.undoStack()->undo();
        dialog.reload();
        QCOMPARE(dialog.table()->rowCount(), 0);
    }

    void refusedFileShowsMessageAndNoCrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        QString shown;
        whenDialogShows<QMessageBox>([&shown](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QVERIFY(!w.openDatabase(path));
        QVERIFY(shown.contains(QStringLiteral("not a Caravan database")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
