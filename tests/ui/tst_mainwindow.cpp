// The main window as a user meets it: an empty database offers the demo cases,
// the list shows them, typing in the search box narrows the list in any script.
#include "mainwindow.h"
#include "patientlist/patientlistmodel.h"
#include "sample/democases.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void emptyDatabaseOffersDemoThenSearches()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *table = w.findChild<QTableView *>();
        QVERIFY(table);
        auto *model = qobject_cast<PatientListModel *>(table->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);

        QPushButton *demo = nullptr;
        for (auto *b : w.findChildren<QPushButton *>())
            if (b->isVisible() && b->text().contains(QStringLiteral("demo")))
                demo = b;
        QVERIFY2(demo, "the empty database should offer the demo cases");
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), int(demoRecordNumbers().size()));
        QVERIFY(!demo->isVisible());

        auto *search = w.findChild<QLineEdit *>();
        QVERIFY(search);
        // Search by the first demo patient's record number, then by a name in another script.
        QTest::keyClicks(search, demoRecordNumbers().first());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, PatientListModel::RecordNumber)).toString(), demoRecordNumbers().first());
        const QString nativeName = model->data(model->index(0, PatientListModel::NameNative)).toString();
        QVERIFY(!nativeName.isEmpty());
        search->clear();
        QTRY_COMPARE(model->rowCount(), int(demoRecordNumbers().size()));
        const QString latinName = model->data(model->index(0, PatientListModel::NameLatin)).toString();
        QTest::keyClicks(search, latinName.section(QLatin1Char(' '), 0, 0));
        QTRY_VERIFY(model->rowCount() >= 1 && model->rowCount() < int(demoRecordNumbers().size()));
        QVERIFY(w.statusBar()->findChildren<QLabel *>().size() >= 2);
    }

    void refusedFileShowsNoCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        MainWindow w;
        // the message box is modal: close it as soon as it shows
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!w.openDatabase(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
