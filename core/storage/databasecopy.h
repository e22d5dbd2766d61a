// DatabaseCopy: moves a whole Caravan database to another, empty one: a desk's
// SQLite file to the centre's PostgreSQL server, or a server to a new SQLite file
// (an offline copy). Every table is copied row by row with its ids, the audit trail
// as it was written (on a server the audit triggers are switched off for the copy,
// inside its one transaction, so the trail is not written a second time), then the
// id sequences are moved past the copied ids. A cancelled or failed copy rolls back
// and leaves the target as empty as it was.
//
// verify() then reads both databases again, table by table in key order, and
// compares a SHA-256 of every row's values (dates and instants in one canonical form,
// so a file's ISO text and a server's timestamptz compare equal): rows per table,
// rows that differ or exist on one side only, and each table's checksum.
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <algorithm>
#include <functional>

namespace caravan {

class Database;

struct TableComparison
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    qint64 differingRows = 0; // changed, or present on one side only
    QString sourceChecksum; // SHA-256 over the rows' hashes, hex
    QString targetChecksum;
    QString firstDifference; // "id 42" of the first differing row, empty when none
    bool matches() const
    {
        return sourceRows == targetRows && differingRows == 0 && sourceChecksum == targetChecksum;
    }
};

struct CopyComparison
{
    QList<TableComparison> tables;
    bool matches() const
    {
        return std::all_of(tables.begin(), tables.end(), [](const TableComparison &t) { return t.matches(); });
    }
    qint64 rows() const
    {
        qint64 n = 0;
        for (const auto &t : tables)
            n += t.sourceRows;
        return n;
    }
};

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    // Rows copied so far and in all; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Refuses a target that holds any record or audit row.
    static Status checkEmpty(Database &target);
    static Status copy(Database &source, Database &target, const Progress &progress = {});
    static Result<CopyComparison> verify(Database &source, Database &target, const Progress &progress = {});
};

} // namespace caravan
