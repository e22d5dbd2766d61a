// Doses computed from height and weight, with the numbers of real regimens.
#include "clinical/dosing.h"

#include <QtTest>

using namespace caravan;
using namespace caravan::clinical;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {
std::optional<double> none()
{
    return std::nullopt;
}
} // namespace

class TestDosing : public QObject
{
    Q_OBJECT
private slots:
    void bsa_data()
    {
        QTest::addColumn<std::optional<double>>("heightCm");
        QTest::addColumn<std::optional<double>>("weightKg");
        QTest::addColumn<std::optional<double>>("expected");
        // sqrt(170 × 70 / 3600) = 1.8181 -> 1.82
        QTest::newRow("adult 170 cm 70 kg") << std::optional(170.0) << std::optional(70.0) << std::optional(1.82);
        // sqrt(182 × 95.5 / 3600) = 2.1973 -> 2.20
        QTest::newRow("adult 182 cm 95.5 kg") << std::optional(182.0) << std::optional(95.5) << std::optional(2.20);
        // sqrt(110 × 18.5 / 3600) = 0.7519 -> 0.75
        QTest::newRow("child 110 cm 18.5 kg") << std::optional(110.0) << std::optional(18.5) << std::optional(0.75);
        // sqrt(52 × 3.4 / 3600) = 0.2216 -> 0.22
        QTest::newRow("newborn 52 cm 3.4 kg") << std::optional(52.0) << std::optional(3.4) << std::optional(0.22);
        QTest::newRow("no height") << none() << std::optional(70.0) << none();
        QTest::newRow("no weight") << std::optional(170.0) << none() << none();
        QTest::newRow("zero height") << std::optional(0.0) << std::optional(70.0) << none();
    }
    void bsa()
    {
        QFETCH(std::optional<double>, heightCm);
        QFETCH(std::optional<double>, weightKg);
        QFETCH(std::optional<double>, expected);
        const auto bsa = dosingBsa(heightCm, weightKg);
        QCOMPARE(bsa.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*bsa, *expected);
    }

    void dose_data()
    {
        QTest::addColumn<QString>("drug");
        QTest::addColumn<int>("basis");
        QTest::addColumn<double>("perUnit");
        QTest::addColumn<std::optional<double>>("bsa");
        QTest::addColumn<std::optional<double>>("weightKg");
        QTest::addColumn<std::optional<double>>("expected");
        const int m2 = int(DoseBasis::PerSquareMetre), kg = int(DoseBasis::PerKilogram), flat = int(DoseBasis::Flat);
        // R-CHOP for a 1.82 m² adult
        QTest::newRow("cyclophosphamide 750 mg/m2") << "Cyclophosphamide" << m2 << 750.0 << std::optional(1.82)
                                                    << std::optional(70.0) << std::optional(1365.0);
        QTest::newRow("doxorubicin 50 mg/m2")
                << "Doxorubicin" << m2 << 50.0 << std::optional(1.82) << std::optional(70.0) << std::optional(91.0);
        QTest::newRow("vincristine 1.4 mg/m2 (2.548 -> 2.55)")
                << "Vincristine" << m2 << 1.4 << std::optional(1.82) << std::optional(70.0) << std::optional(2.55);
        QTest::newRow("rituximab 375 mg/m2 (648.75 -> 649)")
                << "Rituximab" << m2 << 375.0 << std::optional(1.73) << std::optional(64.0) << std::optional(649.0);
        // Flu/Cy lymphodepletion before CAR-T
        QTest::newRow("fludarabine 30 mg/m2 (54.6)")
                << "Fludarabine" << m2 << 30.0 << std::optional(1.82) << std::optional(70.0) << std::optional(54.6);
        // A child of 0.75 m²
        QTest::newRow("etoposide 100 mg/m2 child")
                << "Etoposide" << m2 << 100.0 << std::optional(0.75) << std::optional(18.5) << std::optional(75.0);
        QTest::newRow("vincristine 1.5 mg/m2 child (1.125 -> 1.13)")
                << "Vincristine" << m2 << 1.5 << std::optional(0.75) << std::optional(18.5) << std::optional(1.13);
        // Per kilogram: conditioning before transplant, ATG
        QTest::newRow("cyclophosphamide 60 mg/kg") << "Cyclophosphamide" << kg << 60.0 << std::optional(1.82)
                                                   << std::optional(70.0) << std::optional(4200.0);
        QTest::newRow("ATG 2.5 mg/kg child (46.25 -> 46.3)")
                << "ATG" << kg << 2.5 << std::optional(0.75) << std::optional(18.5) << std::optional(46.3);
        QTest::newRow("busulfan 0.8 mg/kg (57.6)")
                << "Busulfan" << kg << 0.8 << none() << std::optional(72.0) << std::optional(57.6);
        // Flat doses need neither
        QTest::newRow("intrathecal methotrexate 12 mg")
                << "Methotrexate IT" << flat << 12.0 << none() << none() << std::optional(12.0);
        QTest::newRow("pembrolizumab 200 mg")
                << "Pembrolizumab" << flat << 200.0 << none() << none() << std::optional(200.0);
        // What cannot be computed
        QTest::newRow("mg/m2 without BSA") << "Doxorubicin" << m2 << 50.0 << none() << std::optional(70.0) << none();
        QTest::newRow("mg/kg without weight") << "ATG" << kg << 2.5 << std::optional(1.82) << none() << none();
        QTest::newRow("no dose per unit")
                << "Cytarabine" << m2 << 0.0 << std::optional(1.82) << std::optional(70.0) << none();
    }
    void dose()
    {
        QFETCH(QString, drug);
        QFETCH(int, basis);
        QFETCH(double, perUnit);
        QFETCH(std::optional<double>, bsa);
        QFETCH(std::optional<double>, weightKg);
        QFETCH(std::optional<double>, expected);
        DrugDose d;
        d.drug = drug;
        d.basis = DoseBasis(basis);
        d.dosePerUnit = perUnit;
        const auto mg = doseGivenMg(d, bsa, weightKg);
        QCOMPARE(mg.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*mg, *expected);
    }

    void rounding_data()
    {
        QTest::addColumn<double>("mg");
        QTest::addColumn<double>("expected");
        QTest::newRow("below 10 mg: 0.01") << 2.4219 << 2.42;
        QTest::newRow("from 10 mg: 0.1") << 86.54 << 86.5;
        QTest::newRow("from 100 mg: whole mg") << 1297.5 << 1298.0;
        QTest::newRow("99.96 -> 100.0") << 99.96 << 100.0;
    }
    void rounding()
    {
        QFETCH(double, mg);
        QFETCH(double, expected);
        QCOMPARE(roundDoseMg(mg), expected);
    }

    void units_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<std::optional<double>>("heightCm");
        QTest::addColumn<std::optional<double>>("weightKg");
        const int h = int(MeasurementKind::Height), w = int(MeasurementKind::Weight);
        QTest::newRow("172 cm") << h << 172.0 << "cm" << std::optional(172.0) << none();
        QTest::newRow("1.72 m") << h << 1.72 << "m" << std::optional(172.0) << none();
        QTest::newRow("68 in") << h << 68.0 << "in" << std::optional(172.72) << none();
        QTest::newRow("height, no unit") << h << 150.0 << "" << std::optional(150.0) << none();
        QTest::newRow("height in feet: unknown") << h << 5.6 << "ft" << none() << none();
        QTest::newRow("64.5 kg") << w << 64.5 << "kg" << none() << std::optional(64.5);
        QTest::newRow("3400 g") << w << 3400.0 << "g" << none() << std::optional(3.4);
        QTest::newRow("154 lb (69.85 kg)") << w << 154.0 << "lb" << none() << std::optional(154 * 0.45359237);
        QTest::newRow("platelets are neither")
                << int(MeasurementKind::Platelets) << 120.0 << "10^9/L" << none() << none();
    }
    void units()
    {
        QFETCH(int, kind);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(std::optional<double>, heightCm);
        QFETCH(std::optional<double>, weightKg);
        Measurement m;
        m.kind = MeasurementKind(kind);
        m.value = value;
        m.unit = unit;
        QCOMPARE(heightInCm(m).has_value(), heightCm.has_value());
        QCOMPARE(weightInKg(m).has_value(), weightKg.has_value());
        if (heightCm)
            QCOMPARE(*heightInCm(m), *heightCm);
        if (weightKg)
            QCOMPARE(*weightInKg(m), *weightKg);
    }
};

QTEST_GUILESS_MAIN(TestDosing)
#include "tst_dosing.moc"
