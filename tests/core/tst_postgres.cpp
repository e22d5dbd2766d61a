// A centre's PostgreSQL server as Caravan's store: connecting by address (and the
// messages for addresses that do not work), the schema made from empty and a newer
// one refused untouched, the command line on a server, and two desktops on one
// server seeing each other's saves and refusing to overwrite them (row versions,
// undo). Runs against a real PostgreSQL 15 started for the test.
#include "commandline/cli.h"
#include "editing/editor.h"
#include "sample/democases.h"
#include "storage/changefeed.h"
#include "storage/serveraccounts.h"
#include "storage/store.h"
#include "support/pgtestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace caravan;

class TestPostgres : public QObject
{
    Q_OBJECT
    std::unique_ptr<testing::PgTestServer> m_server;

    QString freshDatabase(const QString &name)
    {
        QString error;
        if (!m_server->createDatabase(name, &error))
            qWarning("%s", qPrintable(error));
        return m_server->url(name);
    }
    int cli(QStringList args, QString *out = nullptr, QString *err = nullptr, QString input = {})
    {
        QString o, e;
        QTextStream os(&o), es(&e), is(&input);
        args.prepend(QStringLiteral("caravan-cli"));
        const int code = Cli::run(args, os, es, &is);
        os.flush();
        es.flush();
        if (out)
            *out = o;
        if (err)
            *err = e;
        return code;
    }

    // The "roles" database: one person of each role and one patient.
    void prepareRoles()
    {
        const QString url = freshDatabase(QStringLiteral("roles"));
        Database db;
        QVERIFY(db.open(url).ok());
        ServerAccounts accounts(db);
        QVERIFY(accounts.addUser(QStringLiteral("staff1"), CentreRole::Staff).ok());
        QVERIFY(accounts.addUser(QStringLiteral("coord1"), CentreRole::Coordinator).ok());
        QVERIFY(accounts.addUser(QStringLiteral("doc1"), CentreRole::Doctor).ok());
        QVERIFY(accounts.addUser(QStringLiteral("admin1"), CentreRole::Administrator).ok());
        Store store(db);
        Patient p;
        p.recordNumber = QStringLiteral("R-1");
        p.familyNameLatin = QStringLiteral("TESTOVA");
        QVERIFY(store.create(p).ok());
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = testing::PgTestServer::start(&error);
        QVERIFY2(m_server, qPrintable(error));
        prepareRoles();
    }

    void socketFolderInTheAddress()
    {
        freshDatabase(QStringLiteral("bysocket"));
        Database db;
        const Status s = db.open(QStringLiteral("postgresql://postgres@/bysocket?host=%1&port=%2")
                                         .arg(m_server->socketFolder())
                                         .arg(m_server->port()));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
    }

    void schemaIsMadeFromEmpty()
    {
        Database db;
        const Status s = db.open(freshDatabase(QStringLiteral("fromempty")));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(db.dialect(), Database::Dialect::PostgreSQL);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        for (const char *table : { "patient", "institution", "diagnosis", "treatment_course", "assessment",
                                   "measurement", "visit", "audit_log", "search_key" })
            QVERIFY2(db.connection().tables().contains(QLatin1String(table)), table);
        QVERIFY(!db.path().contains(QLatin1String("secret")));
        // opening again migrates nothing and keeps the data
        Store store(db);
        Patient p;
        p.recordNumber = QStringLiteral("PG-1");
        p.familyNameLatin = QStringLiteral("TESTOVA");
        QVERIFY(store.create(p).ok());
        db.close();
        QVERIFY(db.open(m_server->url(QStringLiteral("fromempty"))).ok());
        QCOMPARE(Store(db).patientCount(), 1);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString url = freshDatabase(QStringLiteral("newer"));
        {
            Database db;
            QVERIFY(db.open(url).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_info (version, applied_at) VALUES (999, now())")));
        }
        Database db;
        const Status s = db.open(url);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("newer Caravan")), qPrintable(s.error().message));
        QString out;
        QVERIFY(m_server->psql(QStringLiteral("newer"), QStringLiteral("SELECT count(*) FROM schema_info"), &out));
        QVERIFY2(out.contains(QLatin1String(QByteArray::number(Database::latestSchemaVersion() + 1))), qPrintable(out));
    }

    void addressesThatDoNotWork_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("no database") << QStringLiteral("postgresql://postgres@127.0.0.1:%1")
                                     << "postgresql://user@host";
        QTest::newRow("unknown option") << QStringLiteral("postgresql://postgres@127.0.0.1:%1/x?frobnicate=1")
                                        << "frobnicate";
        QTest::newRow("no such database")
                << QStringLiteral("postgresql://postgres@127.0.0.1:%1/nonexistent") << "Cannot connect";
        QTest::newRow("nobody listening")
                << QStringLiteral("postgresql://postgres@127.0.0.1:1/x?connect_timeout=2") << "Cannot connect";
    }
    void addressesThatDoNotWork()
    {
        QFETCH(QString, address);
        QFETCH(QString, message);
        Database db;
        const Status s = db.open(address.contains(QLatin1String("%1")) ? address.arg(m_server->port()) : address);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
        QVERIFY(!db.isOpen());
    }

    void commandLineOnAServer()
    {
        const QString url = freshDatabase(QStringLiteral("cli"));
        QString out, err;
        QCOMPARE(cli({ QStringLiteral("--database"), url, QStringLiteral("demo") }, &out, &err), 0);
        QCOMPARE(cli({ QStringLiteral("--database"), url, QStringLiteral("search"), QStringLiteral("Malik Umar") },
                     &out, &err),
                 0);
        const QJsonArray hits = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY2(!hits.isEmpty(), qPrintable(out + err));
        const QString number = hits.first().toObject().value(QStringLiteral("record_number")).toString();
        QCOMPARE(cli({ QStringLiteral("--database"), url, QStringLiteral("show"), number }, &out, &err), 0);
        const QJsonObject record = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(!record.value(QStringLiteral("treatment_courses")).toArray().isEmpty());
        QCOMPARE(cli({ QStringLiteral("--database"), url, QStringLiteral("generate"), QStringLiteral("--patients"),
                       QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3") },
                     &out, &err),
                 0);
        QCOMPARE(cli({ QStringLiteral("--database"), url, QStringLiteral("check") }, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("patients")).toInt(),
                 demoRecordNumbers().size() + 50);
    }

    // Who may do what is decided by the server: each role tries writes by hand (psql),
    // as a person with a database tool would, not through Caravan.
    void rolesAreEnforcedByTheServer_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        const QString patient = QStringLiteral("UPDATE patient SET notes = 'by hand' WHERE record_number = 'R-1'");
        const QString diagnosis = QStringLiteral(
                "INSERT INTO diagnosis (patient_id, version, created_at, updated_at, icd10_code, diagnosed_on, basis, "
                "staging_system, laterality) SELECT id, 1, now(), now(), 'C91.0', '2024-01-01', 'unknown', 'none', "
                "'not_applicable' FROM patient WHERE record_number = 'R-1'");
        const QString institution = QStringLiteral("INSERT INTO institution (version, created_at, updated_at, name, "
                                                   "kind) VALUES (1, now(), now(), 'X', 'hospital')");
        const QString auditUpdate = QStringLiteral("UPDATE audit_log SET user_name = 'nobody'");
        const QString auditDelete = QStringLiteral("DELETE FROM audit_log");
        const QString read = QStringLiteral("SELECT count(*) FROM patient");
        for (const char *u : { "staff1", "coord1", "doc1", "admin1" }) {
            const QString user = QLatin1String(u);
            const bool coordinatorOrDoctor = user == QLatin1String("coord1") || user == QLatin1String("doc1");
            QTest::addRow("%s reads", u) << user << read << true;
            QTest::addRow("%s changes a patient", u) << user << patient << coordinatorOrDoctor;
            QTest::addRow("%s adds a diagnosis", u) << user << diagnosis << (user == QLatin1String("doc1"));
            QTest::addRow("%s adds an institution", u) << user << institution << (user == QLatin1String("admin1"));
            QTest::addRow("%s rewrites the trail", u) << user << auditUpdate << false;
            QTest::addRow("%s deletes the trail", u) << user << auditDelete << false;
        }
    }
    void rolesAreEnforcedByTheServer()
    {
        QFETCH(QString, user);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        QString output;
        const bool ran = m_server->psql(QStringLiteral("roles"), sql, &output, user);
        QVERIFY2(ran == allowed, qPrintable(output));
        if (!allowed)
            QVERIFY2(output.contains(QLatin1String("permission denied")), qPrintable(output));
    }

    void theServerWritesTheTrailForWritesThatBypassCaravan()
    {
        QString out;
        QVERIFY(m_server->psql(QStringLiteral("roles"),
                               QStringLiteral("UPDATE patient SET phone = '+92 300 0000000', version = version + 1 "
                                              "WHERE record_number = 'R-1'"),
                               &out, QStringLiteral("doc1")));
        Database db;
        QVERIFY(db.open(m_server->url(QStringLiteral("roles"), QStringLiteral("staff1"))).ok());
        Store store(db);
        const auto id = store.patientIdByRecordNumber(QStringLiteral("R-1"));
        QVERIFY(id);
        const QList<AuditEntry> history = store.history(*id);
        QVERIFY(!history.isEmpty());
        const AuditEntry &last = history.first();
        QCOMPARE(last.userName, QStringLiteral("doc1"));
        QCOMPARE(last.action, QStringLiteral("update"));
        QCOMPARE(last.changes.value(QStringLiteral("phone")).toArray().at(1).toString(),
                 QStringLiteral("+92 300 0000000"));
        QVERIFY(!last.changes.contains(QStringLiteral("version")));
        // a yes/no field reads as JSON true/false, as on SQLite (the column holds 0/1)
        QVERIFY(m_server->psql(QStringLiteral("roles"),
                               QStringLiteral("UPDATE patient SET interpreter_needed = 1 WHERE record_number = 'R-1'"),
                               &out, QStringLiteral("coord1")));
        QCOMPARE(store.history(*id).first().changes.value(QStringLiteral("interpreter_needed")),
                 QJsonValue(QJsonArray{ false, true }));
        QVERIFY(qAbs(last.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Staff may not change the patient, and the interface can tell before trying.
        ServerAccounts accounts(db);
        QVERIFY(!accounts.mayChange(Patient::table));
        QCOMPARE(accounts.myRoles(), QStringList{ QStringLiteral("staff") });
        Patient p = *store.get<Patient>(*id);
        p.notes = QStringLiteral("staff edit");
        const Status refused = store.update(p);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("role")), qPrintable(refused.error().message));
        // ...but records the documents they export (the trail's own function).
        QVERIFY(store.recordDisclosure(*id, QStringLiteral("summary"), { QStringLiteral("ur") },
                                       QStringLiteral("/tmp/x.pdf"))
                        .ok());
        QCOMPARE(store.history(*id).first().action, QStringLiteral("export"));
        QCOMPARE(store.history(*id).first().userName, QStringLiteral("staff1"));
    }

    void adminVerbsManagePeople()
    {
        const QString url = freshDatabase(QStringLiteral("admin"));
        QString out, err;
        const int init = cli({ QStringLiteral("admin"), QStringLiteral("init-server"), url, QStringLiteral("--admin"),
                               QStringLiteral("lina.admin"), QStringLiteral("--password-stdin") },
                             &out, &err, QStringLiteral("correct horse battery\n"));
        QVERIFY2(init == 0 && err.isEmpty(), qPrintable(err));
        QString verifier;
        QVERIFY(m_server->psql(QStringLiteral("admin"),
                               QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'lina.admin'"),
                               &verifier));
        QVERIFY2(verifier.startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(verifier));
        const QString asAdmin = m_server->url(QStringLiteral("admin"), QStringLiteral("lina.admin"));
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("add-user"),
                       QStringLiteral("omar.doc"), QStringLiteral("--role"), QStringLiteral("doctor") },
                     &out, &err),
                 0);
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("add-user"),
                       QStringLiteral("omar.doc"), QStringLiteral("--role"), QStringLiteral("doctor") },
                     &out, &err),
                 int(Cli::Failed));
        QVERIFY2(err.contains(QStringLiteral("already")), qPrintable(err));
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("set-role"),
                       QStringLiteral("omar.doc"), QStringLiteral("--role"), QStringLiteral("staff") },
                     &out, &err),
                 0);
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("disable-user"),
                       QStringLiteral("omar.doc") },
                     &out, &err),
                 0);
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("users") }, &out,
                     &err),
                 0);
        const QJsonArray users =
                QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("users")).toArray();
        QJsonObject omar;
        for (const QJsonValue &u : users)
            if (u.toObject().value(QStringLiteral("name")).toString() == QLatin1String("omar.doc"))
                omar = u.toObject();
        QCOMPARE(omar.value(QStringLiteral("roles")).toArray(), QJsonArray{ QStringLiteral("staff") });
        QCOMPARE(omar.value(QStringLiteral("can_log_in")).toBool(), false);
        Database disabled;
        QVERIFY(!disabled.open(m_server->url(QStringLiteral("admin"), QStringLiteral("omar.doc"))).ok());
        // wrong usage, each with its message
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("add-user"),
                       QStringLiteral("Bad Name"), QStringLiteral("--role"), QStringLiteral("doctor") },
                     &out, &err),
                 int(Cli::Failed));
        QVERIFY2(err.contains(QStringLiteral("login name")), qPrintable(err));
        QCOMPARE(cli({ QStringLiteral("--database"), asAdmin, QStringLiteral("admin"), QStringLiteral("add-user"),
                       QStringLiteral("x.y"), QStringLiteral("--role"), QStringLiteral("boss") },
                     &out, &err),
                 int(Cli::Usage));
        QCOMPARE(cli({ QStringLiteral("admin"), QStringLiteral("users") }, &out, &err), int(Cli::Usage));
    }

    // A save on one desktop reaches the other's notifier within a second, with the part
    // it touched; the desk that saved is not told twice.
    void changesReachTheOtherDesktops()
    {
        const QString url = freshDatabase(QStringLiteral("live"));
        Database deskA, deskB;
        QVERIFY(deskA.open(url).ok());
        QVERIFY(deskB.open(url).ok());
        ChangeNotifier notifierA, notifierB;
        Store a(deskA, &notifierA);
        ChangeFeed feedA(deskA, &notifierA), feedB(deskB, &notifierB);
        QVERIFY(feedB.isListening());
        QSignalSpy addedB(&notifierB, &ChangeNotifier::patientAdded);
        QSignalSpy changedB(&notifierB, &ChangeNotifier::patientChanged);
        QSignalSpy institutionsB(&notifierB, &ChangeNotifier::institutionsChanged);
        QSignalSpy addedA(&notifierA, &ChangeNotifier::patientAdded);

        Patient p;
        p.recordNumber = QStringLiteral("LIVE-1");
        p.familyNameLatin = QStringLiteral("TESTOV");
        QElapsedTimer clock;
        clock.start();
        QVERIFY(a.create(p).ok());
        QVERIFY(addedB.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(addedB.first().at(0).toLongLong(), p.id);

        Measurement m;
        m.patientId = p.id;
        m.value = 70;
        m.unit = QStringLiteral("kg");
        m.takenAt = QDateTime::currentDateTimeUtc();
        QVERIFY(a.create(m).ok());
        QVERIFY(changedB.wait(1000));
        QCOMPARE(changedB.last().at(0).toLongLong(), p.id);
        QCOMPARE(changedB.last().at(1).value<RecordParts>(), RecordParts(Measurements));

        Institution i;
        i.name = QStringLiteral("Partner Hospital");
        QVERIFY(a.create(i).ok());
        QVERIFY(institutionsB.wait(1000));

        QTest::qWait(200); // A's own feed must not announce A's saves a second time
        QCOMPARE(addedA.size(), 1);
    }

    void twoDesktopsSeeEachOtherAndRefuseOverwrites()
    {
        const QString url = freshDatabase(QStringLiteral("twodesks"));
        {
            Database owner;
            QVERIFY(owner.open(url).ok());
            ServerAccounts accounts(owner);
            QVERIFY(accounts.addUser(QStringLiteral("sana.mirza"), CentreRole::Coordinator).ok());
            QVERIFY(accounts.addUser(QStringLiteral("aigul.bekova"), CentreRole::Doctor).ok());
        }
        Database deskA, deskB;
        QVERIFY(deskA.open(m_server->url(QStringLiteral("twodesks"), QStringLiteral("sana.mirza"))).ok());
        QVERIFY(deskB.open(m_server->url(QStringLiteral("twodesks"), QStringLiteral("aigul.bekova"))).ok());
        Store a(deskA), b(deskB);
        a.setUserName(QStringLiteral("Sana Mirza"));
        b.setUserName(QStringLiteral("Aigul Bekova"));
        QUndoStack stack;
        QStringList errors;
        Editor editor(a, stack, [&errors](const Error &e) { errors << e.message; });

        Patient p;
        p.recordNumber = QStringLiteral("PG-2");
        p.familyNameLatin = QStringLiteral("TESTOV");
        p.givenNameLatin = QStringLiteral("Arman");
        const auto id = editor.add(p);
        QVERIFY(id.ok());
        QCOMPARE(b.get<Patient>(*id)->familyNameLatin, QStringLiteral("TESTOV")); // B sees A's save

        Patient mine = *a.get<Patient>(*id);
        Patient theirs = *b.get<Patient>(*id);
        theirs.phone = QStringLiteral("+7 701 000 0001");
        QVERIFY(b.update(theirs).ok());
        mine.coordinator = QStringLiteral("Sana Mirza");
        const Status stale = editor.change(mine); // A opened it before B saved
        QVERIFY(!stale.ok());
        // the server's trail names the login, whatever name a desk writes
        QVERIFY2(stale.error().message.contains(QStringLiteral("aigul.bekova")), qPrintable(stale.error().message));

        stack.undo(); // undoing A's add would delete B's phone number too
        QCOMPARE(errors.size(), 1);
        QVERIFY(b.get<Patient>(*id).ok());
        QCOMPARE(stack.count(), 0);
    }

    // Last: it restarts the server. An edit while the server is away is refused with a
    // clear message; the feed notices, connects again when it can, listens again, and
    // has the views reload what they missed.
    void reconnectsAfterTheServerRestarts()
    {
        const QString url = freshDatabase(QStringLiteral("restart"));
        Database db;
        QVERIFY(db.open(url).ok());
        ChangeNotifier notifier;
        Store store(db, &notifier);
        ChangeFeed feed(db, &notifier);
        QSignalSpy lost(&feed, &ChangeFeed::connectionLost);
        QSignalSpy restored(&feed, &ChangeFeed::connectionRestored);
        QSignalSpy reset(&notifier, &ChangeNotifier::storeReset);

        QVERIFY(m_server->stop());
        Patient p;
        p.recordNumber = QStringLiteral("RS-1");
        p.familyNameLatin = QStringLiteral("TESTOVA");
        const auto refused = store.create(p);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("connection to the server")),
                 qPrintable(refused.error().message));
        feed.checkConnection();
        QCOMPARE(lost.size(), 1);
        QCOMPARE(restored.size(), 0);

        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        feed.checkConnection();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(reset.size(), 1);
        QVERIFY(store.create(p).ok());
        QCOMPARE(store.patientCount(), 1);

        QSignalSpy added(&notifier, &ChangeNotifier::patientAdded);
        Database other;
        QVERIFY(other.open(url).ok());
        Patient q;
        q.recordNumber = QStringLiteral("RS-2");
        q.familyNameLatin = QStringLiteral("TESTOV");
        QVERIFY(Store(other).create(q).ok());
        QVERIFY(added.wait(2000)); // listening again
    }

    // A reporting connection (the cohort and outcome views on a replica): reads
    // everything, every write is refused by the server with a message that says why.
    void readOnlyReportingConnection()
    {
        const QString url = freshDatabase(QStringLiteral("reporting"));
        Database primary;
        QVERIFY(primary.open(url).ok());
        Store main(primary);
        Patient p;
        p.recordNumber = QStringLiteral("RO-1");
        p.familyNameLatin = QStringLiteral("TESTOVA");
        QVERIFY(main.create(p).ok());

        Database reporting;
        const Status opened = reporting.openPostgresReadOnly(url);
        QVERIFY2(opened.ok(), qPrintable(opened.error().fullText()));
        QVERIFY(reporting.isReadOnly());
        Store store(reporting);
        QCOMPARE(store.patientCount(), 1);
        QVERIFY(store.record(p.id).ok());
        Patient q;
        q.recordNumber = QStringLiteral("RO-2");
        q.familyNameLatin = QStringLiteral("TESTOV");
        const auto refused = store.create(q);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("only reads")), qPrintable(refused.error().message));
        QCOMPARE(main.patientCount(), 1);
        // Reconnecting keeps it read-only.
        QVERIFY(reporting.reconnect().ok());
        QVERIFY(reporting.isReadOnly());
        QVERIFY(!Store(reporting).create(q).ok());
        // The same database opened for writing again is not read-only.
        QVERIFY(reporting.openPostgres(url).ok());
        QVERIFY(!reporting.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
