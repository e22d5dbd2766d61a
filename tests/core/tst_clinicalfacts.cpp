// Derived clinical facts with worked examples.
#include "clinical/clinicalfacts.h"

#include <QtTest>

using namespace caravan;
using namespace caravan::clinical;

namespace {
Measurement count(MeasurementKind kind, QDate day, double value, int hour = 7)
{
    Measurement m;
    m.kind = kind;
    m.value = value;
    m.takenAt = QDateTime(day, QTime(hour, 0), Qt::UTC);
    return m;
}
} // namespace

class TestClinicalFacts : public QObject
{
    Q_OBJECT
private slots:
    void age_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("at");
        QTest::addColumn<int>("years");
        QTest::newRow("day before birthday") << QDate(2000, 6, 15) << QDate(2010, 6, 14) << 9;
        QTest::newRow("on birthday") << QDate(2000, 6, 15) << QDate(2010, 6, 15) << 10;
        QTest::newRow("leap day, non-leap year") << QDate(2016, 2, 29) << QDate(2017, 2, 28) << 0;
        QTest::newRow("leap day, 1 March") << QDate(2016, 2, 29) << QDate(2017, 3, 1) << 1;
        QTest::newRow("newborn") << QDate(2024, 1, 1) << QDate(2024, 1, 1) << 0;
    }
    void age()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, at);
        QFETCH(int, years);
        QCOMPARE(ageInYears(birth, at).value(), years);
    }
    void ageUnknown()
    {
        QVERIFY(!ageInYears(QDate(), QDate(2020, 1, 1)));
        QVERIFY(!ageInYears(QDate(2020, 1, 2), QDate(2020, 1, 1)));
    }

    void bsa_data()
    {
        QTest::addColumn<double>("height");
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("mosteller");
        QTest::addColumn<double>("dubois");
        // Mosteller: sqrt(180*80/3600) = 2.0 exactly; DuBois 0.007184*80^0.425*180^0.725 = 1.9964
        QTest::newRow("adult 180 cm 80 kg") << 180.0 << 80.0 << 2.0 << 1.9964;
        // child: sqrt(128*25/3600) = 0.9428; DuBois = 0.9511
        QTest::newRow("child 128 cm 25 kg") << 128.0 << 25.0 << 0.9428 << 0.9511;
    }
    void bsa()
    {
        QFETCH(double, height);
        QFETCH(double, weight);
        QFETCH(double, mosteller);
        QFETCH(double, dubois);
        QVERIFY(qAbs(*bsaMosteller(height, weight) - mosteller) < 0.0005);
        QVERIFY2(qAbs(*bsaDuBois(height, weight) - dubois) < 0.0005,
                 qPrintable(QString::number(*bsaDuBois(height, weight), 'f', 5)));
        QVERIFY(!bsaMosteller(0, weight));
    }

    void dayRelativeLabels()
    {
        const QDate d0(2025, 3, 10);
        QCOMPARE(*dayRelative(d0, QDate(2025, 3, 10)), 0);
        QCOMPARE(*dayRelative(d0, QDate(2025, 3, 3)), -7);
        QCOMPARE(*dayRelative(d0, QDate(2025, 6, 18)), 100);
        QCOMPARE(dayLabel(0), QStringLiteral("Day 0"));
        QCOMPARE(dayLabel(14), QStringLiteral("Day +14"));
        QCOMPARE(dayLabel(-7), QStringLiteral("Day \u22127"));
    }

    void neutrophilEngraftmentFirstOfThreeDays()
    {
        const QDate d0(2025, 3, 10);
        QList<Measurement> s;
        // Day +10: 0.6 (one day), day +11: 0.3 (breaks the run), then +12..+14 >= 0.5
        s << count(MeasurementKind::Anc, d0.addDays(10), 0.6) << count(MeasurementKind::Anc, d0.addDays(11), 0.3)
          << count(MeasurementKind::Anc, d0.addDays(12), 0.5) << count(MeasurementKind::Anc, d0.addDays(13), 0.8)
          << count(MeasurementKind::Anc, d0.addDays(14), 1.2);
        QCOMPARE(neutrophilEngraftment(s, d0), d0.addDays(12));
        // a low second count on day +13 breaks the run: the day's lowest counts
        s << count(MeasurementKind::Anc, d0.addDays(13), 0.4, 18);
        QCOMPARE(neutrophilEngraftment(s, d0), QDate());
        s << count(MeasurementKind::Anc, d0.addDays(15), 1.5) << count(MeasurementKind::Anc, d0.addDays(16), 1.9);
        QCOMPARE(neutrophilEngraftment(s, d0), d0.addDays(14));
    }
    void engraftmentNeedsConsecutiveDays()
    {
        const QDate d0(2025, 3, 10);
        QList<Measurement> s;
        s << count(MeasurementKind::Platelets, d0.addDays(20), 25)
          << count(MeasurementKind::Platelets, d0.addDays(22), 30)
          << count(MeasurementKind::Platelets, d0.addDays(23), 40);
        QCOMPARE(plateletEngraftment(s, d0), QDate()); // the gap on day +21 breaks the run
        s << count(MeasurementKind::Platelets, d0.addDays(24), 41);
        QCOMPARE(plateletEngraftment(s, d0), d0.addDays(22));
        // counts before day 0 never count
        QList<Measurement> before{ count(MeasurementKind::Platelets, d0.addDays(-3), 200),
                                   count(MeasurementKind::Platelets, d0.addDays(-2), 200),
                                   count(MeasurementKind::Platelets, d0.addDays(-1), 200) };
        QCOMPARE(plateletEngraftment(before, d0), QDate());
        QCOMPARE(neutrophilEngraftment(s, d0), QDate()); // no ANC at all
    }

    void latestMeasurement()
    {
        QList<Measurement> s{ count(MeasurementKind::Weight, QDate(2025, 1, 1), 20),
                              count(MeasurementKind::Weight, QDate(2025, 3, 1), 22),
                              count(MeasurementKind::Height, QDate(2025, 4, 1), 120) };
        QCOMPARE(latest(s, MeasurementKind::Weight)->value, 22.0);
        QCOMPARE(latest(s, MeasurementKind::Weight, QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC))->value, 20.0);
        QVERIFY(!latest(s, MeasurementKind::Anc));
    }
};

QTEST_GUILESS_MAIN(TestClinicalFacts)
#include "tst_clinicalfacts.moc"
