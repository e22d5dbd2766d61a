// Database: one open connection to a Caravan store (an SQLite file by default;
// a centre's PostgreSQL server through Qt's QPSQL driver) and its life cycle: the checks
// before anything is touched (is it a database, is it intact, is it ours, is it
// not newer than this program), the copy taken before migrating, the numbered
// migrations, and nested transactions (outermost BEGIN/COMMIT, inner SAVEPOINTs)
// with work to run after the outermost commit. Everything that runs SQL in core
// lives in storage/ and goes through the QSqlDatabase this class owns.
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>

namespace caravan {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Dialect { SQLite, PostgreSQL };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if absent) and migrates the SQLite file at path. Refuses,
    // without writing a byte, files that are not SQLite, fail the integrity check,
    // belong to another program, or were made by a newer Caravan.
    Status openSqlite(const QString &path);
    // Connects to a PostgreSQL server, postgresql://USER@HOST:PORT/DATABASE with the
    // libpq options sslmode and connect_timeout as query items, creates or migrates
    // the schema, and refuses a schema newer than this program. The password comes
    // from `password`, else from libpq (PGPASSWORD, ~/.pgpass); it is never kept.
    Status openPostgres(const QString &url, const QString &password = {});
    // The same for reading only, as the cohort and outcome views do on a centre's
    // streaming replica: every transaction of the session is read-only (a write is
    // refused by the server), no migration is attempted, and a schema other than
    // this program's is refused.
    Status openPostgresReadOnly(const QString &url, const QString &password = {});
    bool isReadOnly() const { return m_readOnly; }
    // openPostgres for postgresql:// and postgres:// addresses, openSqlite otherwise.
    Status open(const QString &target, const QString &password = {});
    static bool isServerAddress(const QString &target);
    // On a server: whether the connection still reaches it (libpq's status, then a
    // round trip). Always true on a file.
    bool isConnected() const;
    // On a server: connects again with the same address and password (kept in memory
    // only) after a lost connection; cached statements are dropped. Refused inside a
    // transaction.
    Status reconnect();
    // libpq's own word that the connection is gone (after a statement failed on it).
    bool connectionBroken() const;
    void close();

    bool isOpen() const;
    Dialect dialect() const { return m_dialect; }
    // The file, or the server address without any password.
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // The embedded default: caravan.sqlite in the user's data folder (QStandardPaths).
    static QString defaultSqlitePath();

    // SQLite's quick_check over every page (seconds for a large file).
    Status checkIntegrity() const;

    int schemaVersion() const; // of the open database
    static int latestSchemaVersion(); // this program's
    QString lastBackupPath() const { return m_backupPath; }

    // A prepared query on this connection; the returned query is reused by callers
    // that keep it, so preparing happens once per statement.
    QSqlQuery prepare(const QString &sql) const;
    // A prepared statement kept for the life of the connection, for statements run
    // many times (inserts, audit rows). Not reentrant: bind, exec, read, finish()
    // before the same SQL is used again.
    QSqlQuery &cached(const QString &sql);

    // The message for a failed statement: what was being done and why (a refusal by the
    // server's roles says so in words a coordinator understands).
    Error failure(const QSqlError &e, const QString &doing) const;
    // Executes q; on failure returns an Error naming what was being done.
    Status exec(QSqlQuery &q, const QString &doing) const;
    Status exec(const QString &sql, const QString &doing) const;

    // Nested transactions. Prefer the Transaction guard below.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    // Runs f after the outermost transaction commits (at once if none is open);
    // dropped if it rolls back. Used to announce changes only once they are real.
    void afterCommit(std::function<void()> f);

private:
    Status inspectExisting(const QString &path, int *version);

    // BEGIN, SAVEPOINT, RELEASE: prepared once on SQLite, sent as text on PostgreSQL.
    Status execControl(const QString &sql, const QString &doing);
    Status migrate();
    Status connectToServer(const QString &address, const QString &password, bool readOnly);

    QString m_connectionName;
    QString m_path;
    QString m_serverAddress; // as given, for reconnect(); never written anywhere
    QString m_serverPassword; // in memory only, for reconnect()
    QString m_backupPath;
    Dialect m_dialect = Dialect::SQLite;
    bool m_readOnly = false; // a reporting connection (openPostgresReadOnly)
    int m_depth = 0;
    QList<qsizetype> m_savepointMarks; // m_afterCommit's size when each savepoint began
    QList<std::function<void()>> m_afterCommit;
    QHash<QString, QSqlQuery> m_statements;
};

// Scope guard: begins on construction, rolls back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_status(db.begin()) { }
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace caravan
