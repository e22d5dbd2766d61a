// DatabaseCopy: see databasecopy.h.
#include "databasecopy.h"

#include "database.h"
#include "driverdetails.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

namespace caravan {

namespace {

constexpr qint64 kWindow = 5000; // ids (or patients, for search keys) read per query
constexpr int kRowsPerInsert = 100;

struct TableShape
{
    QString name;
    QString windowColumn; // what the table is read in windows of
    QString order; // ORDER BY within a window
    bool hasId = true;
};

// Parents before children, the audit trail last.
QList<TableShape> shapes()
{
    const QString byId = QStringLiteral("id");
    QList<TableShape> list;
    for (const char *t : { "institution", "patient", "diagnosis", "treatment_course", "assessment", "measurement",
                           "visit" })
        list << TableShape{ QString::fromLatin1(t), byId, byId, true };
    list << TableShape{ QStringLiteral("search_key"), QStringLiteral("patient_id"),
                        QStringLiteral("patient_id, kind, key"), false };
    list << TableShape{ QStringLiteral("audit_log"), byId, byId, true };
    return list;
}

// The tables the server's audit trigger watches: the record kinds.
bool hasAuditTrigger(const TableShape &t)
{
    return t.hasId && t.name != QLatin1String("audit_log");
}

Error cancelled(const Database &target)
{
    return Error{ DatabaseCopy::tr("The copy was cancelled; nothing was kept in %1.").arg(target.path()) };
}

// Columns both databases have, in one order (by name).
QStringList commonColumns(Database &a, Database &b, const QString &table)
{
    const QSqlRecord ra = a.connection().record(table);
    const QSqlRecord rb = b.connection().record(table);
    QStringList columns;
    for (int i = 0; i < ra.count(); ++i)
        if (rb.indexOf(ra.fieldName(i)) >= 0)
            columns << ra.fieldName(i);
    columns.sort();
    return columns;
}

// On a server, text sorts byte by byte (as SQLite's BINARY), so both sides agree.
QString orderClause(const Database &db, const TableShape &t)
{
    if (db.dialect() == Database::Dialect::PostgreSQL && !t.hasId)
        return QStringLiteral("patient_id, kind COLLATE \"C\", key COLLATE \"C\"");
    return t.order;
}

Result<QPair<qint64, qint64>> windowRange(Database &db, const TableShape &t)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT MIN(%1), MAX(%1), COUNT(*) FROM %2").arg(t.windowColumn, t.name));
    if (Status s = db.exec(q, DatabaseCopy::tr("reading %1").arg(t.name)); !s)
        return s.error();
    q.next();
    if (q.value(2).toLongLong() == 0)
        return QPair<qint64, qint64>{ 1, 0 };
    return QPair<qint64, qint64>{ q.value(0).toLongLong(), q.value(1).toLongLong() };
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Reads the rows of a table whose window column is in [from, to), in key order.
Status forEachRowIn(Database &db, const TableShape &t, const QStringList &columns, qint64 from, qint64 to,
                    const std::function<Status(const QSqlQuery &)> &row)
{
    QSqlQuery &q = db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE %3 >= ? AND %3 < ? ORDER BY %4")
                                     .arg(columns.join(QStringLiteral(", ")), t.name, t.windowColumn,
                                          orderClause(db, t)));
    q.bindValue(0, from);
    q.bindValue(1, to);
    if (Status s = db.exec(q, DatabaseCopy::tr("reading %1").arg(t.name)); !s)
        return s;
    Status result;
    while (result && q.next())
        result = row(q);
    q.finish();
    return result;
}

// The whole table, window by window.
Status forEachRow(Database &db, const TableShape &t, const QStringList &columns,
                  const std::function<Status(const QSqlQuery &)> &row)
{
    const auto range = windowRange(db, t);
    if (!range)
        return range.error();
    for (qint64 from = range->first; from <= range->second; from += kWindow)
        if (Status s = forEachRowIn(db, t, columns, from, from + kWindow, row); !s)
            return s;
    return {};
}

bool isBookkeepingTime(const QString &column)
{
    return column == QLatin1String("created_at") || column == QLatin1String("updated_at")
            || column == QLatin1String("at");
}

// A value read from either database as a file keeps it. A server hands back dates
// and instants typed; a file keeps them as the store wrote them: bookkeeping times
// with milliseconds, a record's own times (fieldcodec) to the second.
QVariant forFile(const QVariant &v, const QString &column)
{
    if (v.isNull())
        return v;
    if (v.typeId() == QMetaType::QDateTime) {
        const QDateTime t = v.toDateTime().toUTC();
        if (isBookkeepingTime(column) || t.time().msec() != 0)
            return sqlTimestampText(t);
        return t.toString(Qt::ISODate);
    }
    if (v.typeId() == QMetaType::QDate)
        return sqlDateText(v.toDate());
    return v;
}

// One canonical text per value, the same whichever database it came from.
QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\x01null");
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return sqlTimestampText(v.toDateTime()).toUtf8();
    case QMetaType::QDate:
        return sqlDateText(v.toDate()).toUtf8();
    case QMetaType::Bool:
        return v.toBool() ? "1" : "0";
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    default:
        break;
    }
    const QString text = v.toString();
    static const QRegularExpression instant(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?(Z|[+-]\\d\\d:\\d\\d)?$"));
    if (text.size() >= 16 && text.size() <= 29 && instant.match(text).hasMatch())
        if (const QDateTime t = timestampFromSql(text); t.isValid())
            return sqlTimestampText(t).toUtf8();
    // A number read back as text (SQLite is loosely typed).
    return text.toUtf8();
}

// One value in PostgreSQL's COPY text format: \N for NULL, backslash escapes.
void appendCopyValue(QByteArray &line, const QVariant &v)
{
    if (v.isNull()) {
        line += "\\N";
        return;
    }
    QByteArray text;
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        text = sqlTimestampText(v.toDateTime()).toUtf8();
        break;
    case QMetaType::QDate:
        text = sqlDateText(v.toDate()).toUtf8();
        break;
    case QMetaType::Bool:
        text = v.toBool() ? "1" : "0";
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        text = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    default:
        text = v.toString().toUtf8();
    }
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

// A table into a server with COPY … FROM STDIN on the connection's own libpq handle
// (inside the copy's transaction): many times faster than INSERTs.
Status copyIntoServer(Database &source, Database &target, const TableShape &t, const QStringList &columns,
                      qint64 &done, qint64 total, const DatabaseCopy::Progress &progress)
{
    PGconn *conn = storage::libpqConnection(target.connection());
    if (!conn)
        return Error{ DatabaseCopy::tr("The server connection cannot be reached for copying.") };
    const QByteArray start =
            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(t.name, columns.join(QStringLiteral(", "))).toUtf8();
    PGresult *r = PQexec(conn, start.constData());
    const bool started = PQresultStatus(r) == PGRES_COPY_IN;
    const QString startError = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    if (!started)
        return Error{ DatabaseCopy::tr("The server refused to take %1: %2").arg(t.name, startError) };
    QByteArray buffer;
    bool stopped = false;
    auto send = [&]() {
        if (!buffer.isEmpty() && PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1)
            return false;
        buffer.clear();
        return true;
    };
    qint64 rowsInBuffer = 0;
    Status read = forEachRow(source, t, columns, [&](const QSqlQuery &q) -> Status {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendCopyValue(buffer, q.value(i));
        }
        buffer += '\n';
        if (++rowsInBuffer == 1000) {
            done += rowsInBuffer;
            rowsInBuffer = 0;
            if (!send())
                return Error{ DatabaseCopy::tr("Sending %1 to the server failed: %2")
                                      .arg(t.name, QString::fromUtf8(PQerrorMessage(conn)).trimmed()) };
            if (progress && !progress(done, total)) {
                stopped = true;
                return Error{ QString() };
            }
        }
        return {};
    });
    done += rowsInBuffer;
    const bool sent = read && send();
    PQputCopyEnd(conn, sent ? nullptr : "cancelled");
    QString serverError;
    while (PGresult *end = PQgetResult(conn)) {
        if (PQresultStatus(end) != PGRES_COMMAND_OK && serverError.isEmpty())
            serverError = QString::fromUtf8(PQresultErrorMessage(end)).trimmed();
        PQclear(end);
    }
    if (stopped)
        return cancelled(target);
    if (!read)
        return read;
    if (!serverError.isEmpty())
        return Error{ DatabaseCopy::tr("The server refused the rows of %1: %2").arg(t.name, serverError) };
    return {};
}

// A table into a file with INSERTs of up to kRowsPerInsert rows (inside the copy's
// transaction).
Status copyIntoFile(Database &source, Database &target, const TableShape &t, const QStringList &columns,
                    qint64 &done, qint64 total, const DatabaseCopy::Progress &progress)
{
    const QString placeholders =
            QStringLiteral("(") + QStringList(columns.size(), QStringLiteral("?")).join(',') + QLatin1Char(')');
    QList<QVariant> pending;
    auto flush = [&]() -> Status {
        const qsizetype rows = pending.size() / columns.size();
        if (rows == 0)
            return {};
        QSqlQuery &insert = target.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                                  .arg(t.name, columns.join(QStringLiteral(", ")),
                                                       QStringList(rows, placeholders).join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < pending.size(); ++i)
            insert.bindValue(int(i), pending.at(i));
        Status s = target.exec(insert, DatabaseCopy::tr("copying %1").arg(t.name));
        insert.finish();
        pending.clear();
        done += rows;
        if (s && progress && !progress(done, total))
            return cancelled(target);
        return s;
    };
    Status read = forEachRow(source, t, columns, [&](const QSqlQuery &q) -> Status {
        for (int i = 0; i < columns.size(); ++i)
            pending << forFile(q.value(i), columns.at(i));
        if (pending.size() >= qsizetype(columns.size()) * kRowsPerInsert)
            return flush();
        return {};
    });
    if (!read)
        return read;
    return flush();
}

QByteArray rowHash(const QSqlQuery &q, int columns)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (int i = 0; i < columns; ++i) {
        const QByteArray c = canonical(q.value(i));
        h.addData(QByteArray::number(c.size()));
        h.addData(QByteArrayView(":"));
        h.addData(c);
    }
    return h.result();
}

// The key a row is ordered by: (id) or (patient_id, kind, key).
struct RowKey
{
    qint64 number = 0;
    QByteArray text;
    friend bool operator<(const RowKey &a, const RowKey &b)
    {
        return a.number != b.number ? a.number < b.number : a.text < b.text;
    }
    friend bool operator==(const RowKey &a, const RowKey &b) { return a.number == b.number && a.text == b.text; }
};

struct HashedRow
{
    RowKey key;
    QByteArray hash;
};

Status checkTablesExist(Database &db)
{
    const QStringList present = db.connection().tables();
    for (const TableShape &t : shapes())
        if (!present.contains(t.name))
            return Error{ DatabaseCopy::tr("%1 is not a Caravan database of this version (it has no table %2).")
                                  .arg(db.path(), t.name) };
    return {};
}

} // namespace

Status DatabaseCopy::checkEmpty(Database &target)
{
    if (Status s = checkTablesExist(target); !s)
        return s;
    for (const TableShape &t : shapes()) {
        const qint64 n = countRows(target, t.name);
        if (n != 0)
            return Error{ tr("%1 is not empty (%2 holds %3 rows). Copy only into a new, empty database; nothing "
                             "was written.")
                                  .arg(target.path(), t.name)
                                  .arg(n) };
    }
    return {};
}

Status DatabaseCopy::copy(Database &source, Database &target, const Progress &progress)
{
    if (Status s = checkTablesExist(source); !s)
        return s;
    if (source.schemaVersion() != target.schemaVersion())
        return Error{ tr("The two databases have different schema versions (%1 and %2).")
                              .arg(source.schemaVersion())
                              .arg(target.schemaVersion()) };
    if (Status s = checkEmpty(target); !s)
        return s;
    qint64 total = 0;
    for (const TableShape &t : shapes())
        total += countRows(source, t.name);

    Transaction tx(target);
    if (!tx.started())
        return tx.started();
    const bool server = target.dialect() == Database::Dialect::PostgreSQL;
    if (server) {
        // The trail is copied as it was; the triggers would write it a second time.
        for (const TableShape &t : shapes()) {
            if (!hasAuditTrigger(t))
                continue;
            QSqlQuery q(target.connection());
            if (!q.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t.name))) {
                if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
                    return Error{ tr("Copying into %1 needs the owner of the server's database (the login that ran "
                                     "caravan-cli admin init-server, or the database's owner). Nothing was written.")
                                          .arg(target.path()) };
                return target.failure(q.lastError(), tr("preparing the copy"));
            }
        }
    }

    qint64 done = 0;
    for (const TableShape &t : shapes()) {
        const QStringList columns = commonColumns(source, target, t.name);
        const Status s = server ? copyIntoServer(source, target, t, columns, done, total, progress)
                                : copyIntoFile(source, target, t, columns, done, total, progress);
        if (!s)
            return s;
        if (progress && !progress(done, total)) // after each table too
            return cancelled(target);
    }

    if (server) {
        for (const TableShape &t : shapes())
            if (hasAuditTrigger(t))
                if (Status s = target.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t.name),
                                           tr("finishing the copy"));
                    !s)
                    return s;
        // New records continue after the copied ids.
        for (const TableShape &t : shapes()) {
            if (!t.hasId)
                continue;
            if (Status s = target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                      "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                               .arg(t.name),
                                       tr("finishing the copy"));
                !s)
                return s;
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (server) {
        // Statistics for the planner and a visibility map for index-only scans: without
        // them the first searches on a freshly filled server are several times slower.
        for (const TableShape &t : shapes())
            (void)target.exec(QStringLiteral("VACUUM (ANALYZE) %1").arg(t.name), tr("finishing the copy"));
    }
    return {};
}

Result<CopyComparison> DatabaseCopy::verify(Database &source, Database &target, const Progress &progress)
{
    CopyComparison result;
    qint64 total = 0, done = 0;
    for (const TableShape &t : shapes())
        total += countRows(source, t.name);
    for (const TableShape &t : shapes()) {
        const QStringList columns = commonColumns(source, target, t.name);
        const int idColumn = int(columns.indexOf(QStringLiteral("id")));
        const int patientColumn = int(columns.indexOf(QStringLiteral("patient_id")));
        const int kindColumn = int(columns.indexOf(QStringLiteral("kind")));
        const int keyColumn = int(columns.indexOf(QStringLiteral("key")));
        auto keyOf = [&](const QSqlQuery &q) {
            RowKey k;
            if (t.hasId) {
                k.number = q.value(idColumn).toLongLong();
            } else {
                k.number = q.value(patientColumn).toLongLong();
                k.text = q.value(kindColumn).toString().toUtf8() + '\0' + q.value(keyColumn).toString().toUtf8();
            }
            return k;
        };
        const auto sourceRange = windowRange(source, t);
        if (!sourceRange)
            return sourceRange.error();
        const auto targetRange = windowRange(target, t);
        if (!targetRange)
            return targetRange.error();
        const qint64 first = std::min(sourceRange->first, targetRange->first);
        const qint64 last = std::max(sourceRange->second, targetRange->second);

        TableComparison c;
        c.table = t.name;
        QCryptographicHash sourceSum(QCryptographicHash::Sha256), targetSum(QCryptographicHash::Sha256);
        auto differs = [&c, &t](const RowKey &k) {
            ++c.differingRows;
            if (c.firstDifference.isEmpty())
                c.firstDifference = t.hasId ? QStringLiteral("id %1").arg(k.number)
                                            : QStringLiteral("patient %1").arg(k.number);
        };
        // Window by window (bounded memory): the source's rows, then the target's in step.
        for (qint64 from = first; from <= last; from += kWindow) {
            QList<HashedRow> sourceRows;
            if (Status s = forEachRowIn(source, t, columns, from, from + kWindow,
                                        [&](const QSqlQuery &q) -> Status {
                                            sourceRows.append({ keyOf(q), rowHash(q, int(columns.size())) });
                                            sourceSum.addData(sourceRows.last().hash);
                                            return {};
                                        });
                !s)
                return s.error();
            c.sourceRows += sourceRows.size();
            qsizetype at = 0;
            if (Status s = forEachRowIn(target, t, columns, from, from + kWindow,
                                        [&](const QSqlQuery &q) -> Status {
                                            const HashedRow row{ keyOf(q), rowHash(q, int(columns.size())) };
                                            ++c.targetRows;
                                            targetSum.addData(row.hash);
                                            while (at < sourceRows.size() && sourceRows.at(at).key < row.key)
                                                differs(sourceRows.at(at++).key); // missing in the target
                                            if (at < sourceRows.size() && sourceRows.at(at).key == row.key) {
                                                if (sourceRows.at(at).hash != row.hash)
                                                    differs(row.key);
                                                ++at;
                                            } else {
                                                differs(row.key); // only in the target
                                            }
                                            return {};
                                        });
                !s)
                return s.error();
            while (at < sourceRows.size())
                differs(sourceRows.at(at++).key);
            done += sourceRows.size();
            if (progress && !progress(done, total))
                return Error{ tr("The comparison was cancelled.") };
        }
        c.sourceChecksum = QString::fromLatin1(sourceSum.result().toHex());
        c.targetChecksum = QString::fromLatin1(targetSum.result().toHex());
        result.tables << c;
    }
    return result;
}

} // namespace caravan
