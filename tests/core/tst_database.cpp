// The database's life cycle: created from empty, upgraded from an older schema
// (with a copy taken first), and files that must be refused without being touched.
#include "storage/database.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

namespace {

// The SHA-256 of the file's bytes (32 bytes); empty when the file cannot be read, which
// the callers check, so that two unreadable files never pass for the same one.
QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A database as Caravan with schema 1 left it: only the first migration applied.
void makeSchema1Database(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QFile f(QStringLiteral(":/migrations/0001_initial.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString sql = QString::fromUtf8(f.readAll());
        sql.replace(QStringLiteral("{{id}}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QStringLiteral("{{timestamp}}"), QStringLiteral("TEXT"));
        sql.replace(QStringLiteral("{{date}}"), QStringLiteral("TEXT"));
        sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
        QSqlQuery q(db);
        for (const QString &s : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty())
                QVERIFY2(q.exec(s), qPrintable(s));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_info VALUES (1, '2025-01-01T00:00:00Z', '0.0.1')")));
        QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO patient (created_at, updated_at, record_number, family_name_latin, case_status) "
                "VALUES ('2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'OLD-1', 'OLDER', 'enquiry')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsFromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        Database db;
        const Status s = db.openSqlite(path);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QVERIFY(db.connection().tables().contains(QStringLiteral("patient")));
        QVERIFY(db.lastBackupPath().isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        db.close();
        // Reopening a current database changes nothing and takes no copy.
        QVERIFY(db.openSqlite(path).ok());
        QVERIFY(db.lastBackupPath().isEmpty());
    }

    void upgradesOlderSchemaAfterCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeSchema1Database(path);
        Database db;
        const Status s = db.openSqlite(path);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.lastBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.lastBackupPath()));
        // the copy is the old database, schema 1, with its patient
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(db.lastBackupPath());
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_info")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT record_number FROM patient")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("OLD-1"));
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        // the migrated database kept the patient and gained schema 2's index
        Store store(db);
        QCOMPARE(store.patientCount(), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'audit_at'")));
        QVERIFY(q.next());
    }

    // A step with SQL only for the server (0004, 0005) is recorded on a file without
    // copying it first: a large file's first open after an update does not pause.
    void serverOnlyStepsNeedNoCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("four.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(path).ok());
            QVERIFY(db.exec(QStringLiteral("DELETE FROM schema_info WHERE version > 3"), QString()).ok());
            QCOMPARE(db.schemaVersion(), 3);
        }
        Database db;
        QVERIFY(db.openSqlite(path).ok());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.lastBackupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files), QStringList());
    }

    void refusesWithoutTouching_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text file") << "text"
                                   << "not an SQLite file";
        QTest::newRow("other program's database") << "foreign"
                                                  << "another program";
        QTest::newRow("newer Caravan") << "newer"
                                       << "newer version";
        QTest::newRow("damaged") << "damaged"
                                 << "";
    }
    void refusesWithoutTouching()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("record_number,family_name_latin\nA-1,TEST\n");
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER, amount REAL)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else {
            {
                Database db;
                QVERIFY(db.openSqlite(path).ok());
                Store store(db);
                for (int i = 0; i < 300; ++i) {
                    Patient p;
                    p.recordNumber = QStringLiteral("R-%1").arg(i);
                    p.familyNameLatin = QStringLiteral("FAMILY%1").arg(i);
                    QVERIFY(store.create(p).ok());
                }
                if (kind == QLatin1String("newer"))
                    QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_info VALUES (99, '2030-01-01', '9.0')"), {})
                                    .ok());
                QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}).ok());
                QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"), {}).ok());
            }
            if (kind == QLatin1String("damaged")) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const qint64 size = f.size();
                QVERIFY(size > 8192);
                // overwrite the middle pages with garbage, keep the header
                f.seek(4096);
                f.write(QByteArray(int(size - 8192), '\x5a'));
            }
        }
        const QByteArray before = sha256(path);
        QCOMPARE(before.size(), 32);
        Database db;
        const Status s = db.openSqlite(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(messagePart), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("untouched")) || kind == QLatin1String("damaged"));
        QVERIFY(!db.isOpen());
        // Byte for byte as it was: refusing a file must not even rewrite it.
        const QByteArray after = sha256(path);
        QCOMPARE(after.size(), 32);
        QCOMPARE(after.toHex(), before.toHex());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void nestedTransactionsRollBackInnerOnly()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("t.sqlite"))).ok());
        Store store(db);
        int announced = 0;
        {
            Transaction outer(db);
            QVERIFY(outer.started().ok());
            Patient a;
            a.recordNumber = QStringLiteral("A");
            a.familyNameLatin = QStringLiteral("ALPHA");
            QVERIFY(store.create(a).ok());
            {
                Transaction inner(db);
                Patient b;
                b.recordNumber = QStringLiteral("B");
                b.familyNameLatin = QStringLiteral("BETA");
                QVERIFY(store.create(b).ok());
                db.afterCommit([&announced] { announced += 100; });
                // inner goes out of scope without commit: B is rolled back, and so is its announcement
            }
            db.afterCommit([&announced] { announced += 1; });
            QCOMPARE(announced, 0);
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(announced, 1);
        QCOMPARE(store.patientCount(), 1);
        QVERIFY(store.patientIdByRecordNumber(QStringLiteral("A")));
        QVERIFY(!store.patientIdByRecordNumber(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
