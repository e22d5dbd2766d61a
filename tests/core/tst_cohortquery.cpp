// The cohort query on a small hand-made centre (six fictional patients written
// through Store::create, fixed dates): lanes aligned on the first CAR-T or
// transplant infusion with every event in days from day 0, patients without the
// anchor absent, each filter, each sort order.
#include "storage/cohortquery.h"
#include "support/backends.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

Q_DECLARE_METATYPE(CohortFilter)
Q_DECLARE_METATYPE(CohortSort)

class TestCohortQuery : public QObject
{
    Q_OBJECT
public:
    explicit TestCohortQuery(testing::PgTestServer *server) : m_server(server) { }

private:
    testing::PgTestServer *m_server;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_id; // "P1" -> patient id
    QHash<QString, qint64> m_dx; // "P1" -> diagnosis id

    void check(bool ok, const Error &e)
    {
        if (!ok)
            qFatal("%s", qPrintable(e.fullText()));
    }
    void patient(const char *key, const char *family, const char *given, const char *nationality, const char *icd10)
    {
        Patient p;
        p.recordNumber = QStringLiteral("COH-%1").arg(QLatin1String(key));
        p.familyNameLatin = QLatin1String(family);
        p.givenNameLatin = QLatin1String(given);
        p.familyNameNative = QLatin1String(family) + QStringLiteral("ova");
        p.givenNameNative = QLatin1String(given);
        p.nationality = QLatin1String(nationality);
        p.birthDate = QDate(1980, 1, 1);
        const auto r = m_store->create(p);
        check(r.ok(), r.error());
        m_id.insert(QLatin1String(key), *r);
        Diagnosis d;
        d.patientId = *r;
        d.icd10Code = QLatin1String(icd10);
        d.diagnosedOn = QDate(2022, 6, 1);
        const auto rd = m_store->create(d);
        check(rd.ok(), rd.error());
        m_dx.insert(QLatin1String(key), *rd);
    }
    TreatmentCourse course(const char *key, TreatmentType type, QDate start, QDate end)
    {
        TreatmentCourse c;
        c.patientId = m_id.value(QLatin1String(key));
        c.diagnosisId = m_dx.value(QLatin1String(key));
        c.type = type;
        c.status = end.isValid() ? CourseStatus::Completed : CourseStatus::Ongoing;
        c.startDate = start;
        c.endDate = end;
        return c;
    }
    void add(TreatmentCourse c)
    {
        const auto r = m_store->create(c);
        check(r.ok(), r.error());
    }
    void cart(const char *key, QDate start, QDate infusion, QDate end)
    {
        TreatmentCourse c = course(key, TreatmentType::CarT, start, end);
        c.cart.infusionDate = infusion;
        add(c);
    }
    void hsct(const char *key, QDate start, QDate infusion, QDate neutrophil, QDate platelet, QDate end)
    {
        TreatmentCourse c = course(key, TreatmentType::StemCellTransplant, start, end);
        c.hsct.infusionDate = infusion;
        c.hsct.neutrophilEngraftment = neutrophil;
        c.hsct.plateletEngraftment = platelet;
        add(c);
    }
    void assess(const char *key, QDate on, Response result)
    {
        Assessment a;
        a.patientId = m_id.value(QLatin1String(key));
        a.assessedOn = on;
        a.result = result;
        const auto r = m_store->create(a);
        check(r.ok(), r.error());
    }
    QList<qint64> ids(const QList<CohortLane> &lanes)
    {
        QList<qint64> out;
        for (const CohortLane &l : lanes)
            out << l.patientId;
        return out;
    }
    QList<qint64> keys(std::initializer_list<const char *> names)
    {
        QList<qint64> out;
        for (const char *n : names)
            out << m_id.value(QLatin1String(n));
        return out;
    }
    CohortLane lane(const QList<CohortLane> &lanes, const char *key)
    {
        for (const CohortLane &l : lanes)
            if (l.patientId == m_id.value(QLatin1String(key)))
                return l;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Status opened = testing::openTestDatabase(m_db, m_server, m_dir, QStringLiteral("cohort"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::make_unique<Store>(m_db);
        // P1: two CAR-T infusions (the first is day 0), CR at +28, relapse at +151.
        patient("P1", "Testova", "Aliya", "KZ", "C91.0");
        add(course("P1", TreatmentType::Chemotherapy, QDate(2023, 12, 1), QDate(2024, 2, 1)));
        cart("P1", QDate(2024, 3, 5), QDate(2024, 3, 10), QDate(2024, 4, 10));
        cart("P1", QDate(2024, 8, 25), QDate(2024, 9, 1), QDate(2024, 9, 30));
        assess("P1", QDate(2024, 4, 7), Response::CR);
        assess("P1", QDate(2024, 8, 8), Response::Relapse);
        Visit v;
        v.patientId = m_id.value(QStringLiteral("P1"));
        v.startsAt = QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::UTC);
        {
            const auto r = m_store->create(v);
            check(r.ok(), r.error());
        }
        Measurement m;
        m.patientId = v.patientId;
        m.takenAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC);
        m.value = 60;
        m.unit = QStringLiteral("kg");
        {
            const auto r = m_store->create(m);
            check(r.ok(), r.error());
        }
        // P2: CAR-T day 0 2024-01-15, CR at +30, then a transplant (engrafted) and MRD−.
        patient("P2", "Samplev", "Bakhtiyor", "UZ", "C83.3");
        cart("P2", QDate(2024, 1, 10), QDate(2024, 1, 15), QDate(2024, 2, 15));
        assess("P2", QDate(2024, 2, 14), Response::CR);
        hsct("P2", QDate(2024, 5, 25), QDate(2024, 6, 1), QDate(2024, 6, 15), QDate(2024, 6, 20), QDate(2024, 7, 1));
        assess("P2", QDate(2024, 7, 1), Response::MrdNegative);
        // P3: transplant only (aplastic anaemia), neutrophils +12, platelets +20.
        patient("P3", "Fictional", "Imran", "PK", "D61.9");
        hsct("P3", QDate(2023, 5, 1), QDate(2023, 5, 10), QDate(2023, 5, 22), QDate(2023, 5, 30), QDate(2023, 6, 10));
        // P4: chemotherapy only: in no cohort.
        patient("P4", "Nobody", "Dana", "KZ", "C50.9");
        add(course("P4", TreatmentType::Chemotherapy, QDate(2024, 1, 1), QDate(2024, 3, 1)));
        // P5: a planned CAR-T without an infusion date: in no cohort.
        patient("P5", "Planned", "Erlan", "KZ", "C91.0");
        TreatmentCourse planned = course("P5", TreatmentType::CarT, QDate(), QDate());
        planned.status = CourseStatus::Planned;
        add(planned);
        // P6: AML transplant, neutrophils +18; a relapse before day 0 does not count, PD at +90 does.
        patient("P6", "Example", "Gulnara", "KZ", "C92.0");
        assess("P6", QDate(2023, 12, 1), Response::Relapse);
        hsct("P6", QDate(2024, 1, 25), QDate(2024, 2, 1), QDate(2024, 2, 19), QDate(), QDate(2024, 3, 1));
        assess("P6", QDate(2024, 5, 1), Response::PD);
    }

    void cartAnchor()
    {
        CohortQuery q(m_db);
        const auto lanes = q.lanes({});
        QVERIFY2(q.errorString().isEmpty(), qPrintable(q.errorString()));
        QCOMPARE(ids(lanes), keys({ "P2", "P1" })); // by anchor date
        const CohortLane p1 = lane(lanes, "P1");
        QCOMPARE(p1.anchorDate, QDate(2024, 3, 10)); // the first of two CAR-Ts
        QCOMPARE(p1.recordNumber, QStringLiteral("COH-P1"));
        QCOMPARE(p1.nameLatin, QStringLiteral("TESTOVA Aliya"));
        QCOMPARE(p1.nameNative, QStringLiteral("Testovaova Aliya"));
        QVERIFY(p1.displayName.contains(QStringLiteral("TESTOVA Aliya")));
        QCOMPARE(p1.nationality, QStringLiteral("KZ"));
        QCOMPARE(p1.diagnosisCode, QStringLiteral("C91.0"));
        QCOMPARE(p1.courses.size(), 3);
        QCOMPARE(p1.courses.at(0).type, TreatmentType::Chemotherapy);
        QCOMPARE(p1.courses.at(0).startDay, -100);
        QCOMPARE(p1.courses.at(0).endDay, std::optional<int>(-38));
        QCOMPARE(p1.courses.at(1).startDay, -5);
        QVERIFY(p1.courses.at(1).isAnchor);
        QCOMPARE(p1.courses.at(2).startDay, 168);
        QVERIFY(!p1.courses.at(2).isAnchor);
        QCOMPARE(p1.assessments.size(), 2);
        QCOMPARE(p1.assessments.at(0).day, 28);
        QCOMPARE(p1.assessments.at(0).result, Response::CR);
        QCOMPARE(p1.relapseDay, std::optional<int>(151));
        QCOMPARE(p1.outcome, CohortOutcome::Relapse);
        QCOMPARE(p1.lastContactDay, std::optional<int>(205)); // the visit on 2024-10-01
        QVERIFY(!p1.neutrophilDay);

        const CohortLane p2 = lane(lanes, "P2");
        QCOMPARE(p2.outcome, CohortOutcome::Remission);
        QVERIFY(!p2.relapseDay);
        QVERIFY(!p2.lastContactDay);
        QCOMPARE(p2.assessments.last().day, 168);
    }

    void transplantAnchor()
    {
        CohortQuery q(m_db);
        CohortFilter f;
        f.anchor = CohortAnchor::TransplantInfusion;
        const auto lanes = q.lanes(f);
        QCOMPARE(ids(lanes), keys({ "P3", "P6", "P2" }));
        const CohortLane p3 = lane(lanes, "P3");
        QCOMPARE(p3.neutrophilDay, std::optional<int>(12));
        QCOMPARE(p3.plateletDay, std::optional<int>(20));
        QCOMPARE(p3.courses.first().startDay, -9);
        QCOMPARE(p3.courses.first().endDay, std::optional<int>(31));
        const CohortLane p6 = lane(lanes, "P6");
        QCOMPARE(p6.relapseDay, std::optional<int>(90)); // the relapse at −62 is before day 0
        QCOMPARE(p6.assessments.first().day, -62);
        QVERIFY(!p6.plateletDay);
        const CohortLane p2 = lane(lanes, "P2");
        QCOMPARE(p2.courses.first().startDay, -143); // the earlier CAR-T, relative to the transplant
        QCOMPARE(p2.neutrophilDay, std::optional<int>(14));
    }

    void filters_data()
    {
        QTest::addColumn<CohortFilter>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        auto make = [](CohortAnchor a) {
            CohortFilter f;
            f.anchor = a;
            return f;
        };
        const auto T = CohortAnchor::TransplantInfusion;
        CohortFilter f = make(T);
        f.country = QStringLiteral("KZ");
        QTest::newRow("country") << f << keys({ "P6" });
        f = make(T);
        f.diagnosisPrefix = QStringLiteral("c9");
        QTest::newRow("icd10 prefix") << f << keys({ "P6" });
        f = make(T);
        f.diagnosisGroup = DiagnosisGroup::BenignHaematology;
        QTest::newRow("group benign") << f << keys({ "P3" });
        f = make(T);
        f.diagnosisGroup = DiagnosisGroup::HaematologicalMalignancy;
        QTest::newRow("group haem") << f << keys({ "P6", "P2" });
        f = make(T);
        f.therapy = TreatmentType::CarT;
        QTest::newRow("therapy") << f << keys({ "P2" });
        f = make(CohortAnchor::CarTInfusion);
        f.therapy = TreatmentType::Chemotherapy;
        QTest::newRow("therapy chemo") << f << keys({ "P1" });
        f = make(T);
        f.anchorFrom = QDate(2024, 1, 1);
        f.anchorTo = QDate(2024, 5, 31);
        QTest::newRow("anchor range") << f << keys({ "P6" });
        f = make(CohortAnchor::CarTInfusion);
        f.anchorFrom = QDate(2024, 9, 1); // P1's second CAR-T is not its anchor
        QTest::newRow("range uses first anchor") << f << QList<qint64>{};
        f = make(CohortAnchor::CarTInfusion);
        f.country = QStringLiteral("KZ");
        f.diagnosisPrefix = QStringLiteral("C91");
        QTest::newRow("combined") << f << keys({ "P1" });
    }
    void filters()
    {
        QFETCH(CohortFilter, filter);
        QFETCH(QList<qint64>, expected);
        CohortQuery q(m_db);
        QCOMPARE(ids(q.lanes(filter)), expected);
        QVERIFY(q.errorString().isEmpty());
    }

    void sorts_data()
    {
        QTest::addColumn<CohortSort>("sort");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("anchor date") << CohortSort::AnchorDate << keys({ "P3", "P6", "P2" });
        QTest::newRow("relapse first") << CohortSort::RelapseFirst << keys({ "P6", "P3", "P2" });
        QTest::newRow("remission first") << CohortSort::RemissionFirst << keys({ "P2", "P3", "P6" });
        QTest::newRow("engraftment") << CohortSort::DaysToEngraftment << keys({ "P3", "P2", "P6" });
        QTest::newRow("relapse days") << CohortSort::DaysToRelapse << keys({ "P6", "P3", "P2" });
    }
    void sorts()
    {
        QFETCH(CohortSort, sort);
        QFETCH(QList<qint64>, expected);
        CohortFilter f;
        f.anchor = CohortAnchor::TransplantInfusion;
        f.sort = sort;
        QCOMPARE(ids(CohortQuery(m_db).lanes(f)), expected);
    }
};

CARAVAN_TEST_MAIN_ON_BOTH_BACKENDS(TestCohortQuery)
#include "tst_cohortquery.moc"
