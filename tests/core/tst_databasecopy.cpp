// Moving a desk's file to the centre's server and back (caravan-cli copy-to): every
// table copied with its ids and its audit trail (not written twice by the server's
// triggers), the server's sequences moved on, the comparison row by row, a
// mismatch provoked on purpose found and named, a non-empty target refused, a
// cancelled copy leaving the target empty. Runs against a real PostgreSQL 15.
#include "commandline/cli.h"
#include "editing/editor.h"
#include "interop/recordjson.h"
#include "sample/democases.h"
#include "storage/databasecopy.h"
#include "storage/store.h"
#include "support/pgtestserver.h"

#include <QFileInfo>
#include <QtTest>

using namespace caravan;

class TestDatabaseCopy : public QObject
{
    Q_OBJECT
    std::unique_ptr<testing::PgTestServer> m_server;
    QTemporaryDir m_dir;
    QString m_file; // the desk's file, with the demo cases and some history

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
    static const TableComparison *table(const CopyComparison &c, const QString &name)
    {
        for (const auto &t : c.tables)
            if (t.table == name)
                return &t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = testing::PgTestServer::start(&error);
        QVERIFY2(m_server, qPrintable(error));
        m_file = m_dir.filePath(QStringLiteral("desk.sqlite"));
        Database db;
        QVERIFY(db.openSqlite(m_file).ok());
        Store store(db);
        store.setUserName(QStringLiteral("Dana Testova"));
        QVERIFY(loadDemoCases(store).ok());
        // History of every kind: a change, a delete, a disclosure.
        const qint64 first = store.patientIds().first();
        Patient p = *store.get<Patient>(first);
        p.phone = QStringLiteral("+92 300 000 0000");
        p.notes = QStringLiteral("Ёлка, چوہدری, 晓燕: scripts survive the copy.");
        QVERIFY(store.update(p).ok());
        const auto measurements = store.partsOf<Measurement>(first);
        QVERIFY(!measurements.isEmpty());
        QVERIFY(store.remove<Measurement>(measurements.first().id).ok());
        QVERIFY(store.recordDisclosure(first, QStringLiteral("summary"), { QStringLiteral("ur") },
                                       QStringLiteral("/tmp/summary.pdf"))
                        .ok());
    }

    // File -> server -> new file: the same rows everywhere, the same records read.
    void fileToServerAndBack()
    {
        const QString url = freshDatabase(QStringLiteral("centre"));
        QString out, err;
        QCOMPARE(cli({ QStringLiteral("copy-to"), url, QStringLiteral("--from"), m_file }, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("audit_log")) && out.contains(QLatin1String("same")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("DIFFERENT")), qPrintable(out));

        Database file, server;
        QVERIFY(file.openSqlite(m_file).ok());
        QVERIFY(server.open(url).ok());
        Store fileStore(file), serverStore(server);
        QCOMPARE(serverStore.patientCount(), fileStore.patientCount());
        const qint64 first = fileStore.patientIds().first();
        const QDate today(2026, 12, 4);
        QCOMPARE(patientRecordToJson(*serverStore.record(first), today),
                 patientRecordToJson(*fileStore.record(first), today));
        // The trail came across as it was: same entries, same names, same times.
        const auto fileHistory = fileStore.history(first);
        const auto serverHistory = serverStore.history(first);
        QCOMPARE(serverHistory.size(), fileHistory.size());
        QCOMPARE(serverHistory.first().userName, QStringLiteral("Dana Testova"));
        QCOMPARE(serverHistory.first().at, fileHistory.first().at);

        // After the copy the server numbers on and audits by itself again.
        Patient p;
        p.recordNumber = QStringLiteral("COPY-NEW");
        p.familyNameLatin = QStringLiteral("TESTOV");
        const auto id = serverStore.create(p);
        QVERIFY(id.ok());
        QVERIFY(*id > fileStore.patientIds().last());
        QCOMPARE(serverStore.history(*id).size(), 1);
        QCOMPARE(serverStore.history(*id).first().userName, QStringLiteral("postgres"));
        QVERIFY(serverStore.remove<Patient>(*id).ok());

        // And back to a new file, an offline copy of the server.
        const QString offline = m_dir.filePath(QStringLiteral("offline.sqlite"));
        QCOMPARE(cli({ QStringLiteral("copy-to"), offline, QStringLiteral("--from"), url }, &out, &err), 0);
        QVERIFY2(!out.contains(QLatin1String("DIFFERENT")), qPrintable(out));
        QCOMPARE(QFileInfo(offline).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        Database back;
        QVERIFY(back.openSqlite(offline).ok());
        Store backStore(back);
        QCOMPARE(patientRecordToJson(*backStore.record(first), today),
                 patientRecordToJson(*fileStore.record(first), today));
        QCOMPARE(backStore.history(first).size(), serverStore.history(first).size());
        // The offline copy compares equal to the first file too.
        const auto again = DatabaseCopy::verify(file, back);
        QVERIFY(again.ok());
        QVERIFY(table(*again, QStringLiteral("patient"))->matches());
        QVERIFY(table(*again, QStringLiteral("measurement"))->matches());
    }

    void refusesNonEmptyTargets()
    {
        const QString url = freshDatabase(QStringLiteral("twice"));
        QCOMPARE(cli({ QStringLiteral("copy-to"), url, QStringLiteral("--from"), m_file }), 0);
        QString err;
        QCOMPARE(cli({ QStringLiteral("copy-to"), url, QStringLiteral("--from"), m_file }, nullptr, &err), 1);
        QVERIFY2(err.contains(QLatin1String("not empty")), qPrintable(err));
        // An existing file is never written into.
        QCOMPARE(cli({ QStringLiteral("copy-to"), m_file, QStringLiteral("--from"), url }, nullptr, &err), 1);
        QVERIFY2(err.contains(QLatin1String("already exists")), qPrintable(err));
    }

    // Rows changed behind the copy's back are found, named and fail the command.
    void mismatchProvokedOnPurpose()
    {
        const QString url = freshDatabase(QStringLiteral("tampered"));
        QCOMPARE(cli({ QStringLiteral("copy-to"), url, QStringLiteral("--from"), m_file }), 0);
        Database file;
        QVERIFY(file.openSqlite(m_file).ok());
        const qint64 first = Store(file).patientIds().first();
        // A bypass of the audit (as the superuser, triggers off) changes one patient
        // and drops one search key: only the rows themselves differ.
        QVERIFY(m_server->psql(
                QStringLiteral("tampered"),
                QStringLiteral("ALTER TABLE patient DISABLE TRIGGER USER; "
                               "UPDATE patient SET phone = '+1 000' WHERE id = %1; "
                               "ALTER TABLE patient ENABLE TRIGGER USER; "
                               "DELETE FROM search_key WHERE ctid = (SELECT min(ctid) FROM search_key);")
                        .arg(first)));
        Database server;
        QVERIFY(server.open(url).ok());
        const auto c = DatabaseCopy::verify(file, server);
        QVERIFY(c.ok());
        QVERIFY(!c->matches());
        const TableComparison *patients = table(*c, QStringLiteral("patient"));
        QCOMPARE(patients->differingRows, 1);
        QCOMPARE(patients->sourceRows, patients->targetRows);
        QCOMPARE(patients->firstDifference, QStringLiteral("id %1").arg(first));
        QVERIFY(patients->sourceChecksum != patients->targetChecksum);
        const TableComparison *keys = table(*c, QStringLiteral("search_key"));
        QCOMPARE(keys->differingRows, 1);
        QCOMPARE(keys->targetRows, keys->sourceRows - 1);
        QVERIFY(table(*c, QStringLiteral("audit_log"))->matches());
        QVERIFY(table(*c, QStringLiteral("diagnosis"))->matches());

        QString out, err;
        QCOMPARE(cli({ QStringLiteral("copy-to"), url, QStringLiteral("--verify-only"), QStringLiteral("--from"),
                       m_file },
                     &out, &err),
                 1);
        QVERIFY2(out.contains(QLatin1String("DIFFERENT")), qPrintable(out));
        QVERIFY2(err.contains(QLatin1String("does not hold the same rows")), qPrintable(err));
    }

    // Cancelled after the first batch: the transaction rolls back, the target stays empty.
    void cancelledCopyLeavesNothing()
    {
        const QString url = freshDatabase(QStringLiteral("cancelled"));
        Database file, server;
        QVERIFY(file.openSqlite(m_file).ok());
        QVERIFY(server.open(url).ok());
        int calls = 0;
        const Status s = DatabaseCopy::copy(file, server, [&calls](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("cancelled")), qPrintable(s.error().message));
        QVERIFY(DatabaseCopy::checkEmpty(server).ok());
        // The triggers are on again (the ALTERs rolled back with the rest).
        Store store(server);
        Patient p;
        p.recordNumber = QStringLiteral("AFTER-CANCEL");
        p.familyNameLatin = QStringLiteral("TESTOV");
        const auto id = store.create(p);
        QVERIFY(id.ok());
        QCOMPARE(store.history(*id).size(), 1);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
