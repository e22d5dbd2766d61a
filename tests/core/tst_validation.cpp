// Every validation rule: a valid record passes, and each broken rule is reported
// on the right field (and only then).
#include "domain/fieldcodec.h"
#include "domain/validation.h"

#include <QtTest>

using namespace caravan;

namespace {

const QDate kToday(2026, 11, 22);

ValidationContext ctx(QDate birth = QDate(2015, 5, 10))
{
    ValidationContext c;
    c.today = kToday;
    c.birthDate = birth;
    return c;
}

QStringList fieldsOf(const QList<ValidationIssue> &issues)
{
    QStringList f;
    for (const auto &i : issues) {
        f << i.field;
        if (i.message.isEmpty())
            f << QStringLiteral("<empty message>");
    }
    return f;
}

Patient validPatient()
{
    Patient p;
    p.recordNumber = QStringLiteral("T-1");
    p.familyNameLatin = QStringLiteral("TESTOVA");
    p.givenNameLatin = QStringLiteral("Aliya");
    p.birthDate = QDate(1990, 1, 31);
    p.nationality = QStringLiteral("KZ");
    return p;
}

TreatmentCourse validCourse(TreatmentType type)
{
    TreatmentCourse c;
    c.patientId = 1;
    c.type = type;
    c.status = CourseStatus::Completed;
    c.startDate = QDate(2025, 1, 1);
    c.endDate = QDate(2025, 3, 1);
    return c;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void patient_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField"); // empty: valid
        QTest::newRow("valid") << QString() << QString() << QString();
        QTest::newRow("no record number") << "record_number"
                                          << ""
                                          << "record_number";
        QTest::newRow("birth in future") << "birth_date"
                                         << "2027-01-01"
                                         << "birth_date";
        QTest::newRow("birth before 1900") << "birth_date"
                                           << "1890-01-01"
                                           << "birth_date";
        QTest::newRow("bad country") << "nationality"
                                     << "Kazakhstan"
                                     << "nationality";
        QTest::newRow("lower-case country") << "nationality"
                                            << "kz"
                                            << "nationality";
        QTest::newRow("bad email") << "email"
                                   << "aliya at mail"
                                   << "email";
        QTest::newRow("good email") << "email"
                                    << "a@example.kz" << QString();
        QTest::newRow("passport expired before birth") << "passport_expiry"
                                                       << "1980-01-01"
                                                       << "passport_expiry";
        QTest::newRow("departure before arrival") << "departure_date"
                                                  << "2025-01-01"
                                                  << "departure_date";
        QTest::newRow("arrival before birth") << "arrival_date"
                                              << "1989-01-01"
                                              << "arrival_date";
    }
    void patient()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        Patient p = validPatient();
        if (field == QLatin1String("departure_date"))
            p.arrivalDate = QDate(2025, 2, 1);
        if (!field.isEmpty())
            QVERIFY(codec::recordFromJson(QJsonObject{ { field, value } }, p).isEmpty());
        const QStringList fields = fieldsOf(validate(p, ctx()));
        if (expectedField.isEmpty())
            QCOMPARE(fields, QStringList());
        else
            QCOMPARE(fields, QStringList{ expectedField });
    }

    void patientNeedsAName()
    {
        Patient p = validPatient();
        p.familyNameLatin.clear();
        p.givenNameLatin.clear();
        QCOMPARE(fieldsOf(validate(p, ctx())), QStringList{ QStringLiteral("family_name_latin") });
        p.givenNameNative = QStringLiteral("Айгерім");
        QVERIFY(validate(p, ctx()).isEmpty());
    }

    void icd10_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("C91.0") << "C91.0" << true;
        QTest::newRow("C56") << "C56" << true;
        QTest::newRow("I25.10") << "I25.10" << true;
        QTest::newRow("M51.1") << "M51.1" << true;
        QTest::newRow("lower case") << "c91.0" << false;
        QTest::newRow("no digits") << "CAB" << false;
        QTest::newRow("trailing dot") << "C91." << false;
        QTest::newRow("too long") << "C91.12345" << false;
        QTest::newRow("text") << "leukaemia" << false;
    }
    void icd10()
    {
        QFETCH(QString, code);
        QFETCH(bool, wellFormed);
        QCOMPARE(isWellFormedIcd10(code), wellFormed);
        Diagnosis d;
        d.icd10Code = code;
        d.diagnosedOn = QDate(2024, 1, 1);
        QCOMPARE(validate(d, ctx()).isEmpty(), wellFormed);
    }

    void diagnosisDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("valid");
        QTest::newRow("after birth") << QDate(2020, 1, 1) << true;
        QTest::newRow("on birth") << QDate(2015, 5, 10) << true;
        QTest::newRow("before birth") << QDate(2015, 5, 9) << false;
        QTest::newRow("future") << kToday.addDays(1) << false;
        QTest::newRow("today") << kToday << true;
    }
    void diagnosisDates()
    {
        QFETCH(QDate, date);
        QFETCH(bool, valid);
        Diagnosis d;
        d.icd10Code = QStringLiteral("C91.0");
        d.diagnosedOn = date;
        d.icdO3Morphology = QStringLiteral("9811/3");
        QCOMPARE(validate(d, ctx()).isEmpty(), valid);
    }

    void hla_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<bool>("valid");
        QTest::newRow("10/10") << "10/10" << true;
        QTest::newRow("9/10") << "9/10" << true;
        QTest::newRow("5/10 haplo") << "5/10" << true;
        QTest::newRow("8/8") << "8/8" << true;
        QTest::newRow("6/6") << "6/6" << true;
        QTest::newRow("12/12") << "12/12" << true;
        QTest::newRow("spaces") << " 7 / 8 " << true;
        QTest::newRow("m > n") << "11/10" << false;
        QTest::newRow("n = 9") << "9/9" << false;
        QTest::newRow("no slash") << "10" << false;
        QTest::newRow("words") << "full" << false;
    }
    void hla()
    {
        QFETCH(QString, match);
        QFETCH(bool, valid);
        QCOMPARE(isWellFormedHlaMatch(match), valid);
        TreatmentCourse c = validCourse(TreatmentType::StemCellTransplant);
        c.hsct.hlaMatch = match;
        QCOMPARE(validate(c, ctx()).isEmpty(), valid);
    }

    void courseRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("valid chemo") << QString() << QJsonValue() << "chemotherapy" << QString();
        QTest::newRow("end before start") << "end_date" << QJsonValue("2024-12-31") << "chemotherapy"
                                          << "end_date";
        QTest::newRow("start before birth") << "start_date" << QJsonValue("2015-01-01") << "chemotherapy"
                                            << "start_date";
        QTest::newRow("CAR-T day 0 inside") << "cart_infusion_date" << QJsonValue("2025-02-01") << "car_t" << QString();
        QTest::newRow("CAR-T day 0 after end") << "cart_infusion_date" << QJsonValue("2025-04-01") << "car_t"
                                               << "cart_infusion_date";
        QTest::newRow("CAR-T day 0 before start") << "cart_infusion_date" << QJsonValue("2024-12-01") << "car_t"
                                                  << "cart_infusion_date";
        QTest::newRow("CRS grade 5") << "cart_crs_grade" << QJsonValue(5) << "car_t"
                                     << "cart_crs_grade";
        QTest::newRow("CRS grade 4") << "cart_crs_grade" << QJsonValue(4) << "car_t" << QString();
        QTest::newRow("ICANS -1") << "cart_icans_grade" << QJsonValue(-1) << "car_t"
                                  << "cart_icans_grade";
        QTest::newRow("HSCT day 0 outside") << "hsct_infusion_date" << QJsonValue("2025-03-02") << "hsct"
                                            << "hsct_infusion_date";
        QTest::newRow("aGVHD 5") << "hsct_acute_gvhd_grade" << QJsonValue(5) << "hsct"
                                 << "hsct_acute_gvhd_grade";
        QTest::newRow("BSA 5 m2") << "chemo_bsa_used" << QJsonValue(5.0) << "chemotherapy"
                                  << "chemo_bsa_used";
        QTest::newRow("BSA 1.2 m2") << "chemo_bsa_used" << QJsonValue(1.2) << "chemotherapy" << QString();
        QTest::newRow("stopped without reason") << "status" << QJsonValue("stopped") << "chemotherapy"
                                                << "stop_reason";
    }
    void courseRules()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, type);
        QFETCH(QString, expectedField);
        TreatmentCourse c = validCourse(*fromCode<TreatmentType>(type));
        if (!field.isEmpty())
            QCOMPARE(codec::recordFromJson(QJsonObject{ { field, value } }, c), QString());
        const QStringList fields = fieldsOf(validate(c, ctx()));
        QCOMPARE(fields, expectedField.isEmpty() ? QStringList() : QStringList{ expectedField });
    }

    void engraftmentBeforeDayZero()
    {
        TreatmentCourse c = validCourse(TreatmentType::StemCellTransplant);
        c.hsct.infusionDate = QDate(2025, 1, 10);
        c.hsct.neutrophilEngraftment = QDate(2025, 1, 9);
        QCOMPARE(fieldsOf(validate(c, ctx())), QStringList{ QStringLiteral("hsct_neutrophil_engraftment") });
    }

    void measurementRanges_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("weight 70") << "weight" << 70.0 << true;
        QTest::newRow("weight 0") << "weight" << 0.0 << false;
        QTest::newRow("weight 700") << "weight" << 700.0 << false;
        QTest::newRow("height 175") << "height" << 175.0 << true;
        QTest::newRow("height 17.5 (metres typed as dm)") << "height" << 17.5 << false;
        QTest::newRow("height 300") << "height" << 300.0 << false;
        QTest::newRow("blasts 100") << "blast_percent" << 100.0 << true;
        QTest::newRow("blasts 101") << "blast_percent" << 101.0 << false;
        QTest::newRow("ANC 0") << "anc" << 0.0 << true;
        QTest::newRow("ANC negative") << "anc" << -0.1 << false;
    }
    void measurementRanges()
    {
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(bool, valid);
        Measurement m;
        m.kind = *fromCode<MeasurementKind>(kind);
        m.value = value;
        m.takenAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        QCOMPARE(validate(m, ctx()).isEmpty(), valid);
    }

    void assessmentBlastPercent()
    {
        Assessment a;
        a.assessedOn = QDate(2025, 1, 1);
        a.blastPercent = 100.5;
        QCOMPARE(fieldsOf(validate(a, ctx())), QStringList{ QStringLiteral("blast_percent") });
        a.blastPercent = 0.01;
        QVERIFY(validate(a, ctx()).isEmpty());
    }

    void visitTimeZones()
    {
        Visit v;
        v.type = VisitType::TeleConsultation;
        v.startsAt = QDateTime(QDate(2025, 1, 1), QTime(4, 0), Qt::UTC);
        v.localTimeZone = QStringLiteral("Asia/Shanghai");
        QCOMPARE(fieldsOf(validate(v, ctx())), QStringList{ QStringLiteral("remote_time_zone") });
        v.remoteTimeZone = QStringLiteral("Asia/Lahore-ish");
        QCOMPARE(fieldsOf(validate(v, ctx())), QStringList{ QStringLiteral("remote_time_zone") });
        v.remoteTimeZone = QStringLiteral("Asia/Karachi");
        QVERIFY(validate(v, ctx()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
