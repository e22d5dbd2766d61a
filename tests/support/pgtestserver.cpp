#include "pgtestserver.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

namespace caravan::testing {

namespace {

QString postgresBin()
{
    for (const char *dir : { "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin" })
        if (QFileInfo::exists(QLatin1String(dir) + QLatin1String("/initdb")))
            return QLatin1String(dir);
    return {};
}

} // namespace

std::unique_ptr<PgTestServer> PgTestServer::start(QString *error)
{
    std::unique_ptr<PgTestServer> s(new PgTestServer);
    s->m_bin = postgresBin();
    if (s->m_bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found (install postgresql-15)");
        return nullptr;
    }
    if (!s->m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(s->m_dir.errorString());
        return nullptr;
    }
    s->m_asPostgresUser = geteuid() == 0;
    if (s->m_asPostgresUser) {
        const passwd *pw = getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root, and there is no postgres user to run the server as");
            return nullptr;
        }
        if (chown(QFile::encodeName(s->m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres user").arg(s->m_dir.path());
            return nullptr;
        }
    }
    QString out;
    if (!s->run(s->m_bin + QLatin1String("/initdb"),
                { QStringLiteral("-D"), s->m_dir.filePath(QStringLiteral("data")), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8") },
                &out)) {
        *error = QStringLiteral("initdb failed: %1").arg(out);
        return nullptr;
    }
    if (!s->startServer(error))
        return nullptr;
    return s;
}

bool PgTestServer::startServer(QString *error)
{
    // A free port: try a few random ones in the dynamic range; pg_ctl fails fast on a taken one.
    QString out;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int port = m_port ? m_port : 20000 + int(QRandomGenerator::global()->bounded(30000));
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                        .arg(m_dir.path())
                                        .arg(port);
        if (run(m_bin + QLatin1String("/pg_ctl"),
                { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"), options, QStringLiteral("-w"),
                  QStringLiteral("start") },
                &out)) {
            m_port = port;
            m_running = true;
            return true;
        }
        if (m_port)
            break; // a restart keeps its port
    }
    QFile log(m_dir.filePath(QStringLiteral("log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("pg_ctl start failed: %1 %2").arg(out, QString::fromUtf8(log.readAll().right(2000)));
    return false;
}

PgTestServer::~PgTestServer()
{
    stop();
}

bool PgTestServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(m_bin + QLatin1String("/pg_ctl"),
               { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop") });
}

bool PgTestServer::restart(QString *error)
{
    stop();
    return startServer(error);
}

bool PgTestServer::requirePasswords(QString *error)
{
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = hba.errorString();
        return false;
    }
    hba.write("local all all trust\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    hba.close();
    QString out;
    if (!psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"), &out)) {
        *error = out;
        return false;
    }
    return true;
}

QString PgTestServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

bool PgTestServer::createDatabase(const QString &name, QString *error)
{
    QString out;
    if (psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &out))
        return true;
    *error = out;
    return false;
}

bool PgTestServer::psql(const QString &database, const QString &sql, QString *output, const QString &user)
{
    return run(QStringLiteral("/usr/bin/psql"),
               { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-c"), sql },
               output);
}

bool PgTestServer::run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path()); // readable by the postgres user
    if (m_asPostgresUser && !program.endsWith(QLatin1String("/psql")))
        p.start(QStringLiteral("runuser"),
                QStringList{ QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                        + arguments);
    else
        p.start(program, arguments);
    const bool finished = p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace caravan::testing
