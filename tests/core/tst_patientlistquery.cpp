// The patient list's queries on a small hand-made centre (eight fictional
// patients written through Store::create, dates relative to today): every filter
// alone and combined, the sort order of every column in both directions with the
// id as tie-break and empty values last, the next due date and what it is, the
// latest diagnosis and course, search hits intersected with the filters, and
// visits counted by their local day (the test runs at UTC+8).
#include "storage/patientlistquery.h"
#include "support/backends.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <ctime>

using namespace caravan;

using Ids = QList<qint64>;
Q_DECLARE_METATYPE(PatientListFilter)
Q_DECLARE_METATYPE(PatientListSortKey)

class TestPatientListQuery : public QObject
{
    Q_OBJECT
public:
    explicit TestPatientListQuery(testing::PgTestServer *server) : m_server(server) { }

private:
    testing::PgTestServer *m_server;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PatientListQuery> m_query;
    const QDate m_today = QDate::currentDate();
    QHash<QString, qint64> m_id; // "P1" -> id

    qint64 patient(const char *key, const QString &familyNative, const QString &givenNative, const QString &familyLatin,
                   const QString &givenLatin, const char *nationality, CaseStatus status, const QString &coordinator,
                   QDate birth)
    {
        Patient p;
        p.recordNumber = QStringLiteral("TST-%1").arg(QLatin1String(key).mid(1).toInt(), 3, 10, QLatin1Char('0'));
        p.familyNameNative = familyNative;
        p.givenNameNative = givenNative;
        p.familyNameLatin = familyLatin;
        p.givenNameLatin = givenLatin;
        p.nationality = QLatin1String(nationality);
        p.caseStatus = status;
        p.coordinator = coordinator;
        p.birthDate = birth;
        p.sex = Sex::Female;
        const auto r = m_store->create(p);
        if (!r)
            qFatal("%s", qPrintable(r.error().fullText()));
        m_id.insert(QLatin1String(key), *r);
        return *r;
    }
    void setDocuments(const char *key, int passportInDays, std::optional<int> visaInDays = {})
    {
        const auto stored = m_store->get<Patient>(m_id.value(QLatin1String(key)));
        QVERIFY(stored.ok());
        Patient p = *stored;
        p.passportNumber = QStringLiteral("N%1").arg(p.id, 7, 10, QLatin1Char('0'));
        p.passportExpiry = m_today.addDays(passportInDays);
        if (visaInDays)
            p.visaExpiry = m_today.addDays(*visaInDays);
        const Status s = m_store->update(p);
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
    }
    void diagnosis(const char *key, const char *code, const char *text, std::optional<int> daysAgo)
    {
        Diagnosis d;
        d.patientId = m_id.value(QLatin1String(key));
        d.icd10Code = QLatin1String(code);
        d.icd10Text = QLatin1String(text);
        if (daysAgo)
            d.diagnosedOn = m_today.addDays(-*daysAgo);
        const auto r = m_store->create(d);
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
    }
    void course(const char *key, TreatmentType type, CourseStatus status, int startInDays)
    {
        TreatmentCourse c;
        c.patientId = m_id.value(QLatin1String(key));
        c.type = type;
        c.status = status;
        c.startDate = m_today.addDays(startInDays);
        if (status == CourseStatus::Completed)
            c.endDate = c.startDate.addDays(5);
        const auto r = m_store->create(c);
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
    }
    void visit(const char *key, int inDays)
    {
        Visit v;
        v.patientId = m_id.value(QLatin1String(key));
        v.type = VisitType::Outpatient;
        v.startsAt = QDateTime(m_today.addDays(inDays), QTime(12, 0), Qt::UTC);
        v.durationMinutes = 30;
        const auto r = m_store->create(v);
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
    }
    Ids ids(const QStringList &keys) const
    {
        Ids out;
        for (const QString &k : keys)
            out << m_id.value(k);
        return out;
    }
    QStringList keys(const Ids &ids) const
    {
        QStringList out;
        for (qint64 id : ids)
            out << m_id.key(id);
        return out;
    }
    PatientListRow row(const char *key) const
    {
        const auto rows = m_query->rows({ m_id.value(QLatin1String(key)) }, m_today);
        return rows.isEmpty() ? PatientListRow{} : rows.first();
    }

private slots:
    void initTestCase()
    {
        const Status opened = testing::openTestDatabase(m_db, m_server, m_dir, QStringLiteral("list"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::make_unique<Store>(m_db);
        m_query = std::make_unique<PatientListQuery>(m_db);
        const QString aliya = QStringLiteral("Aliya Demo"), bilal = QStringLiteral("Bilal Demo");

        patient("P1", "Жақсыбекова", "Айгүл", "ZHAKSYBEKOVA", "Aigul", "KZ", CaseStatus::InTreatment, aliya,
                { 1990, 5, 1 });
        diagnosis("P1", "C91.0", "Acute lymphoblastic leukaemia", 400);
        diagnosis("P1", "C92.0", "Acute myeloid leukaemia", 30);
        course("P1", TreatmentType::Chemotherapy, CourseStatus::Completed, -300);
        course("P1", TreatmentType::CarT, CourseStatus::Planned, 20);
        visit("P1", 10);
        setDocuments("P1", 1000, 5);

        patient("P2", "خان", "صائمہ", "KHAN", "Saima", "PK", CaseStatus::RemoteFollowUp, bilal, { 1975, 1, 1 });
        diagnosis("P2", "C50.9", "Breast cancer", 200);
        course("P2", TreatmentType::Surgery, CourseStatus::Completed, -150);
        course("P2", TreatmentType::Radiotherapy, CourseStatus::Planned, 40);
        visit("P2", -5);
        setDocuments("P2", -10);

        patient("P3", "Иванова", "Ольга", "IVANOVA", "Olga", "RU", CaseStatus::InTreatment, aliya, { 2010, 3, 3 });
        diagnosis("P3", "Q21.0", "Ventricular septal defect", std::nullopt); // undated: counts as the oldest
        diagnosis("P3", "D61.9", "Aplastic anaemia", 50);
        course("P3", TreatmentType::StemCellTransplant, CourseStatus::Ongoing, -10);
        visit("P3", 3);
        setDocuments("P3", 3); // same day as the visit: the visit is named

        patient("P4", "Сейітқали", "Нұрлан", "SEIITKALI", "Nurlan", "KZ", CaseStatus::Enquiry, QString(), {});
        setDocuments("P4", 60);

        patient("P5", "王", "芳", "WANG", "Fang", "CN", CaseStatus::Closed, bilal, { 1960, 7, 7 });
        diagnosis("P5", "M48.0", "Spinal stenosis", 500);
        course("P5", TreatmentType::Surgery, CourseStatus::Completed, -480);

        patient("P6", "Юлдашев", "Бобур", "YULDASHEV", "Bobur", "UZ", CaseStatus::InTreatment, aliya, { 2001, 1, 1 });
        diagnosis("P6", "I25.1", "Coronary artery disease", 60);
        course("P6", TreatmentType::Chemotherapy, CourseStatus::Ongoing, -20);
        visit("P6", -3);
        visit("P6", 0); // today counts as upcoming

        patient("P7", "Асанов", "Бакыт", "ASANOV", "Bakyt", "KG", CaseStatus::Discharged, QStringLiteral("Chen Demo"),
                { 1985, 2, 2 });
        diagnosis("P7", "E10.9", "Diabetes mellitus type 1", 900);
        diagnosis("P7", "D46.9", "Myelodysplastic syndrome", 10);
        course("P7", TreatmentType::Chemotherapy, CourseStatus::Completed, -100);
        course("P7", TreatmentType::Immunotherapy, CourseStatus::Planned, -2); // planned, but the day has passed
        visit("P7", -20);
        setDocuments("P7", -30, -1); // passport and visa both expired

        patient("P8", "Смирнова", "Айгуль", "SMIRNOVA", "Aigul", "RU", CaseStatus::AwaitingVisa, QString(),
                { 1990, 5, 1 });
        setDocuments("P8", 5);
    }

    void defaultOrderIsPassportName()
    {
        const QStringList expected{ "P7", "P3", "P2", "P4", "P8", "P5", "P6", "P1" };
        QCOMPARE(keys(m_query->allIds()), expected);
        QCOMPARE(keys(m_query->ids({}, {}, m_today)), expected);
        QVERIFY(m_query->errorString().isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<PatientListFilter>("filter");
        QTest::addColumn<QStringList>("expected"); // in passport-name order
        auto f = [](auto set) {
            PatientListFilter filter;
            set(filter);
            return filter;
        };
        QTest::newRow("none") << PatientListFilter{} << QStringList{ "P7", "P3", "P2", "P4", "P8", "P5", "P6", "P1" };
        QTest::newRow("country KZ") << f([](auto &x) { x.nationality = QStringLiteral("KZ"); })
                                    << QStringList{ "P4", "P1" };
        QTest::newRow("country without patients")
                << f([](auto &x) { x.nationality = QStringLiteral("FR"); }) << QStringList{};
        QTest::newRow("status in treatment")
                << f([](auto &x) { x.status = CaseStatus::InTreatment; }) << QStringList{ "P3", "P6", "P1" };
        QTest::newRow("haematological malignancy (C9x, D46 latest)")
                << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::HaematologicalMalignancy; })
                << QStringList{ "P7", "P1" };
        QTest::newRow("solid tumour") << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::SolidTumour; })
                                      << QStringList{ "P2" };
        QTest::newRow("non-malignant blood (latest beats undated Q21)")
                << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::BenignHaematology; }) << QStringList{ "P3" };
        QTest::newRow("cardiovascular") << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::Cardiovascular; })
                                        << QStringList{ "P6" };
        QTest::newRow("musculoskeletal") << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::Musculoskeletal; })
                                         << QStringList{ "P5" };
        QTest::newRow("congenital: only an older diagnosis")
                << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::Congenital; }) << QStringList{};
        QTest::newRow("other includes no diagnosis")
                << f([](auto &x) { x.diagnosisGroup = DiagnosisGroup::Other; }) << QStringList{ "P4", "P8" };
        QTest::newRow("treatment CAR-T (planned counts)")
                << f([](auto &x) { x.treatment = TreatmentType::CarT; }) << QStringList{ "P1" };
        QTest::newRow("treatment surgery")
                << f([](auto &x) { x.treatment = TreatmentType::Surgery; }) << QStringList{ "P2", "P5" };
        QTest::newRow("treatment chemotherapy, any course")
                << f([](auto &x) { x.treatment = TreatmentType::Chemotherapy; }) << QStringList{ "P7", "P6", "P1" };
        QTest::newRow("coordinator") << f([](auto &x) { x.coordinator = QStringLiteral("Aliya Demo"); })
                                     << QStringList{ "P3", "P6", "P1" };
        QTest::newRow("country and status") << f([](auto &x) {
            x.nationality = QStringLiteral("KZ");
            x.status = CaseStatus::InTreatment;
        }) << QStringList{ "P1" };
        QTest::newRow("all five") << f([](auto &x) {
            x.nationality = QStringLiteral("KZ");
            x.status = CaseStatus::InTreatment;
            x.diagnosisGroup = DiagnosisGroup::HaematologicalMalignancy;
            x.treatment = TreatmentType::Chemotherapy;
            x.coordinator = QStringLiteral("Aliya Demo");
        }) << QStringList{ "P1" };
        QTest::newRow("contradiction") << f([](auto &x) {
            x.nationality = QStringLiteral("PK");
            x.coordinator = QStringLiteral("Aliya Demo");
        }) << QStringList{};
    }
    void filters()
    {
        QFETCH(PatientListFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(m_query->ids(filter, {}, m_today)), expected);
        QVERIFY2(m_query->errorString().isEmpty(), qPrintable(m_query->errorString()));
        // The same filter over candidates keeps the candidates' order.
        Ids reversed = m_query->allIds();
        std::reverse(reversed.begin(), reversed.end());
        QStringList expectedReversed = expected;
        std::reverse(expectedReversed.begin(), expectedReversed.end());
        QCOMPARE(keys(m_query->filterIds(reversed, filter, {}, m_today)), expectedReversed);
    }

    void diagnosisGroupsAgreeWithSql()
    {
        for (const QString &key : m_id.keys()) {
            const PatientListRow r = row(qPrintable(key));
            PatientListFilter f;
            f.diagnosisGroup = PatientListQuery::diagnosisGroupOf(r.diagnosisCode);
            QVERIFY2(m_query->ids(f, {}, m_today).contains(r.id), qPrintable(key));
        }
    }

    void diagnosisGroupOf_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("group");
        const auto row = [](const char *code, DiagnosisGroup g) {
            QTest::newRow(*code ? code : "empty") << QString::fromLatin1(code) << int(g);
        };
        row("C00.0", DiagnosisGroup::SolidTumour);
        row("C80.9", DiagnosisGroup::SolidTumour);
        row("C81.0", DiagnosisGroup::HaematologicalMalignancy);
        row("C96.Z", DiagnosisGroup::HaematologicalMalignancy);
        row("C97", DiagnosisGroup::SolidTumour);
        row("D44.9", DiagnosisGroup::Other);
        row("D45", DiagnosisGroup::HaematologicalMalignancy);
        row("D47.9", DiagnosisGroup::HaematologicalMalignancy);
        row("D48.0", DiagnosisGroup::Other);
        row("D50.0", DiagnosisGroup::BenignHaematology);
        row("D89.9", DiagnosisGroup::BenignHaematology);
        row("D90", DiagnosisGroup::Other);
        row("I10", DiagnosisGroup::Cardiovascular);
        row("M51.1", DiagnosisGroup::Musculoskeletal);
        row("Q21.0", DiagnosisGroup::Congenital);
        row("E10.9", DiagnosisGroup::Other);
        row("", DiagnosisGroup::Other);
    }
    void diagnosisGroupOf()
    {
        QFETCH(QString, code);
        QFETCH(int, group);
        QCOMPARE(int(PatientListQuery::diagnosisGroupOf(code)), group);
    }

    void sortOrder_data()
    {
        QTest::addColumn<PatientListSortKey>("key");
        QTest::addColumn<QStringList>("ascending");
        QTest::addColumn<QStringList>("descending");
        using K = PatientListSortKey;
        QTest::newRow("record number") << K::RecordNumber
                                       << QStringList{ "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8" }
                                       << QStringList{ "P8", "P7", "P6", "P5", "P4", "P3", "P2", "P1" };
        QTest::newRow("passport name") << K::NameLatin << QStringList{ "P7", "P3", "P2", "P4", "P8", "P5", "P6", "P1" }
                                       << QStringList{ "P1", "P6", "P5", "P8", "P4", "P2", "P3", "P7" };
        // Youngest first; same birth date (P1, P8) by id; no birth date (P4) last both ways.
        QTest::newRow("age") << K::Age << QStringList{ "P3", "P6", "P1", "P8", "P7", "P2", "P5", "P4" }
                             << QStringList{ "P5", "P2", "P7", "P8", "P1", "P6", "P3", "P4" };
        QTest::newRow("nationality") << K::Nationality << QStringList{ "P5", "P7", "P1", "P4", "P2", "P3", "P8", "P6" }
                                     << QStringList{ "P6", "P8", "P3", "P2", "P4", "P1", "P7", "P5" };
        QTest::newRow("latest diagnosis")
                << K::Diagnosis << QStringList{ "P2", "P1", "P7", "P3", "P6", "P5", "P4", "P8" }
                << QStringList{ "P5", "P6", "P3", "P7", "P1", "P2", "P8", "P4" };
        // Vocabulary order: chemotherapy, CAR-T, transplant, surgery, radiotherapy, immunotherapy.
        QTest::newRow("current treatment")
                << K::Treatment << QStringList{ "P6", "P1", "P3", "P5", "P2", "P7", "P4", "P8" }
                << QStringList{ "P7", "P2", "P5", "P3", "P1", "P6", "P8", "P4" };
        // Workflow order: enquiry, ..., awaiting visa, ..., in treatment, discharged, remote follow-up, closed.
        QTest::newRow("case status") << K::Status << QStringList{ "P4", "P8", "P1", "P3", "P6", "P7", "P2", "P5" }
                                     << QStringList{ "P5", "P2", "P7", "P6", "P3", "P1", "P8", "P4" };
        QTest::newRow("coordinator") << K::Coordinator << QStringList{ "P1", "P3", "P6", "P2", "P5", "P7", "P4", "P8" }
                                     << QStringList{ "P7", "P5", "P2", "P6", "P3", "P1", "P8", "P4" };
        QTest::newRow("next due") << K::NextDue << QStringList{ "P6", "P3", "P1", "P8", "P2", "P4", "P5", "P7" }
                                  << QStringList{ "P4", "P2", "P8", "P1", "P3", "P6", "P7", "P5" };
    }
    void sortOrder()
    {
        QFETCH(PatientListSortKey, key);
        QFETCH(QStringList, ascending);
        QFETCH(QStringList, descending);
        QCOMPARE(keys(m_query->ids({}, { key, Qt::AscendingOrder }, m_today)), ascending);
        QCOMPARE(keys(m_query->ids({}, { key, Qt::DescendingOrder }, m_today)), descending);
        QVERIFY2(m_query->errorString().isEmpty(), qPrintable(m_query->errorString()));
        // Sorting candidates gives the same relative order, whatever order they came in.
        const Ids some = ids({ "P8", "P2", "P5", "P1" });
        QStringList expected;
        for (const QString &k : ascending)
            if (QStringList{ "P8", "P2", "P5", "P1" }.contains(k))
                expected << k;
        QCOMPARE(keys(m_query->filterIds(some, {}, { key, Qt::AscendingOrder }, m_today)), expected);
    }

    void sortsEveryColumnWithoutError()
    {
        using K = PatientListSortKey;
        for (K key : { K::None, K::RecordNumber, K::NameNative, K::NameLatin, K::Age, K::Sex, K::Nationality,
                       K::Diagnosis, K::Treatment, K::Status, K::Coordinator, K::NextDue }) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                PatientListFilter f;
                f.status = CaseStatus::InTreatment;
                const Ids sorted = m_query->ids(f, { key, order }, m_today);
                QVERIFY2(m_query->errorString().isEmpty(), qPrintable(m_query->errorString()));
                QCOMPARE(sorted.size(), 3);
            }
        }
    }

    void nextDue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("inDays"); // -1: nothing due
        QTest::addColumn<int>("kind");
        QTest::newRow("visa before visit, course and passport") << "P1" << 5 << int(DueKind::VisaExpiry);
        QTest::newRow("planned course; expired passport ignored") << "P2" << 40 << int(DueKind::PlannedCourse);
        QTest::newRow("visit on the passport's day") << "P3" << 3 << int(DueKind::Visit);
        QTest::newRow("passport only") << "P4" << 60 << int(DueKind::PassportExpiry);
        QTest::newRow("nothing recorded") << "P5" << -1 << int(DueKind::None);
        QTest::newRow("visit today") << "P6" << 0 << int(DueKind::Visit);
        QTest::newRow("everything past") << "P7" << -1 << int(DueKind::None);
    }
    void nextDue()
    {
        QFETCH(QString, key);
        QFETCH(int, inDays);
        QFETCH(int, kind);
        const PatientListRow r = row(qPrintable(key));
        QCOMPARE(r.nextDue, inDays < 0 ? QDate() : m_today.addDays(inDays));
        QCOMPARE(int(r.nextDueKind), kind);
        // Tomorrow, today's items are past.
        if (key == QLatin1String("P6")) {
            const auto later = m_query->rows({ r.id }, m_today.addDays(1));
            QCOMPARE(later.first().nextDue, QDate());
        }
    }

    void rowColumns()
    {
        const PatientListRow r = row("P1");
        QCOMPARE(r.recordNumber, QStringLiteral("TST-001"));
        QCOMPARE(r.nameNative, QStringLiteral("Жақсыбекова Айгүл"));
        QCOMPARE(r.nameLatin, QStringLiteral("ZHAKSYBEKOVA Aigul"));
        QCOMPARE(r.diagnosis, QStringLiteral("C92.0 Acute myeloid leukaemia"));
        QCOMPARE(r.diagnosisCode, QStringLiteral("C92.0"));
        QCOMPARE(r.treatment, codeOf(TreatmentType::CarT));
        QCOMPARE(r.status, CaseStatus::InTreatment);
        QCOMPARE(r.coordinator, QStringLiteral("Aliya Demo"));
        QCOMPARE(r.birthDate, QDate(1990, 5, 1));
        QCOMPARE(row("P3").diagnosis, QStringLiteral("D61.9 Aplastic anaemia"));
        QCOMPARE(row("P4").diagnosis, QString());
        QCOMPARE(row("P4").treatment, QString());
        // Order of the ids asked for; unknown ids skipped.
        const auto rows = m_query->rows(ids({ "P5", "P2" }) << 999999, m_today);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).recordNumber, QStringLiteral("TST-005"));
        QCOMPARE(rows.at(1).recordNumber, QStringLiteral("TST-002"));
    }

    void choices()
    {
        QCOMPARE(m_query->nationalities(), (QStringList{ "CN", "KG", "KZ", "PK", "RU", "UZ" }));
        QCOMPARE(m_query->coordinators(), (QStringList{ "Aliya Demo", "Bilal Demo", "Chen Demo" }));
    }

    void searchHitsIntersectFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("Latin") << "Aigul";
        QTest::newRow("Cyrillic") << "Айгуль";
    }
    void searchHitsIntersectFilters()
    {
        QFETCH(QString, query);
        Ids hits;
        for (const SearchHit &h : m_store->search().find(query, 500))
            hits << h.patientId;
        QCOMPARE(QSet<qint64>(hits.cbegin(), hits.cend()), QSet<qint64>({ m_id.value("P1"), m_id.value("P8") }));
        // No filter and no sort: the rank order as it came.
        QCOMPARE(m_query->filterIds(hits, {}, {}, m_today), hits);
        PatientListFilter kz;
        kz.nationality = QStringLiteral("KZ");
        QCOMPARE(keys(m_query->filterIds(hits, kz, {}, m_today)), QStringList{ "P1" });
        PatientListFilter nobody;
        nobody.coordinator = QStringLiteral("Bilal Demo");
        QCOMPARE(m_query->filterIds(hits, nobody, {}, m_today), Ids{});
        // A chosen column sorts the hits.
        QCOMPARE(keys(m_query->filterIds(hits, {}, { PatientListSortKey::RecordNumber, Qt::DescendingOrder }, m_today)),
                 (QStringList{ "P8", "P1" }));
        QCOMPARE(keys(m_query->filterIds(hits, {}, { PatientListSortKey::NextDue, Qt::AscendingOrder }, m_today)),
                 (QStringList{ "P1", "P8" }));
        QCOMPARE(m_query->filterIds({}, kz, {}, m_today), Ids{});
    }

    // Runs last: adds patients. The test runs at UTC+8 (see main), so a visit's
    // local day differs from its UTC day in the early morning.
    void visitsCountByTheirLocalDay()
    {
        QCOMPARE(QDateTime(m_today, QTime(7, 0)).offsetFromUtc(), 8 * 3600);
        const auto visitAt = [&](const char *key, int inDays, QTime localTime) {
            Visit v;
            v.patientId = m_id.value(QLatin1String(key));
            v.startsAt = QDateTime(m_today.addDays(inDays), localTime).toUTC();
            const auto r = m_store->create(v);
            QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        };
        patient("P9", "Ли", "Мэй", "LI", "Mei", "CN", CaseStatus::Travelling, QString(), {});
        visitAt("P9", 1, QTime(7, 0)); // tomorrow 07:00 here, today 23:00 UTC
        patient("P10", "Чжан", "Вэй", "ZHANG", "Wei", "CN", CaseStatus::Travelling, QString(), {});
        visitAt("P10", 0, QTime(7, 0)); // today 07:00 here, yesterday 23:00 UTC
        patient("P11", "Ван", "Лэй", "WANG", "Lei", "CN", CaseStatus::Travelling, QString(), {});
        visitAt("P11", -1, QTime(23, 30)); // yesterday evening here, yesterday 15:30 UTC
        QCOMPARE(row("P9").nextDue, m_today.addDays(1));
        QCOMPARE(int(row("P9").nextDueKind), int(DueKind::Visit));
        QCOMPARE(row("P10").nextDue, m_today);
        QCOMPARE(row("P11").nextDue, QDate());
        PatientListFilter travelling;
        travelling.status = CaseStatus::Travelling;
        QCOMPARE(keys(m_query->ids(travelling, { PatientListSortKey::NextDue, Qt::AscendingOrder }, m_today)),
                 (QStringList{ "P10", "P9", "P11" }));
    }
};

// A fixed time zone east of UTC makes the local-day rules observable.
int main(int argc, char *argv[])
{
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    return testing::runOnBothBackends<TestPatientListQuery>(argc, argv);
}
#include "tst_patientlistquery.moc"
