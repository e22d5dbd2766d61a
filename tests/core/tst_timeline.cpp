// Tests of the timeline data (TimelineModel) and the time axis (TimeAxis), without a screen.
#include "timeline/timeaxis.h"
#include "timeline/timelinemodel.h"

#include "storage/store.h"

#include <QLocale>
#include <QtTest>

using namespace caravan;
using namespace caravan::timeline;

namespace {

PatientRecord cartThenTransplant()
{
    PatientRecord r;
    r.patient.id = 1;
    r.patient.arrivalDate = QDate(2025, 2, 16);
    r.patient.departureDate = QDate(2025, 9, 10);
    Diagnosis dx;
    dx.id = 10;
    dx.icd10Code = QStringLiteral("C91.0");
    dx.diagnosedOn = QDate(2023, 2, 10);
    r.diagnoses = { dx };

    TreatmentCourse chemo;
    chemo.id = 20;
    chemo.type = TreatmentType::Chemotherapy;
    chemo.name = QStringLiteral("R3");
    chemo.startDate = QDate(2024, 11, 11);
    chemo.endDate = QDate(2025, 1, 9);
    chemo.chemo.cycleLengthDays = 21;
    chemo.chemo.cycles = { ChemoCycle{ 1, QDate(2024, 11, 11) }, ChemoCycle{ 2, QDate(2024, 12, 16) } };
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
    hsct.startDate = QDate(2025, 4, 15); // overlaps the CAR-T course: second row
    hsct.endDate = QDate(2025, 9, 4);
    hsct.hsct.conditioningStart = QDate(2025, 5, 20);
    hsct.hsct.infusionDate = QDate(2025, 5, 27);
    hsct.hsct.neutrophilEngraftment = QDate(2025, 6, 12);
    hsct.hsct.plateletEngraftment = QDate(2025, 6, 17);
    hsct.hsct.protectedUnitDischarge = QDate(2025, 6, 24);
    r.courses = { hsct, chemo, cart };

    Assessment mrdNeg;
    mrdNeg.id = 30;
    mrdNeg.assessedOn = QDate(2023, 3, 15);
    mrdNeg.result = Response::MrdNegative;
    Assessment relapse;
    relapse.id = 31;
    relapse.assessedOn = QDate(2024, 11, 4);
    relapse.result = Response::Relapse;
    relapse.blastPercent = 38;
    Assessment cr;
    cr.id = 32;
    cr.assessedOn = QDate(2025, 4, 19);
    cr.result = Response::CR;
    r.assessments = { relapse, mrdNeg, cr };

    Visit tele;
    tele.id = 40;
    tele.type = VisitType::TeleConsultation;
    tele.startsAt = QDateTime(QDate(2025, 1, 22), QTime(8, 0), Qt::UTC);
    Visit mdt;
    mdt.id = 41;
    mdt.type = VisitType::MultidisciplinaryMeeting;
    mdt.startsAt = QDateTime(QDate(2025, 4, 23), QTime(6, 0), Qt::UTC);
    r.visits = { tele, mdt };
    return r;
}

const TimelineItem *find(const TimelineLane *lane, TimelineItem::Role role, int nth = 0)
{
    if (!lane)
        return nullptr;
    for (const TimelineItem &it : lane->items)
        if (it.role == role && nth-- == 0)
            return &it;
    return nullptr;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void lanesOfCarTThenTransplant()
    {
        const TimelineModel m = TimelineModel::build(cartThenTransplant(), QDate(2025, 10, 1));
        QCOMPARE(m.lanes().size(), 5);
        QCOMPARE(m.lanes()[0].id, TimelineLane::Id::Disease);
        QCOMPARE(m.lanes()[4].id, TimelineLane::Id::Stay);
        QCOMPARE(m.firstDate(), QDate(2023, 2, 10));
        QCOMPARE(m.lastDate(), QDate(2025, 9, 10));

        // Status: active -> remission (MRD-) -> relapse -> remission (CR) until the end.
        const TimelineLane *disease = m.lane(TimelineLane::Id::Disease);
        const auto *active = find(disease, TimelineItem::Role::ActiveDisease);
        QVERIFY(active);
        QCOMPARE(active->end, QDate(2023, 3, 14));
        const auto *relapse = find(disease, TimelineItem::Role::Relapse);
        QVERIFY(relapse);
        QCOMPARE(relapse->table, QStringLiteral("assessment"));
        QCOMPARE(relapse->id, 31);
        QCOMPARE(relapse->start, QDate(2024, 11, 4));
        QCOMPARE(relapse->end, QDate(2025, 4, 18));
        const auto *lastRemission = find(disease, TimelineItem::Role::Remission, 1);
        QVERIFY(lastRemission);
        QCOMPARE(lastRemission->end, m.lastDate());
        QVERIFY(find(disease, TimelineItem::Role::RelapseMarker));

        // Treatments: the overlapping transplant is stacked on a second row.
        const TimelineLane *tx = m.lane(TimelineLane::Id::Treatments);
        QCOMPARE(tx->rows, 2);
        const auto *lymph = find(tx, TimelineItem::Role::Lymphodepletion);
        QVERIFY(lymph);
        QCOMPARE(lymph->kind, TimelineItem::Kind::Segment);
        QCOMPARE(lymph->end, QDate(2025, 3, 20));
        const auto *cartDay0 = find(tx, TimelineItem::Role::DayZero, 0);
        const auto *hsctDay0 = find(tx, TimelineItem::Role::DayZero, 1);
        QCOMPARE(cartDay0->start, QDate(2025, 3, 22));
        QCOMPARE(hsctDay0->start, QDate(2025, 5, 27));
        QCOMPARE(cartDay0->row, 0);
        QCOMPARE(hsctDay0->row, 1);
        const auto *conditioning = find(tx, TimelineItem::Role::Conditioning);
        QCOMPARE(conditioning->end, QDate(2025, 5, 26));
        QVERIFY(find(tx, TimelineItem::Role::NeutrophilEngraftment));
        QVERIFY(find(tx, TimelineItem::Role::PlateletEngraftment));
        QCOMPARE(find(tx, TimelineItem::Role::UnitDischarge)->id, 22);
        QVERIFY(!find(tx, TimelineItem::Role::DayZero)->details.isEmpty());

        QCOMPARE(m.dayZeros().size(), 2);
        QCOMPARE(m.dayZeros()[0].type, TreatmentType::CarT);
        QCOMPARE(m.dayZeros()[1].date, QDate(2025, 5, 27));

        const TimelineLane *visits = m.lane(TimelineLane::Id::Visits);
        QCOMPARE(find(visits, TimelineItem::Role::TeleConsultation)->start, QDate(2025, 1, 22));
        QCOMPARE(find(m.lane(TimelineLane::Id::Stay), TimelineItem::Role::Stay)->end, QDate(2025, 9, 10));
    }

    void cycleSegments()
    {
        const TimelineModel m = TimelineModel::build(cartThenTransplant(), QDate(2025, 10, 1));
        const TimelineLane *tx = m.lane(TimelineLane::Id::Treatments);
        const auto *c1 = find(tx, TimelineItem::Role::ChemoCycle, 0);
        const auto *c2 = find(tx, TimelineItem::Role::ChemoCycle, 1);
        QVERIFY(c1 && c2);
        QCOMPARE(c1->start, QDate(2024, 11, 11));
        QCOMPARE(c1->end, QDate(2024, 12, 1)); // 21 days
        QCOMPARE(c2->start, QDate(2024, 12, 16));
        QCOMPARE(c2->end, QDate(2025, 1, 5));
        QCOMPARE(c1->label, QStringLiteral("Cycle 1"));
        QCOMPARE(c1->table, QStringLiteral("treatment_course"));
        QCOMPARE(c1->id, 20);
    }

    void emptyRecord()
    {
        const TimelineModel m = TimelineModel::build(PatientRecord{});
        QVERIFY(m.isEmpty());
        QVERIFY(m.lanes().isEmpty());
        QVERIFY(!m.firstDate().isValid());
        QVERIFY(m.dayZeros().isEmpty());
        TimeAxis axis;
        axis.fit(m.firstDate(), m.lastDate()); // no-op, no crash
        QVERIFY(axis.lastDay() > axis.firstDay());
    }

    void mapping()
    {
        TimeAxis axis;
        axis.setPixelRange(100, 1000);
        axis.setVisibleDates(QDate(2025, 1, 1), QDate(2025, 4, 10)); // 100 days
        QCOMPARE(axis.pixelsPerDay(), 10.0);
        QCOMPARE(axis.xForDate(QDate(2025, 1, 1)), 100.0);
        QCOMPARE(axis.dateAt(115), QDate(2025, 1, 2));
        axis.zoom(2, 100); // anchored at the left edge
        QCOMPARE(axis.firstVisibleDate(), QDate(2025, 1, 1));
        QCOMPARE(axis.pixelsPerDay(), 20.0);
        axis.panPixels(200);
        QCOMPARE(axis.firstVisibleDate(), QDate(2025, 1, 11));
    }

    void granularity_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("granularity");
        QTest::newRow("10 days") << 10 << int(TimeAxis::Granularity::Days);
        QTest::newRow("10 weeks") << 70 << int(TimeAxis::Granularity::Weeks);
        QTest::newRow("2 years") << 730 << int(TimeAxis::Granularity::Months);
        QTest::newRow("30 years") << 365 * 30 << int(TimeAxis::Granularity::Years);
    }
    void granularity()
    {
        QFETCH(int, days);
        QFETCH(int, granularity);
        TimeAxis axis;
        axis.setPixelRange(0, 1000);
        const QDate start(2020, 1, 1);
        axis.setVisibleDates(start, start.addDays(days - 1));
        QCOMPARE(int(axis.granularity()), granularity);
        const auto ticks = axis.ticks();
        QVERIFY(ticks.size() >= 2);
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY2(ticks[i].x - ticks[i - 1].x >= TimeAxis::kMinTickSpacing * 0.8, qPrintable(ticks[i].label));
    }

    void zoomSwitchesGranularity()
    {
        TimeAxis axis;
        axis.setPixelRange(0, 1200);
        axis.setVisibleDates(QDate(2015, 1, 1), QDate(2025, 12, 31));
        QCOMPARE(axis.granularity(), TimeAxis::Granularity::Years);
        QList<TimeAxis::Granularity> seen{ axis.granularity() };
        for (int i = 0; i < 40; ++i) {
            axis.zoom(1.5, 600);
            if (seen.last() != axis.granularity())
                seen << axis.granularity();
        }
        QCOMPARE(seen,
                 (QList<TimeAxis::Granularity>{ TimeAxis::Granularity::Years, TimeAxis::Granularity::Months,
                                                TimeAxis::Granularity::Weeks, TimeAxis::Granularity::Days }));
        QCOMPARE(axis.lastDay() - axis.firstDay(), TimeAxis::kMinDays);
    }

    void dayRelativeTicks()
    {
        TimeAxis axis;
        axis.setPixelRange(0, 1070);
        const QDate day0(2025, 5, 27);
        axis.setDayZero(day0);
        axis.setVisibleDates(day0.addDays(-7), day0.addDays(99)); // Day −7 .. Day +99: 10 px a day
        QCOMPARE(axis.granularity(), TimeAxis::Granularity::RelativeDays);
        const auto ticks = axis.ticks();
        QStringList labels;
        for (const auto &t : ticks)
            labels << t.label;
        QCOMPARE(labels.first(), QStringLiteral("Day \u22127"));
        QCOMPARE(labels.at(1), QStringLiteral("Day 0"));
        QVERIFY(ticks.at(1).major && !ticks.first().major);
        QCOMPARE(labels.at(2), QStringLiteral("Day +7"));
        QVERIFY(labels.contains(QStringLiteral("Day +98")));
        QCOMPARE(axis.dateAt(ticks.at(1).x), day0);
        QCOMPARE(axis.labelFor(day0.addDays(-7)), QStringLiteral("Day \u22127"));
        axis.setDayZero({});
        QCOMPARE(axis.labelFor(day0), QStringLiteral("27 May 2025"));
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
