// Tests of the timeline widgets (offscreen): hit-testing, zoom, pan, fit all,
// day-relative axis, no mirroring under right-to-left, PNG export, chart thinning.
#include "timeline/timelinecharts.h"
#include "timeline/timelinetab.h"
#include "timeline/timelinewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

using namespace caravan;
using namespace caravan::timeline;

namespace {

PatientRecord sampleRecord()
{
    PatientRecord r;
    r.patient.id = 1;
    r.patient.arrivalDate = QDate(2025, 2, 16);
    r.patient.departureDate = QDate(2025, 9, 10);
    Diagnosis dx;
    dx.id = 10;
    dx.icd10Code = QStringLiteral("C91.0");
    dx.diagnosedOn = QDate(2024, 10, 1);
    r.diagnoses = { dx };
    TreatmentCourse cart;
    cart.id = 21;
    cart.type = TreatmentType::CarT;
    cart.name = QStringLiteral("CD19 CAR-T");
    cart.startDate = QDate(2025, 2, 19);
    cart.endDate = QDate(2025, 4, 21);
    cart.cart.lymphodepletionStart = QDate(2025, 3, 17);
    cart.cart.lymphodepletionEnd = QDate(2025, 3, 20);
    cart.cart.infusionDate = QDate(2025, 3, 22);
    TreatmentCourse hsct;
    hsct.id = 22;
    hsct.type = TreatmentType::StemCellTransplant;
    hsct.name = QStringLiteral("MUD HSCT");
    hsct.startDate = QDate(2025, 5, 19);
    hsct.endDate = QDate(2025, 9, 4);
    hsct.hsct.conditioningStart = QDate(2025, 5, 20);
    hsct.hsct.infusionDate = QDate(2025, 5, 27);
    hsct.hsct.neutrophilEngraftment = QDate(2025, 6, 12);
    r.courses = { cart, hsct };
    Assessment relapse;
    relapse.id = 31;
    relapse.assessedOn = QDate(2024, 11, 4);
    relapse.result = Response::Relapse;
    relapse.blastPercent = 38;
    r.assessments = { relapse };
    for (int d = -7; d <= 30; ++d) {
        Measurement m;
        m.kind = MeasurementKind::Anc;
        m.takenAt = QDateTime(QDate(2025, 5, 27).addDays(d), QTime(6, 0), Qt::UTC);
        m.value = d < 14 ? 0.1 : 1.5;
        r.measurements.append(m);
    }
    return r;
}

const TimelineItem *findItem(const TimelineModel &m, TimelineItem::Role role, qint64 id)
{
    for (const TimelineLane &lane : m.lanes())
        for (const TimelineItem &it : lane.items)
            if (it.role == role && it.id == id)
                return &it;
    return nullptr;
}

void sendWheel(QWidget *w, QPointF pos, int delta)
{
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                  false);
    QApplication::sendEvent(w, &e);
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT
    PatientRecord m_record = sampleRecord();
    std::unique_ptr<TimelineWidget> m_w;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init()
    {
        m_w = std::make_unique<TimelineWidget>();
        m_w->setToday(QDate(2025, 10, 1));
        m_w->setModel(TimelineModel::build(m_record, QDate(2025, 10, 1)));
        m_w->resize(1200, m_w->sizeHint().height() + 80);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
        m_w->fitAll();
    }
    void cleanup() { m_w.reset(); }

    void hitTesting()
    {
        const TimelineItem *day0 = findItem(m_w->model(), TimelineItem::Role::DayZero, 22);
        QVERIFY(day0);
        const QRectF r = m_w->itemRect(day0);
        QVERIFY(!r.isEmpty());
        QCOMPARE(m_w->itemAt(r.center().toPoint()), day0);
        // Below the last lane there is nothing.
        QCOMPARE(m_w->itemAt(QPoint(int(m_w->plotRect().center().x()), m_w->height() - 5)), nullptr);

        QSignalSpy selected(m_w.get(), &TimelineWidget::itemSelected);
        QSignalSpy activated(m_w.get(), &TimelineWidget::itemActivated);
        QTest::mouseClick(m_w.get(), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected[0][0].toString(), QStringLiteral("treatment_course"));
        QCOMPARE(selected[0][1].toLongLong(), 22);
        QCOMPARE(m_w->selectedItem(), day0);
        QTest::mouseDClick(m_w.get(), Qt::LeftButton, {}, r.center().toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][1].toLongLong(), 22);
    }

    void wheelZoomsAroundCursor()
    {
        const double x = m_w->plotRect().left() + 300;
        const double dayBefore = m_w->axis().dayAt(x);
        const double spanBefore = m_w->axis().lastDay() - m_w->axis().firstDay();
        sendWheel(m_w.get(), QPointF(x, 50), 240);
        const double spanIn = m_w->axis().lastDay() - m_w->axis().firstDay();
        QVERIFY(spanIn < spanBefore * 0.7);
        QVERIFY(qAbs(m_w->axis().dayAt(x) - dayBefore) < 1e-6);
        sendWheel(m_w.get(), QPointF(x, 50), -480);
        QVERIFY(m_w->axis().lastDay() - m_w->axis().firstDay() > spanBefore);
        QVERIFY(qAbs(m_w->axis().dayAt(x) - dayBefore) < 1e-6);
        QTest::keyClick(m_w.get(), Qt::Key_Plus);
        QVERIFY(m_w->axis().lastDay() - m_w->axis().firstDay() < spanBefore * 1.5);
    }

    void panShiftsRange()
    {
        QSignalSpy changed(m_w.get(), &TimelineWidget::visibleRangeChanged);
        const double first = m_w->axis().firstDay();
        const double span = m_w->axis().lastDay() - first;
        QTest::keyClick(m_w.get(), Qt::Key_Right);
        QVERIFY(m_w->axis().firstDay() > first);
        QTest::keyClick(m_w.get(), Qt::Key_Left);
        QVERIFY(qAbs(m_w->axis().firstDay() - first) < 1e-6);
        // Drag 100 px to the right: earlier dates come into view.
        const QPointF from(m_w->plotRect().center().x(), m_w->height() - 5);
        QMouseEvent press(QEvent::MouseButtonPress, from, m_w->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton, {});
        QApplication::sendEvent(m_w.get(), &press);
        for (int dx = 10; dx <= 100; dx += 10) {
            const QPointF to = from + QPointF(dx, 0);
            QMouseEvent move(QEvent::MouseMove, to, m_w->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
            QApplication::sendEvent(m_w.get(), &move);
        }
        const QPointF end = from + QPointF(100, 0);
        QMouseEvent release(QEvent::MouseButtonRelease, end, m_w->mapToGlobal(end), Qt::LeftButton, Qt::NoButton, {});
        QApplication::sendEvent(m_w.get(), &release);
        QVERIFY(qAbs(m_w->axis().firstDay() - (first - 100 / m_w->axis().pixelsPerDay())) < 1e-6);
        QCOMPARE(m_w->axis().lastDay() - m_w->axis().firstDay(), span);
        QVERIFY(changed.size() >= 3);
    }

    void fitAllCoversEverything()
    {
        m_w->zoomAt(8, m_w->plotRect().left());
        m_w->panBy(5000);
        QTest::keyClick(m_w.get(), Qt::Key_F);
        const TimelineModel &m = m_w->model();
        QVERIFY(m_w->axis().firstDay() <= double(m.firstDate().toJulianDay()));
        QVERIFY(m_w->axis().lastDay() >= double(m.lastDate().toJulianDay() + 1));
        for (const TimelineLane &lane : m.lanes())
            for (const TimelineItem &it : lane.items) {
                const QRectF r = m_w->itemRect(&it);
                QVERIFY2(!r.isEmpty(), qPrintable(it.label));
                QVERIFY(r.left() >= m_w->plotRect().left() - 6 && r.right() <= m_w->plotRect().right() + 6);
            }
    }

    void dayRelativeMode()
    {
        TimelineTab tab;
        tab.setRecord(&m_record);
        QCOMPARE(tab.axisModeBox()->count(), 3); // calendar, CAR-T day 0, transplant day 0
        tab.axisModeBox()->setCurrentIndex(2);
        emit tab.axisModeBox()->activated(2);
        const TimeAxis &axis = tab.timeline()->axis();
        QCOMPARE(axis.dayZero(), QDate(2025, 5, 27));
        QCOMPARE(axis.firstVisibleDate(), QDate(2025, 5, 20)); // Day −7
        QStringList labels;
        for (const auto &t : axis.ticks())
            labels << t.label;
        QVERIFY2(labels.contains(QStringLiteral("Day 0")), qPrintable(labels.join(u',')));
        for (const QString &label : labels)
            QVERIFY2(label.startsWith(QStringLiteral("Day ")), qPrintable(label));
        QCOMPARE(axis.labelFor(QDate(2025, 6, 12)), QStringLiteral("Day +16"));
        tab.axisModeBox()->setCurrentIndex(0);
        emit tab.axisModeBox()->activated(0);
        QVERIFY(!tab.timeline()->axis().isDayRelative());
        tab.setRecord(nullptr);
        QCOMPARE(tab.axisModeBox()->count(), 1);
        QVERIFY(tab.timeline()->model().isEmpty());
    }

    void rightToLeftDoesNotMirror()
    {
        qApp->setLayoutDirection(Qt::RightToLeft);
        TimelineWidget w;
        w.setModel(TimelineModel::build(m_record, QDate(2025, 10, 1)));
        w.resize(1000, w.sizeHint().height());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
        const QRectF cart = w.itemRect(findItem(w.model(), TimelineItem::Role::DayZero, 21));
        const QRectF hsct = w.itemRect(findItem(w.model(), TimelineItem::Role::DayZero, 22));
        QVERIFY(cart.center().x() < hsct.center().x());
        const auto ticks = w.axis().ticks();
        QVERIFY(ticks.size() > 2);
        QVERIFY(ticks.first().x < ticks.last().x && ticks.first().day < ticks.last().day);
        // What is drawn agrees: the CAR-T day 0 marker is dark at its x in the picture.
        const QImage image = w.grab().toImage();
        const QColor pixel = image.pixelColor(int(cart.center().x()), int(cart.center().y()));
        QVERIFY2(pixel.lightness() < 120, qPrintable(pixel.name()));
        qApp->setLayoutDirection(Qt::LeftToRight);
    }

    void exportWritesPng()
    {
        QTemporaryDir dir;
        TimelineTab tab;
        tab.setRecord(&m_record);
        const QString path = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY(tab.exportImage(path, QSize(1600, 500)));
        QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 500));
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (image.pixel(x, y) != qRgb(255, 255, 255))
                    ++coloured;
        QVERIFY(coloured > 5000);
        QVERIFY(!tab.exportImage(dir.filePath(QStringLiteral("empty.png")), QSize()));
    }

    void chartsFollowAndThin()
    {
        TimelineTab tab;
        tab.setRecord(&m_record);
        QCOMPARE(tab.charts()->visibleChartCount(), 2); // blasts (assessment) and ANC
        QList<QPointF> many;
        for (int i = 0; i < 100000; ++i)
            many.append(QPointF(i / 100.0, i == 5000 ? 99.0 : 1.0 + (i % 7)));
        const auto thinned = TimelineCharts::thin(many, 0, 1000, 500);
        QVERIFY(thinned.size() <= 1002);
        QVERIFY(std::any_of(thinned.begin(), thinned.end(), [](const QPointF &p) { return p.y() == 99.0; }));
        QCOMPARE(TimelineCharts::thin(many, 10, 11, 500).size(), 103); // 101 inside + one on each side
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
