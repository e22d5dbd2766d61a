// PgTestServer: a real, throwaway PostgreSQL 15 server for tests (Debian's
// postgresql-15), made with initdb in a temporary folder, listening on a free
// loopback port with trust authentication, and stopped and deleted by the
// destructor. As root the server runs as the postgres system user (initdb refuses
// root). Tests that need it call start() and skip with its message when the
// server package is missing, so the SQLite half of a data-driven test still runs.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace caravan::testing {

class PgTestServer
{
public:
    // Starts a new server; nullptr and *error set if it cannot.
    static std::unique_ptr<PgTestServer> start(QString *error);
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    int port() const { return m_port; }
    // The folder of its Unix socket (for addresses with ?host=FOLDER).
    QString socketFolder() const { return m_dir.path(); }
    // postgresql://USER@127.0.0.1:PORT/DATABASE
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    // CREATE DATABASE name (a fresh one per test keeps tests independent).
    bool createDatabase(const QString &name, QString *error);
    // Runs SQL through psql as the superuser, for setting up what a test needs.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr,
              const QString &user = QStringLiteral("postgres"));
    // From now on every login but the superuser needs its password over TCP
    // (scram-sha-256), as on a centre's server; the socket stays trusted.
    bool requirePasswords(QString *error);
    bool stop();
    bool restart(QString *error);

private:
    PgTestServer() = default;
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr, int timeoutMs = 60000);
    bool startServer(QString *error);

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
};

} // namespace caravan::testing
