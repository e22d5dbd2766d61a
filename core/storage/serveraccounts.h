// ServerAccounts: the people who may log in to a centre's PostgreSQL server and
// their roles (docs/SECURITY.md). Each person is a login role of their own, member
// of a Caravan group role; the server, not the program, then decides what they may
// change. Passwords go to the server only as SCRAM verifiers computed by libpq on
// this side, so no password is ever stored by Caravan or sent as text. Also tells
// the interface what the logged-in person may change, so it can hide what the
// server would refuse. On SQLite the one local user may do everything.
#pragma once

#include "database.h"

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace caravan {

enum class CentreRole { Staff, Coordinator, Doctor, Administrator };

struct ServerAccount
{
    QString name;
    QStringList roles; // "staff", "coordinator", "doctor", "administrator"
    bool canLogIn = true;
};

class ServerAccounts
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccounts)
public:
    explicit ServerAccounts(Database &db);

    static QString code(CentreRole role); // "doctor"
    static std::optional<CentreRole> fromCode(const QString &code);
    static QString label(CentreRole role); // translated

    // A new login role in `role`; an empty password leaves it without one (it can log
    // in only where the server trusts the system user, until a password is set).
    Status addUser(const QString &name, CentreRole role, const QString &password = {});
    Status setRole(const QString &name, CentreRole role);
    Status setPassword(const QString &name, const QString &password);
    // Cannot log in any more; everything they did stays in the trail under their name.
    Status disableUser(const QString &name);
    Result<QList<ServerAccount>> users() const;

    // Whether the person logged in may insert, change and delete rows of the table.
    bool mayChange(const char *table) const;
    // The Caravan roles of the person logged in ("administrator", ...); every role on SQLite.
    QStringList myRoles() const;

private:
    Status checkName(const QString &name) const;
    Result<QString> scramVerifier(const QString &name, const QString &password) const;
    Status run(const QString &sqlTemplate, const QStringList &arguments, const QString &doing);

    Database &m_db;
    mutable QHash<QString, bool> m_mayChange;
};

} // namespace caravan
