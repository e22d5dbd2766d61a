#include "database.h"

#include "driverdetails.h"

#include "sqlvalues.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>
#include <QAtomicInt>
#include <QStandardPaths>

namespace caravan {

using storage::sqlErrorText;

namespace {

QAtomicInt connectionCounter;
constexpr qint64 kFullCheckAtOpenBytes = 64 * 1024 * 1024;

// Migration steps by number: resources/migrations/NNNN_name.sql for every backend,
// or resources/migrations/<backend>/NNNN_name.sql for one backend (the server's
// roles and audit triggers). A number another backend has but this one lacks is a
// step with nothing to run: the schema version still counts it.
QMap<int, QString> migrationSteps(Database::Dialect dialect)
{
    const QString own = dialect == Database::Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    QMap<int, QString> steps;
    for (const QString &folder : { QStringLiteral("sqlite"), QStringLiteral("postgresql"), QString() }) {
        const QString dir = QStringLiteral(":/migrations/") + folder;
        for (const QString &name : QDir(dir).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
            const int number = name.section(QLatin1Char('_'), 0, 0).toInt();
            if (folder.isEmpty() || folder == own)
                steps.insert(number, dir + QLatin1Char('/') + name); // the common file, or this backend's
            else if (!steps.contains(number))
                steps.insert(number, QString());
        }
    }
    return steps;
}

// Whether a file at schema `from` has migration steps with SQL to run (not only the
// empty steps of the server's own migrations).
bool hasSqliteWork(int from)
{
    const QMap<int, QString> steps = migrationSteps(Database::Dialect::SQLite);
    for (auto it = steps.upperBound(from); it != steps.end(); ++it)
        if (!it->isEmpty())
            return true;
    return false;
}

// Statements of a migration, split at semicolons outside quotes and $$ bodies.
QStringList splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inQuote = false, inDollar = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!inQuote && c == QLatin1Char('$') && sql.mid(i, 2) == QLatin1String("$$")) {
            inDollar = !inDollar;
            current += QLatin1String("$$");
            ++i;
            continue;
        }
        if (!inDollar && c == QLatin1Char('\''))
            inQuote = !inQuote;
        if (c == QLatin1Char(';') && !inQuote && !inDollar) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

Database::Database() : m_connectionName(QStringLiteral("caravan-%1").arg(connectionCounter.fetchAndAddRelaxed(1))) { }

Database::~Database()
{
    close();
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/caravan.sqlite");
}

int Database::latestSchemaVersion()
{
    const QMap<int, QString> steps = migrationSteps(Dialect::SQLite);
    return steps.isEmpty() ? 0 : steps.lastKey();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_depth = 0;
    m_afterCommit.clear();
    m_savepointMarks.clear();
}

Status Database::inspectExisting(const QString &path, int *version)
{
    *version = 0;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ tr("The file %1 cannot be read: %2").arg(path, f.errorString()) };
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error{
                tr("%1 is not a Caravan database (it is not an SQLite file). It was left untouched.").arg(path)
            };
    }
    const QString name = m_connectionName + QStringLiteral("-inspect");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error{ tr("%1 cannot be opened: %2").arg(path, sqlErrorText(db.lastError())) };
        } else {
            // quick_check reads every page: at open only for files up to 64 MB (a few
            // hundred ms); larger files are checked before a migration writes to
            // them and on demand (caravan-cli check), and any damage met later
            // surfaces as an error message from the query that meets it.
            const bool fullCheck = QFileInfo(path).size() <= kFullCheckAtOpenBytes;
            QSqlQuery q(db);
            const QString check =
                    fullCheck ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA schema_version");
            if (!q.exec(check) || !q.next()) {
                result = Error{ tr("%1 is damaged or not a database (%2). It was left untouched.")
                                        .arg(path, sqlErrorText(q.lastError())) };
            } else if (fullCheck && q.value(0).toString() != QLatin1String("ok")) {
                const QString problem = q.value(0).toString();
                q.finish();
                result = Error{
                    tr("%1 failed its integrity check (%2). It was left untouched; restore it from a backup.")
                            .arg(path, problem)
                };
            } else {
                q.finish();
                const QStringList tables = db.tables();
                if (tables.contains(QLatin1String("schema_info"))) {
                    QSqlQuery v(db);
                    if (v.exec(QStringLiteral("SELECT MAX(version) FROM schema_info")) && v.next())
                        *version = v.value(0).toInt();
                    v.finish();
                } else if (!tables.isEmpty()) {
                    result = Error{
                        tr("%1 is a database of another program, not of Caravan. It was left untouched.").arg(path)
                    };
                }
                if (result.ok() && *version > latestSchemaVersion())
                    result = Error{
                        tr("%1 was made by a newer version of Caravan (schema %2; this program knows up to %3). "
                           "Install the newer version to open it. The file was left untouched.")
                                .arg(path)
                                .arg(*version)
                                .arg(latestSchemaVersion())
                    };
                // Steps with nothing to do on SQLite (a server's own) are recorded without a copy.
                const bool changes = *version > 0 && hasSqliteWork(*version);
                if (result.ok() && changes && !fullCheck) {
                    QSqlQuery full(db);
                    if (!full.exec(QStringLiteral("PRAGMA quick_check")) || !full.next()
                        || full.value(0).toString() != QLatin1String("ok"))
                        result = Error{ tr("%1 failed its integrity check before upgrading. It was left untouched; "
                                           "restore it from a backup.")
                                                .arg(path) };
                }
                if (result.ok() && changes) {
                    // Copy before migrating; VACUUM INTO also takes what is still in the WAL.
                    const QString backup =
                            QStringLiteral("%1.schema%2-%3.bak")
                                    .arg(path)
                                    .arg(*version)
                                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
                    QSqlQuery b(db);
                    b.prepare(QStringLiteral("VACUUM INTO ?"));
                    b.addBindValue(backup);
                    if (!b.exec())
                        result = Error{ tr("Could not copy %1 to %2 before upgrading it: %3. Nothing was changed.")
                                                .arg(path, backup, sqlErrorText(b.lastError())) };
                    else {
                        m_backupPath = backup;
                        QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status Database::openSqlite(const QString &path)
{
    close();
    m_serverAddress.clear();
    m_serverPassword.clear();
    m_dialect = Dialect::SQLite;
    m_readOnly = false;
    m_path = path;
    m_backupPath.clear();

    const QFileInfo info(path);
    int version = 0;
    if (info.exists() && info.size() > 0) {
        if (Status s = inspectExisting(path, &version); !s)
            return s;
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{ tr("The folder %1 cannot be created.").arg(info.absolutePath()) };
    } else {
        // Health data: a new file is readable by its owner only (SQLite gives the
        // -wal and -shm files the same permissions).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{ tr("The file %1 cannot be created: %2").arg(path, file.errorString()) };
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString why = sqlErrorText(db.lastError());
        close();
        return Error{ tr("%1 cannot be opened: %2").arg(path, why) };
    }
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                "PRAGMA busy_timeout = 5000",
                                "PRAGMA cache_size = -65536" /* 64 MB: big imports stay in memory until commit */ }) {
        if (Status s = exec(QLatin1String(pragma), tr("setting up the database")); !s) {
            close();
            return s;
        }
    }
    if (Status s = migrate(); !s) {
        close();
        return s;
    }
    return {};
}

Status Database::open(const QString &target, const QString &password)
{
    return isServerAddress(target) ? openPostgres(target, password) : openSqlite(target);
}

bool Database::isServerAddress(const QString &target)
{
    return target.startsWith(QLatin1String("postgresql://")) || target.startsWith(QLatin1String("postgres://"));
}

Status Database::checkIntegrity() const
{
    if (m_dialect == Dialect::PostgreSQL)
        return {}; // the server keeps its own pages; backups and replicas check them (docs/SERVER.md)

    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Error{ tr("The integrity check could not run: %1").arg(sqlErrorText(q.lastError())) };
    QStringList problems;
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    if (!problems.isEmpty())
        return Error{
            tr("%1 failed its integrity check: %2").arg(m_path, problems.mid(0, 5).join(QStringLiteral("; ")))
        };
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (connection().tables().contains(QLatin1String("schema_info"))
        && q.exec(QStringLiteral("SELECT MAX(version) FROM schema_info")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Database::migrate()
{
    const int current = schemaVersion();
    const QMap<int, QString> steps = migrationSteps(m_dialect);
    for (auto step = steps.begin(); step != steps.end(); ++step) {
        const int number = step.key();
        if (number <= current)
            continue;
        QString sql;
        if (!step->isEmpty()) {
            QFile f(*step);
            if (!f.open(QIODevice::ReadOnly))
                return Error{ tr("Migration %1 is missing from the program.").arg(*step) };
            sql = QString::fromUtf8(f.readAll());
        }
        const bool sqlite = m_dialect == Dialect::SQLite;
        sql.replace(QStringLiteral("{{id}}"),
                    sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                           : QStringLiteral("BIGSERIAL PRIMARY KEY"));
        sql.replace(QStringLiteral("{{timestamp}}"), sqlite ? QStringLiteral("TEXT") : QStringLiteral("TIMESTAMPTZ"));
        sql.replace(QStringLiteral("{{date}}"), sqlite ? QStringLiteral("TEXT") : QStringLiteral("DATE"));
        sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));

        Transaction tx(*this);
        if (!tx.started())
            return tx.started();
        for (const QString &statement : splitStatements(sql)) {
            if (Status s = exec(statement, tr("upgrading the database to schema %1").arg(number)); !s)
                return s;
        }
        QSqlQuery q = prepare(
                QStringLiteral("INSERT INTO schema_info (version, applied_at, program_version) VALUES (?, ?, ?)"));
        q.addBindValue(number);
        q.addBindValue(sqlTimestamp(QDateTime::currentDateTimeUtc()));
        q.addBindValue(QStringLiteral(CARAVAN_VERSION));
        if (Status s = exec(q, tr("recording schema %1").arg(number)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qWarning("caravan: cannot prepare %s: %s", qPrintable(sql), qPrintable(sqlErrorText(q.lastError())));
    return q;
}

QSqlQuery &Database::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, prepare(sql));
    return *it;
}

Error Database::failure(const QSqlError &e, const QString &doing) const
{
    // The server went away (restart, network): libpq says so in its own words, with
    // SQLSTATE class 08 or admin shutdown 57P01, or no code at all.
    if (m_dialect == Dialect::PostgreSQL
        && (e.type() == QSqlError::ConnectionError || e.nativeErrorCode().startsWith(QLatin1String("08"))
            || e.nativeErrorCode() == QLatin1String("57P01") || connectionBroken()))
        return Error{ tr("The connection to the server %1 was lost while %2; nothing was saved. Caravan connects "
                         "again by itself: try again in a moment.")
                              .arg(m_path, doing) };
    // read_only_sql_transaction: a reporting connection, or a replica.
    if (e.nativeErrorCode() == QLatin1String("25006"))
        return Error{ tr("This connection only reads (a reporting server or a replica), so %1 is not possible "
                         "here. Make changes on the centre's main server.")
                              .arg(doing) };
    // PostgreSQL's insufficient_privilege: the person's role on the server forbids it.
    if (e.nativeErrorCode() == QLatin1String("42501"))
        return Error{ tr("Your role on the server does not allow this (%1). Ask the centre's administrator if "
                         "you need it.")
                              .arg(doing) };
    return Error{ tr("The database failed while %1: %2").arg(doing, sqlErrorText(e)) };
}

Status Database::exec(QSqlQuery &q, const QString &doing) const
{
    if (q.exec())
        return {};
    return failure(q.lastError(), doing);
}

Status Database::exec(const QString &sql, const QString &doing) const
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    return failure(q.lastError(), doing);
}

Status Database::begin()
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (Status s = execControl(sql, tr("starting a transaction")); !s)
        return s;
    if (m_depth > 0)
        m_savepointMarks.append(m_afterCommit.size());
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth == 0)
        return Error{ tr("Internal error: commit without a transaction.") };
    --m_depth;
    if (m_depth > 0) {
        m_savepointMarks.removeLast();
        return execControl(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth), tr("saving"));
    }
    if (Status s = exec(QStringLiteral("COMMIT"), tr("saving")); !s) {
        (void)exec(QStringLiteral("ROLLBACK"), QString());
        m_afterCommit.clear();
        return s;
    }
    const auto pending = std::exchange(m_afterCommit, {});
    for (const auto &f : pending)
        f();
    return {};
}

Status Database::execControl(const QString &sql, const QString &doing)
{
    // SQLite runs these often enough to keep them prepared; PostgreSQL cannot
    // prepare transaction control (PREPARE ... AS BEGIN is a syntax error).
    if (m_dialect == Dialect::SQLite)
        return exec(cached(sql), doing);
    return exec(sql, doing);
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    --m_depth;
    if (m_depth > 0) {
        (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth), QString());
        (void)exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth), QString());
        // Announcements queued inside the savepoint describe changes that are gone.
        m_afterCommit.resize(m_savepointMarks.takeLast());
        return;
    }
    (void)exec(QStringLiteral("ROLLBACK"), QString());
    m_afterCommit.clear();
}

void Database::afterCommit(std::function<void()> f)
{
    if (m_depth == 0)
        f();
    else
        m_afterCommit.append(std::move(f));
}

} // namespace caravan
