// Store: every field of every record survives a round trip; validation stops bad
// writes; the audit trail records who changed what; concurrent edits are refused;
// the notifier speaks only after commit. Every test runs twice: on an SQLite file
// and on a real PostgreSQL server started for the run (support/pgtestserver.h).
#include "domain/fieldcodec.h"
#include "storage/store.h"
#include "support/backends.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestStore : public QObject
{
    Q_OBJECT
public:
    // server: nullptr for SQLite; else each test gets a new database on it.
    explicit TestStore(testing::PgTestServer *server) : m_server(server) { }

private:
    testing::PgTestServer *m_server;
    QTemporaryDir m_dir;
    // Who the trail names: the store's user on SQLite; on a server, the login (the
    // server writes the trail, and nobody can sign it with another name).
    QString author() const { return m_server ? QStringLiteral("postgres") : QStringLiteral("tester"); }
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Store> m_store;

    Patient makePatient(const QString &number)
    {
        Patient p;
        p.recordNumber = number;
        p.familyNameNative = QStringLiteral("Жақсылықова");
        p.givenNameNative = QStringLiteral("Айгерім");
        p.familyNameLatin = QStringLiteral("ZHAKSYLYKOVA");
        p.givenNameLatin = QStringLiteral("Aigerim");
        p.sex = Sex::Female;
        p.birthDate = QDate(1996, 3, 4);
        p.nationality = QStringLiteral("KZ");
        return p;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        const Status s = testing::openTestDatabase(*m_db, m_server, m_dir, QLatin1String(QTest::currentTestFunction()));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(m_db->dialect(), m_server ? Database::Dialect::PostgreSQL : Database::Dialect::SQLite);
        m_notifier = std::make_unique<ChangeNotifier>();
        m_store = std::make_unique<Store>(*m_db, m_notifier.get());
        m_store->setUserName(QStringLiteral("tester"));
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void patientRoundTripsEveryField()
    {
        Patient p = makePatient(QStringLiteral("KZ-001"));
        p.residenceCountry = QStringLiteral("KZ");
        p.passportNumber = QStringLiteral("N12345678");
        p.passportCountry = QStringLiteral("KZ");
        p.passportExpiry = QDate(2030, 1, 1);
        p.visaType = QStringLiteral("S2 medical");
        p.visaNumber = QStringLiteral("V-99");
        p.visaExpiry = QDate(2026, 12, 10);
        p.preferredLanguage = QStringLiteral("kk");
        p.interpreterNeeded = true;
        p.phone = QStringLiteral("+7 701 555 0101");
        p.email = QStringLiteral("family@example.kz");
        p.messenger = QStringLiteral("WhatsApp");
        Companion mother;
        mother.name = QStringLiteral("Гүлнар");
        mother.nameLatin = QStringLiteral("Gulnar");
        mother.relation = QStringLiteral("mother");
        mother.accompanying = true;
        mother.nextOfKin = true;
        mother.passportExpiry = QDate(2029, 5, 1);
        p.companions = { mother };
        p.sponsorType = SponsorType::Government;
        p.sponsorReference = QStringLiteral("MOH-2025-17");
        p.referringDoctor = QStringLiteral("Dr. Test");
        p.coordinator = QStringLiteral("Li Na");
        p.caseStatus = CaseStatus::InTreatment;
        p.arrivalDate = QDate(2025, 5, 1);
        p.notes = QStringLiteral("Halal meals.");
        const auto id = m_store->create(p);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QCOMPARE(p.version, 1);
        const auto back = m_store->get<Patient>(*id);
        QVERIFY(back.ok());
        QCOMPARE(codec::recordToJson(*back), codec::recordToJson(p));
        QCOMPARE(back->companions, p.companions);
        QCOMPARE(back->createdAt, p.createdAt);
    }

    void courseRoundTripsTypeDetails()
    {
        Patient p = makePatient(QStringLiteral("KZ-002"));
        QVERIFY(m_store->create(p).ok());
        Diagnosis d;
        d.patientId = p.id;
        d.icd10Code = QStringLiteral("C91.0");
        d.diagnosedOn = QDate(2024, 2, 1);
        QVERIFY(m_store->create(d).ok());
        TreatmentCourse c;
        c.patientId = p.id;
        c.diagnosisId = d.id;
        c.type = TreatmentType::StemCellTransplant;
        c.status = CourseStatus::Completed;
        c.startDate = QDate(2025, 1, 1);
        c.endDate = QDate(2025, 3, 1);
        c.hsct.kind = TransplantKind::Allogeneic;
        c.hsct.donorRelation = DonorRelation::Unrelated;
        c.hsct.hlaMatch = QStringLiteral("10/10");
        c.hsct.infusionDate = QDate(2025, 1, 10);
        c.hsct.neutrophilEngraftment = QDate(2025, 1, 28);
        c.hsct.acuteGvhdGrade = 2;
        c.hsct.chronicGvhd = ChronicGvhd::None;
        c.chemo.drugs = { DrugDose{ QStringLiteral("Fludarabine"), DoseBasis::PerSquareMetre, 30, 36.0 } };
        c.chemo.bsaUsed = 1.2;
        QVERIFY(m_store->create(c).ok());
        const auto back = m_store->get<TreatmentCourse>(c.id);
        QVERIFY(back.ok());
        QCOMPARE(codec::recordToJson(*back), codec::recordToJson(c));
        QCOMPARE(back->dayZero(), QDate(2025, 1, 10));
        QCOMPARE(back->hsct.acuteGvhdGrade, std::optional<int>(2));
        QCOMPARE(back->chemo.drugs.first().doseGivenMg, std::optional<double>(36.0));

        // the diagnosis is still referred to by the course: deleting it is refused clearly
        const Status refused = m_store->remove<Diagnosis>(d.id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("referred to")));
        QVERIFY(m_store->get<Diagnosis>(d.id).ok());
    }

    void invalidRecordIsNotWritten()
    {
        Patient p = makePatient(QStringLiteral("KZ-003"));
        p.birthDate = QDate::currentDate().addDays(3);
        const auto r = m_store->create(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().issues.size(), 1);
        QCOMPARE(r.error().issues.first().field, QStringLiteral("birth_date"));
        QCOMPARE(m_store->patientCount(), 0);
        QCOMPARE(p.id, 0);

        Measurement orphan;
        orphan.patientId = 4242;
        orphan.takenAt = QDateTime::currentDateTimeUtc();
        orphan.value = 50;
        const auto o = m_store->create(orphan);
        QVERIFY(!o.ok());
        QVERIFY(o.error().message.contains(QStringLiteral("4242")));
    }

    void eventBeforeBirthIsRefused()
    {
        Patient p = makePatient(QStringLiteral("KZ-004"));
        QVERIFY(m_store->create(p).ok());
        Diagnosis d;
        d.patientId = p.id;
        d.icd10Code = QStringLiteral("C41.4");
        d.diagnosedOn = QDate(1990, 1, 1);
        const auto r = m_store->create(d);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().issues.first().field, QStringLiteral("diagnosed_on"));
    }

    void duplicateRecordNumberIsRefused()
    {
        Patient a = makePatient(QStringLiteral("DUP-1"));
        QVERIFY(m_store->create(a).ok());
        Patient b = makePatient(QStringLiteral("DUP-1"));
        const auto r = m_store->create(b);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("DUP-1")));
    }

    void auditTrailRecordsBeforeAndAfter()
    {
        Patient p = makePatient(QStringLiteral("AUD-1"));
        QVERIFY(m_store->create(p).ok());
        p.caseStatus = CaseStatus::AwaitingVisa;
        p.visaType = QStringLiteral("medical");
        QVERIFY(m_store->update(p).ok());
        QCOMPARE(p.version, 2);
        Measurement w;
        w.patientId = p.id;
        w.kind = MeasurementKind::Weight;
        w.value = 61.5;
        w.unit = QStringLiteral("kg");
        w.takenAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(m_store->create(w).ok());
        QVERIFY(m_store->remove<Measurement>(w.id).ok());

        const QList<AuditEntry> h = m_store->history(p.id);
        QCOMPARE(h.size(), 4); // newest first
        QCOMPARE(h[0].action, QStringLiteral("delete"));
        QCOMPARE(h[0].entity, QStringLiteral("measurement"));
        QCOMPARE(h[0].changes.value(QStringLiteral("value")).toArray(), (QJsonArray{ 61.5, QJsonValue() }));
        QCOMPARE(h[1].action, QStringLiteral("create"));
        QCOMPARE(h[2].action, QStringLiteral("update"));
        QCOMPARE(h[2].userName, author());
        QVERIFY2(h[2].changes.size() == 2, QJsonDocument(h[2].changes).toJson().constData());
        QCOMPARE(h[2].changes.keys(), (QStringList{ QStringLiteral("case_status"), QStringLiteral("visa_type") }));
        QCOMPARE(h[2].changes.value(QStringLiteral("case_status")).toArray(),
                 (QJsonArray{ QStringLiteral("enquiry"), QStringLiteral("awaiting_visa") }));
        QCOMPARE(h[3].action, QStringLiteral("create"));
        QCOMPARE(h[3].entity, QStringLiteral("patient"));
        QVERIFY(h[3].changes.contains(QStringLiteral("family_name_native")));
        QVERIFY(h[3].at.isValid());

        // saving without a change writes no audit row
        QVERIFY(m_store->update(p).ok());
        QCOMPARE(m_store->history(p.id).size(), 4);
    }

    // A document that left the program is in the trail with who, what, languages and where;
    // the record itself is untouched and the notifier tells the case record to reload.
    void disclosureIsAudited()
    {
        Patient p = makePatient(QStringLiteral("AUD-2"));
        QVERIFY(m_store->create(p).ok());
        QSignalSpy changed(m_notifier.get(), &ChangeNotifier::patientChanged);
        QVERIFY(m_store->recordDisclosure(p.id, QStringLiteral("invitation"),
                                          { QStringLiteral("en"), QStringLiteral("ur") },
                                          QStringLiteral("/letters/AUD-2.pdf"))
                        .ok());
        QCOMPARE(changed.size(), 1);
        const QList<AuditEntry> h = m_store->history(p.id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].action, QStringLiteral("export"));
        QCOMPARE(h[0].entity, QStringLiteral("document"));
        QCOMPARE(h[0].userName, author());
        QCOMPARE(h[0].changes.value(QStringLiteral("document")).toArray().at(1).toString(),
                 QStringLiteral("invitation"));
        QCOMPARE(h[0].changes.value(QStringLiteral("languages")).toArray().at(1).toString(), QStringLiteral("en, ur"));
        QCOMPARE(h[0].changes.value(QStringLiteral("destination")).toArray().at(1).toString(),
                 QStringLiteral("/letters/AUD-2.pdf"));
        QCOMPARE(m_store->get<Patient>(p.id)->version, p.version);
        // An unknown patient is refused and nothing is written.
        QVERIFY(!m_store->recordDisclosure(p.id + 100, QStringLiteral("summary"), { QStringLiteral("en") }, QString())
                         .ok());
        QCOMPARE(m_store->history(p.id).size(), 2);
    }

    void staleVersionIsRefused()
    {
        Patient p = makePatient(QStringLiteral("LOCK-1"));
        QVERIFY(m_store->create(p).ok());
        Patient mine = *m_store->get<Patient>(p.id);
        Patient theirs = *m_store->get<Patient>(p.id);
        theirs.coordinator = QStringLiteral("Chen Yu");
        QVERIFY(m_store->update(theirs).ok());
        mine.coordinator = QStringLiteral("Li Na");
        const Status s = m_store->update(mine);
        QVERIFY(!s.ok());
        // The message says who changed it (the audit trail's author of the last change).
        QVERIFY2(s.error().message.contains(author()), qPrintable(s.error().message));
        QCOMPARE(m_store->get<Patient>(p.id)->coordinator, QStringLiteral("Chen Yu"));
    }

    // A save that changes nothing writes nothing: the version stays, no audit row, no
    // notice, so every version step has its audit row (found by the load program).
    void unchangedSaveWritesNothing()
    {
        Patient p = makePatient(QStringLiteral("SAME-1"));
        QVERIFY(m_store->create(p).ok());
        Patient again = *m_store->get<Patient>(p.id);
        const int version = again.version;
        const auto trail = m_store->history(p.id).size();
        QSignalSpy changed(m_notifier.get(), &ChangeNotifier::patientChanged);
        QVERIFY(m_store->update(again).ok());
        QCOMPARE(again.version, version);
        QCOMPARE(m_store->get<Patient>(p.id)->version, version);
        QCOMPARE(m_store->history(p.id).size(), trail);
        QCOMPARE(changed.size(), 0);
        // The copy the caller holds is still current: its next real change saves.
        again.coordinator = QStringLiteral("Li Na");
        QVERIFY(m_store->update(again).ok());
        QCOMPARE(again.version, version + 1);
    }

    void removingPatientRemovesItsRecordsWithAudit()
    {
        Patient p = makePatient(QStringLiteral("DEL-1"));
        QVERIFY(m_store->create(p).ok());
        Diagnosis d;
        d.patientId = p.id;
        d.icd10Code = QStringLiteral("C56");
        d.diagnosedOn = QDate(2024, 1, 1);
        QVERIFY(m_store->create(d).ok());
        Visit v;
        v.patientId = p.id;
        v.startsAt = QDateTime(QDate(2025, 1, 1), QTime(3, 0), Qt::UTC);
        QVERIFY(m_store->create(v).ok());
        QVERIFY(m_store->remove<Patient>(p.id).ok());
        QCOMPARE(m_store->patientCount(), 0);
        QVERIFY(!m_store->get<Diagnosis>(d.id).ok());
        QVERIFY(m_store->search().find(QStringLiteral("Aigerim")).isEmpty());
        const auto h = m_store->history(p.id);
        QCOMPARE(h.size(), 6); // 3 creates, 3 deletes
        QCOMPARE(h[0].entity, QStringLiteral("patient"));
        QCOMPARE(h[0].action, QStringLiteral("delete"));
    }

    void notifierSpeaksAfterCommit()
    {
        QSignalSpy added(m_notifier.get(), &ChangeNotifier::patientAdded);
        QSignalSpy changed(m_notifier.get(), &ChangeNotifier::patientChanged);
        Patient p = makePatient(QStringLiteral("N-1"));
        QVERIFY(m_store->create(p).ok());
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toLongLong(), p.id);
        {
            Transaction tx(*m_db);
            Measurement m;
            m.patientId = p.id;
            m.kind = MeasurementKind::Anc;
            m.value = 0.4;
            m.takenAt = QDateTime(QDate(2025, 1, 1), QTime(3, 0), Qt::UTC);
            QVERIFY(m_store->create(m).ok());
            QCOMPARE(changed.size(), 0); // not yet committed
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<ChangeNotifier::Parts>(),
                 ChangeNotifier::Parts(ChangeNotifier::Measurements));
        {
            Transaction tx(*m_db);
            Measurement m;
            m.patientId = p.id;
            m.kind = MeasurementKind::Anc;
            m.value = 0.6;
            m.takenAt = QDateTime(QDate(2025, 1, 2), QTime(3, 0), Qt::UTC);
            QVERIFY(m_store->create(m).ok());
            // rolled back: nothing announced, nothing stored
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->partsOf<Measurement>(p.id).size(), 1);
    }
};

CARAVAN_TEST_MAIN_ON_BOTH_BACKENDS(TestStore)
#include "tst_store.moc"
