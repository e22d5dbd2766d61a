#include "serveraccounts.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include "driverdetails.h"

namespace caravan {

namespace {

QString groupRole(CentreRole role)
{
    switch (role) {
    case CentreRole::Staff:
        return QStringLiteral("caravan_staff");
    case CentreRole::Coordinator:
        return QStringLiteral("caravan_coordinator");
    case CentreRole::Doctor:
        return QStringLiteral("caravan_doctor");
    case CentreRole::Administrator:
        return QStringLiteral("caravan_admin");
    }
    return {};
}

constexpr CentreRole allRoles[] = { CentreRole::Staff, CentreRole::Coordinator, CentreRole::Doctor,
                                    CentreRole::Administrator };

} // namespace

ServerAccounts::ServerAccounts(Database &db) : m_db(db) { }

QString ServerAccounts::code(CentreRole role)
{
    switch (role) {
    case CentreRole::Staff:
        return QStringLiteral("staff");
    case CentreRole::Coordinator:
        return QStringLiteral("coordinator");
    case CentreRole::Doctor:
        return QStringLiteral("doctor");
    case CentreRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<CentreRole> ServerAccounts::fromCode(const QString &code)
{
    for (CentreRole r : allRoles)
        if (ServerAccounts::code(r) == code.trimmed().toLower())
            return r;
    return std::nullopt;
}

QString ServerAccounts::label(CentreRole role)
{
    switch (role) {
    case CentreRole::Staff:
        return tr("staff");
    case CentreRole::Coordinator:
        return tr("coordinator");
    case CentreRole::Doctor:
        return tr("doctor");
    case CentreRole::Administrator:
        return tr("administrator");
    }
    return {};
}

Status ServerAccounts::checkName(const QString &name) const
{
    if (m_db.dialect() != Database::Dialect::PostgreSQL)
        return Error{ tr(
                "People and roles live on a centre's PostgreSQL server; this database is a file on one desk.") };
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return Error{ tr("\"%1\" cannot be a login name: use lower-case Latin letters, digits, \".\", \"-\" or \"_\", "
                         "starting with a letter (for example aigul.bekova).")
                              .arg(name) };
    if (name.startsWith(QLatin1String("caravan_")) || name == QLatin1String("postgres"))
        return Error{ tr("\"%1\" is reserved for the server itself.").arg(name) };
    return {};
}

Result<QString> ServerAccounts::scramVerifier(const QString &name, const QString &password) const
{
    const QVariant handle = m_db.connection().driver()->handle();
    PGconn *conn = storage::libpqConnection(m_db.connection());
    if (!conn)
        return Error{ tr("The server connection is not open.") };
    char *verifier =
            PQencryptPasswordConn(conn, password.toUtf8().constData(), name.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Error{ tr("The password could not be prepared for the server: %1")
                              .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()) };
    const QString out = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return out;
}

Status ServerAccounts::run(const QString &sqlTemplate, const QStringList &arguments, const QString &doing)
{
    // Identifiers and literals are quoted by the server's format(), never by hand.
    QStringList placeholders;
    for (qsizetype i = 0; i < arguments.size(); ++i)
        placeholders << QStringLiteral("?::text");
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT format(?, %1)").arg(placeholders.join(QStringLiteral(", "))));
    q.addBindValue(sqlTemplate);
    for (const QString &a : arguments)
        q.addBindValue(a);
    if (Status s = m_db.exec(q, doing); !s)
        return s;
    if (!q.next())
        return Error{ tr("The server did not answer while %1.").arg(doing) };
    const QString statement = q.value(0).toString();
    q.finish();
    m_mayChange.clear();
    return m_db.exec(statement, doing);
}

Status ServerAccounts::addUser(const QString &name, CentreRole role, const QString &password)
{
    if (Status s = checkName(name); !s)
        return s;
    QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(name);
    if (Status s = m_db.exec(exists, tr("looking up %1").arg(name)); !s)
        return s;
    if (exists.next())
        return Error{ tr("There is already a login called %1 on this server.").arg(name) };
    if (Status s = run(QStringLiteral("CREATE ROLE %I LOGIN IN ROLE %I"), { name, groupRole(role) },
                       tr("adding %1").arg(name));
        !s)
        return s;
    if (role == CentreRole::Administrator)
        if (Status s = run(QStringLiteral("ALTER ROLE %I CREATEROLE"), { name }, tr("adding %1").arg(name)); !s)
            return s;
    return password.isEmpty() ? Status{} : setPassword(name, password);
}

Status ServerAccounts::setPassword(const QString &name, const QString &password)
{
    if (Status s = checkName(name); !s)
        return s;
    if (password.size() < 10)
        return Error{ tr("A password needs at least 10 characters.") };
    const auto verifier = scramVerifier(name, password);
    if (!verifier)
        return verifier.error();
    return run(QStringLiteral("ALTER ROLE %I PASSWORD %L"), { name, *verifier },
               tr("setting the password of %1").arg(name));
}

Status ServerAccounts::setRole(const QString &name, CentreRole role)
{
    if (Status s = checkName(name); !s)
        return s;
    for (CentreRole r : allRoles)
        if (r != role)
            if (Status s = run(QStringLiteral("REVOKE %I FROM %I"), { groupRole(r), name },
                               tr("changing the role of %1").arg(name));
                !s)
                return s;
    if (Status s = run(QStringLiteral("GRANT %I TO %I"), { groupRole(role), name },
                       tr("changing the role of %1").arg(name));
        !s)
        return s;
    return run(role == CentreRole::Administrator ? QStringLiteral("ALTER ROLE %I CREATEROLE")
                                                 : QStringLiteral("ALTER ROLE %I NOCREATEROLE"),
               { name }, tr("changing the role of %1").arg(name));
}

Status ServerAccounts::disableUser(const QString &name)
{
    if (Status s = checkName(name); !s)
        return s;
    return run(QStringLiteral("ALTER ROLE %I NOLOGIN"), { name }, tr("disabling %1").arg(name));
}

Result<QList<ServerAccount>> ServerAccounts::users() const
{
    if (m_db.dialect() != Database::Dialect::PostgreSQL)
        return Error{ tr(
                "People and roles live on a centre's PostgreSQL server; this database is a file on one desk.") };
    QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT r.rolname, r.rolcanlogin, g.rolname FROM pg_roles r "
            "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname LIKE 'caravan\\_%' AND r.rolname NOT LIKE 'caravan\\_%' ORDER BY r.rolname, g.rolname"));
    if (Status s = m_db.exec(q, tr("listing the people of the centre")); !s)
        return s.error();
    QList<ServerAccount> out;
    while (q.next()) {
        if (out.isEmpty() || out.last().name != q.value(0).toString())
            out.append(ServerAccount{ q.value(0).toString(), {}, q.value(1).toBool() });
        for (CentreRole r : allRoles)
            if (groupRole(r) == q.value(2).toString())
                out.last().roles << code(r);
    }
    return out;
}

bool ServerAccounts::mayChange(const char *table) const
{
    if (m_db.dialect() != Database::Dialect::PostgreSQL)
        return true;
    const QString t = QLatin1String(table);
    if (auto it = m_mayChange.constFind(t); it != m_mayChange.constEnd())
        return *it;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT has_table_privilege(current_user, ?, 'INSERT') "
                                              "AND has_table_privilege(current_user, ?, 'UPDATE')"));
    q.addBindValue(t);
    q.addBindValue(t);
    const bool may = m_db.exec(q, QString()) && q.next() && q.value(0).toBool();
    m_mayChange.insert(t, may);
    return may;
}

QStringList ServerAccounts::myRoles() const
{
    QStringList mine;
    if (m_db.dialect() != Database::Dialect::PostgreSQL) {
        for (CentreRole r : allRoles)
            mine << code(r);
        return mine;
    }
    for (CentreRole r : allRoles) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"));
        q.addBindValue(groupRole(r));
        if (m_db.exec(q, QString()) && q.next() && q.value(0).toBool())
            mine << code(r);
    }
    return mine;
}

} // namespace caravan
