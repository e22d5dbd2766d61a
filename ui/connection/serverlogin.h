// Connecting a Database to a centre's server as a person: the password from the
// system keychain if one is kept for the address, else libpq's own (PGPASSWORD,
// ~/.pgpass, or none where the server trusts the desk), else asked for in a
// password prompt that shows why (asked for, or refused), up to three times. A
// password typed is kept in the keychain only when the person asked for it, and
// never in the settings file.
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace caravan {

class Database;

struct ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)
public:
    QString address; // postgresql://user@host:port/database?sslmode=...
    QString password; // empty: keychain, libpq, then ask
    bool rememberPassword = false;
    bool readOnly = false; // a reporting connection (Database::openPostgresReadOnly)

    // Opens db on the address as described above; the prompts are children of parent.
    Status connect(QWidget *parent, Database &db) const;
    QString shownAddress() const; // without a password
};

} // namespace caravan
