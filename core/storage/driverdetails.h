// Details of Qt's SQL drivers that several storage files need, kept in one place
// (internal to core/storage): the text of a driver error, and the libpq connection
// under Qt's PostgreSQL driver.
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace caravan::storage {

// The database's own words if it gave any, else Qt's.
inline QString sqlErrorText(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

// The PGconn under a QPSQL connection; nullptr for another driver or a closed one.
// QMetaType names the handle after the struct (pg_conn*) or the typedef (PGconn*).
inline PGconn *libpqConnection(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    const bool isPgConn = handle.isValid()
            && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    return isPgConn ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

} // namespace caravan::storage
