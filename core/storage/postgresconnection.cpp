// Database::openPostgres: connecting to a centre's PostgreSQL server through Qt's
// QPSQL driver. The address is a libpq-style URL; the password is passed to the
// driver and forgotten. Once connected, the same numbered migrations as SQLite's
// run with PostgreSQL's types, and a newer schema is refused untouched.
#include "database.h"

#include "driverdetails.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace caravan {

namespace {

// libpq connection options Caravan passes on from the address.
const QStringList &allowedOptions()
{
    static const QStringList options{ QStringLiteral("host"),
                                      QStringLiteral("port"),
                                      QStringLiteral("sslmode"),
                                      QStringLiteral("connect_timeout"),
                                      QStringLiteral("application_name"),
                                      QStringLiteral("sslrootcert") };
    return options;
}

// Whether the server refused the connection for want of a (right) password: asked
// of libpq directly, in a connection attempt of its own, because the message the
// driver passes on is in the words (and language) of libpq.
bool serverWantsPassword(const QString &host, int port, const QString &database, const QString &user,
                         const QString &password, const QStringList &options)
{
    QList<QByteArray> keys{ "host", "port", "dbname", "user" };
    QList<QByteArray> values{ host.toUtf8(), QByteArray::number(port), database.toUtf8(), user.toUtf8() };
    if (!password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    for (const QString &o : options) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        keys << o.left(eq).toUtf8();
        values << o.mid(eq + 1).toUtf8();
    }
    QList<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k << keys.at(i).constData();
        v << values.at(i).constData();
    }
    k << nullptr;
    v << nullptr;
    PGconn *conn = PQconnectdbParams(k.constData(), v.constData(), 0);
    bool wants = false;
    if (conn && PQstatus(conn) != CONNECTION_OK) {
        // No password given where one is needed; or one given and refused (SQLSTATE 28P01
        // is not exposed for connections, so: a used password and a failure before the
        // session began).
        wants = PQconnectionNeedsPassword(conn) || (PQconnectionUsedPassword(conn) && !password.isEmpty());
    }
    PQfinish(conn);
    return wants;
}

} // namespace

bool Database::connectionBroken() const
{
    if (m_dialect != Dialect::PostgreSQL || m_serverAddress.isEmpty())
        return false;
    if (!isOpen())
        return true;
    PGconn *conn = storage::libpqConnection(connection());
    return !conn || PQstatus(conn) != CONNECTION_OK;
}

bool Database::isConnected() const
{
    if (m_dialect != Dialect::PostgreSQL || m_depth > 0)
        return isOpen() && !connectionBroken();
    if (connectionBroken())
        return false;
    QSqlQuery ping(connection());
    return ping.exec(QStringLiteral("SELECT 1")) && !connectionBroken();
}

Status Database::reconnect()
{
    if (m_dialect != Dialect::PostgreSQL || m_serverAddress.isEmpty())
        return Error{ tr("Only a server connection can be made again.") };
    if (m_depth > 0)
        return Error{ tr("The connection cannot be made again in the middle of saving.") };
    const QString address = m_serverAddress, password = m_serverPassword;
    return connectToServer(address, password, m_readOnly);
}

Status Database::openPostgres(const QString &address, const QString &password)
{
    return connectToServer(address, password, false);
}

Status Database::openPostgresReadOnly(const QString &address, const QString &password)
{
    return connectToServer(address, password, true);
}

Status Database::connectToServer(const QString &address, const QString &password, bool readOnly)
{
    close();
    m_readOnly = readOnly;
    m_serverAddress = address;
    m_serverPassword = password;
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || !isServerAddress(address) || url.path().size() < 2)
        return Error{
            tr("\"%1\" is not a server address. Write it as postgresql://user@host:5432/database.").arg(address)
        };
    const QString databaseName = url.path().mid(1);
    QStringList options{ QStringLiteral("connect_timeout=10") };
    const QUrlQuery query(url);
    QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    int port = url.port(5432);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // A socket folder and its port, as libpq's URIs allow (postgresql:///db?host=/run/postgresql).
        if (key == QLatin1String("host")) {
            host = value;
            continue;
        }
        if (key == QLatin1String("port")) {
            port = value.toInt();
            continue;
        }
        if (!allowedOptions().contains(key))
            return Error{ tr("The server address has an option Caravan does not know: %1. Known: %2.")
                                  .arg(key, allowedOptions().join(QStringLiteral(", "))) };
        options.removeIf([&key](const QString &o) { return o.startsWith(key + QLatin1Char('=')); });
        options << key + QLatin1Char('=') + value;
    }

    QUrl shown = url;
    shown.setPassword(QString());
    m_dialect = Dialect::PostgreSQL;
    m_path = shown.toString();
    m_backupPath.clear();

    QString failure;
    bool passwordWanted = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setDatabaseName(databaseName);
        db.setUserName(url.userName());
        db.setPassword(password.isEmpty() ? url.password() : password);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.isValid())
            failure = tr("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing "
                         "(install libqt6sql6-psql).");
        else if (!db.open()) {
            failure = tr("Cannot connect to %1: %2").arg(m_path, storage::sqlErrorText(db.lastError()).trimmed());
            passwordWanted = serverWantsPassword(host, port, databaseName, url.userName(), db.password(), options);
        }
        db.setPassword(QString());
    }
    if (!failure.isEmpty()) {
        close();
        if (passwordWanted)
            return Error{ password.isEmpty() && url.password().isEmpty()
                                  ? tr("The server %1 asks for %2's password.").arg(m_path, url.userName())
                                  : failure,
                          Error::Reason::PasswordNeeded };
        return Error{ failure };
    }
    for (const char *setting : { "SET client_encoding = 'UTF8'", "SET lock_timeout = '5s'",
                                 "SET idle_in_transaction_session_timeout = '10min'" }) {
        if (Status s = exec(QLatin1String(setting), tr("setting up the connection")); !s) {
            close();
            return s;
        }
    }
    // Timestamps travel as UTC either way; the session's zone is the desk's, so that a
    // timestamp's DATE is the day the coordinator sees (as SQLite's 'localtime' does).
    QSqlQuery zone = prepare(QStringLiteral("SELECT set_config('TimeZone', ?, false)"));
    zone.addBindValue(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    if (!zone.exec())
        (void)exec(QStringLiteral("SET TIME ZONE 'UTC'"), QString()); // a zone the server does not know
    if (schemaVersion() > latestSchemaVersion()) {
        const int version = schemaVersion();
        close();
        return Error{ tr("The database at %1 was made by a newer Caravan (schema %2; this program knows up to %3). "
                         "Nothing was changed. Install the newer Caravan to open it.")
                              .arg(m_path)
                              .arg(version)
                              .arg(latestSchemaVersion()) };
    }
    if (m_readOnly) {
        if (Status s = exec(QStringLiteral("SET default_transaction_read_only = on"), tr("setting up the connection"));
            !s) {
            close();
            return s;
        }
        if (schemaVersion() != latestSchemaVersion()) {
            const int version = schemaVersion();
            close();
            return Error{ tr("The reporting server %1 holds schema %2; this program needs schema %3. Open the "
                             "centre's main server once to bring it up to date (a replica follows it).")
                                  .arg(m_path)
                                  .arg(version)
                                  .arg(latestSchemaVersion()) };
        }
        return {};
    }
    if (Status s = migrate(); !s) {
        close();
        return s;
    }
    return {};
}

} // namespace caravan
