// The cohort view on the fictional demo centre (offscreen): lanes for the CAR-T
// and the transplant cohorts, switching the anchor changes the lanes, clicking a
// lane emits the patient's id, a drag pans instead of clicking, Ctrl+wheel zooms
// around the pointer, the time axis runs left to right under a right-to-left
// layout, a language change and a store reset are handled.
#include "cohort/cohortswimlanes.h"
#include "cohort/cohortview.h"
#include "events/changenotifier.h"
#include "sample/democases.h"
#include "storage/store.h"

#include <QComboBox>
#include <QSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestCohortView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    ChangeNotifier m_notifier;
    std::unique_ptr<Store> m_store;

    QStringList recordNumbers(const CohortView &view) const
    {
        QStringList out;
        for (const CohortLane &l : view.swimlanes()->lanes())
            out << l.recordNumber;
        return out;
    }
    qint64 idOf(const char *number) const
    {
        return m_store->patientIdByRecordNumber(QLatin1String(number)).value_or(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
        m_store = std::make_unique<Store>(m_db, &m_notifier);
        const Status s = loadDemoCases(*m_store);
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
    }

    void lanesForTheDemo()
    {
        CohortView view(*m_store, &m_notifier);
        view.resize(1200, 600);
        QVERIFY(view.errorString().isEmpty());
        QCOMPARE(view.laneCount(), 1);
        QCOMPARE(recordNumbers(view), QStringList{ QStringLiteral("DEMO-0001") });
        const CohortLane lane = view.swimlanes()->lanes().first();
        QCOMPARE(lane.anchorDate, QDate(2025, 3, 22));
        QVERIFY(!lane.assessments.isEmpty());
        QVERIFY(!lane.courses.isEmpty());
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("cohortSummary"))->text().isEmpty());
    }

    void switchingTheAnchorChangesLanes()
    {
        CohortView view(*m_store, &m_notifier);
        const QStringList cart = recordNumbers(view);
        view.setAnchor(CohortAnchor::TransplantInfusion);
        const QStringList hsct = recordNumbers(view);
        QVERIFY(hsct != cart);
        QVERIFY(hsct.contains(QStringLiteral("DEMO-0001")));
        QVERIFY(hsct.size() >= 2);
        for (const QString &n : hsct)
            QVERIFY2(n == QStringLiteral("DEMO-0001") || n == QStringLiteral("DEMO-0007")
                             || n == QStringLiteral("DEMO-0009"),
                     qPrintable(n));
        // The combo box drives the same thing.
        auto *anchor = view.findChild<QComboBox *>(QStringLiteral("anchorChoice"));
        anchor->setCurrentIndex(0);
        QCOMPARE(recordNumbers(view), cart);
    }

    void dayZeroYearsFilterLanes()
    {
        CohortView view(*m_store, &m_notifier);
        view.setAnchor(CohortAnchor::TransplantInfusion);
        const int all = view.laneCount();
        QVERIFY(all >= 2);
        auto *from = view.findChild<QSpinBox *>(QStringLiteral("fromYear"));
        auto *to = view.findChild<QSpinBox *>(QStringLiteral("toYear"));
        QVERIFY(from && to);
        // DEMO-0001's transplant day 0 is in 2025; DEMO-0007's in 2026.
        from->setValue(2025);
        to->setValue(2025);
        QCOMPARE(recordNumbers(view), QStringList{ QStringLiteral("DEMO-0001") });
        from->setValue(from->minimum()); // "any"
        to->setValue(to->minimum());
        QCOMPARE(view.laneCount(), all);
    }

    void clickingALaneEmitsThePatient()
    {
        CohortView view(*m_store, &m_notifier);
        view.setAnchor(CohortAnchor::TransplantInfusion);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &CohortView::patientActivated);
        CohortSwimlanes *lanes = view.swimlanes();
        for (int row = 0; row < lanes->laneCount(); ++row) {
            const QPoint at(int(lanes->xForDay(10)), lanes->laneRect(row).center().y());
            QTest::mouseClick(lanes->viewport(), Qt::LeftButton, {}, at);
            QCOMPARE(spy.size(), row + 1);
            QCOMPARE(spy.last().at(0).toLongLong(), idOf(qPrintable(lanes->lanes().at(row).recordNumber)));
        }
        // The axis is not a lane.
        QTest::mouseClick(lanes->viewport(), Qt::LeftButton, {}, QPoint(lanes->xForDay(10), 3));
        QCOMPARE(spy.size(), lanes->laneCount());
    }

    void dragPansAndWheelZooms()
    {
        CohortView view(*m_store, &m_notifier);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CohortSwimlanes *lanes = view.swimlanes();
        QSignalSpy spy(&view, &CohortView::patientActivated);
        const double before = lanes->firstVisibleDay();
        const QPoint start(int(lanes->xForDay(100)), lanes->laneRect(0).center().y());
        QTest::mousePress(lanes->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(lanes->viewport(), start + QPoint(120, 0));
        QTest::mouseRelease(lanes->viewport(), Qt::LeftButton, {}, start + QPoint(120, 0));
        QCOMPARE(spy.size(), 0); // a drag is not a click
        QVERIFY(lanes->firstVisibleDay() < before);

        const double span = lanes->lastVisibleDay() - lanes->firstVisibleDay();
        const QPoint at(int(lanes->xForDay(50)), lanes->laneRect(0).center().y());
        const double dayAt = lanes->dayForX(at.x());
        QWheelEvent wheel(at, lanes->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(lanes->viewport(), &wheel);
        QVERIFY(lanes->lastVisibleDay() - lanes->firstVisibleDay() < span); // zoomed in
        QVERIFY(qAbs(lanes->dayForX(at.x()) - dayAt) < 0.01); // around the pointer
    }

    void timeRunsLeftToRightInRightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        {
            CohortView view(*m_store, &m_notifier);
            view.resize(1200, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(view.isRightToLeft()); // the filter bar follows the language
            CohortSwimlanes *lanes = view.swimlanes();
            QCOMPARE(lanes->layoutDirection(), Qt::LeftToRight);
            QVERIFY(lanes->xForDay(0) < lanes->xForDay(100));
            QVERIFY(lanes->xForDay(0) > lanes->nameWidth());
            // Day 0 is painted where xForDay(0) says: a dark line, left of the middle.
            const QImage image = lanes->viewport()->grab().toImage();
            const int x0 = int(lanes->xForDay(0));
            QVERIFY(x0 < image.width() / 2);
            const QColor line = image.pixelColor(x0, image.height() - 5);
            QVERIFY2(line.lightness() < 128, qPrintable(line.name()));
        }
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void languageChangeAndStoreReset()
    {
        CohortView view(*m_store, &m_notifier);
        auto *sort = view.findChild<QComboBox *>(QStringLiteral("sortChoice"));
        sort->setItemText(0, QString());
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&view, &change);
        QVERIFY(!sort->itemText(0).isEmpty());

        // A new CAR-T patient arrives; the view reloads after the coalesced reset.
        Patient p;
        p.recordNumber = QStringLiteral("COH-NEW");
        p.familyNameLatin = QStringLiteral("Newcomer");
        p.givenNameLatin = QStringLiteral("Test");
        p.birthDate = QDate(1990, 1, 1);
        const auto pid = m_store->create(p);
        QVERIFY(pid.ok());
        TreatmentCourse c;
        c.patientId = *pid;
        c.type = TreatmentType::CarT;
        c.status = CourseStatus::Completed;
        c.startDate = QDate(2025, 1, 1);
        c.endDate = QDate(2025, 2, 1);
        c.cart.infusionDate = QDate(2025, 1, 5);
        QVERIFY(m_store->create(c).ok());
        QTRY_COMPARE(view.laneCount(), 2);
    }
};

QTEST_MAIN(TestCohortView)
#include "tst_cohortview.moc"
