// A centre's PostgreSQL server as Caravan's store: connecting by address (and the
// messages for addresses that do not work), the schema made from empty and a newer
// one refused untouched, the command line on a server, and two desktops on one
// server seeing each other's saves and refusing to overwrite them (row versions,
// undo). Runs against a real PostgreSQL 15 started for the test.
#include "commandline/cli.h"
#include "editing/editor.h"
#include "sample/democases.h"
#include "storage/store.h"
#include "support/pgtestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace caravan;

class TestPostgres : public QObject {
    Q_OBJECT
    std::unique_ptr<testing::PgTestServer> m_server;

    QString freshDatabase(const QString &name)
    {
        QString error;
        if (!m_server->createDatabase(name, &error))
            qWarning("%s", qPrintable(error));
        return m_server->url(name);
    }
    int cli(QStringList args, QString *out = nullptr, QString *err = nullptr)
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        args.prepend(QStringLiteral("caravan-cli"));
        const int code = Cli::run(args, os, es);
        os.flush();
        es.flush();
        if (out)
            *out = o;
        if (err)
            *err = e;
        return code;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = testing::PgTestServer::start(&error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void schemaIsMadeFromEmpty()
    {
        Database db;
        const Status s = db.open(freshDatabase(QStringLiteral("fromempty")));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(db.dialect(), Database::Dialect::PostgreSQL);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        for (const char *table : {"patient", "institution", "diagnosis", "treatment_course", "assessment",
                                  "measurement", "visit", "audit_log", "search_key"})
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
        QTest::newRow("no database") << QStringLiteral("postgresql://postgres@127.0.0.1:%1") << "postgresql://user@host";
        QTest::newRow("unknown option") << QStringLiteral("postgresql://postgres@127.0.0.1:%1/x?frobnicate=1")
                                        << "frobnicate";
        QTest::newRow("no such database") << QStringLiteral("postgresql://postgres@127.0.0.1:%1/nonexistent")
                                          << "Cannot connect";
        QTest::newRow("nobody listening") << QStringLiteral("postgresql://postgres@127.0.0.1:1/x?connect_timeout=2")
                                          << "Cannot connect";
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
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("demo")}, &out, &err), 0);
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("search"), QStringLiteral("Malik Umar")}, &out,
                     &err),
                 0);
        const QJsonArray hits = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY2(!hits.isEmpty(), qPrintable(out + err));
        const QString number = hits.first().toObject().value(QStringLiteral("record_number")).toString();
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("show"), number}, &out, &err), 0);
        const QJsonObject record = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(!record.value(QStringLiteral("treatment_courses")).toArray().isEmpty());
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("generate"), QStringLiteral("--patients"),
                      QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("3")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("check")}, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("patients")).toInt(),
                 demoRecordNumbers().size() + 50);
    }

    void twoDesktopsSeeEachOtherAndRefuseOverwrites()
    {
        const QString url = freshDatabase(QStringLiteral("twodesks"));
        Database deskA, deskB;
        QVERIFY(deskA.open(url).ok());
        QVERIFY(deskB.open(url).ok());
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
        QCOMPARE(b.get<Patient>(*id)->familyNameLatin, QStringLiteral("TESTOV"));   // B sees A's save

        Patient mine = *a.get<Patient>(*id);
        Patient theirs = *b.get<Patient>(*id);
        theirs.phone = QStringLiteral("+7 701 000 0001");
        QVERIFY(b.update(theirs).ok());
        mine.coordinator = QStringLiteral("Sana Mirza");
        const Status stale = editor.change(mine);   // A opened it before B saved
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().message.contains(QStringLiteral("Aigul Bekova")), qPrintable(stale.error().message));

        stack.undo();   // undoing A's add would delete B's phone number too
        QCOMPARE(errors.size(), 1);
        QVERIFY(b.get<Patient>(*id).ok());
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
