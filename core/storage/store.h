// Store: reads and writes every record type of the clinical model. Each write
// validates in core first, runs in one transaction with its audit row (and, for
// patients, the search keys), checks the row version so that two desktops cannot
// overwrite each other silently, and announces the change through the
// ChangeNotifier once committed. Reads return whole records decoded through the
// field visitor (fieldcodec.h). All SQL for records lives here and in
// patientsearch.cpp; the templates below only translate between records and the
// JSON field maps the non-template workers in store.cpp handle.
#pragma once

#include "database.h"
#include "patientsearch.h"

#include "domain/auditentry.h"
#include "domain/fieldcodec.h"
#include "domain/recordkinds.h"
#include "domain/result.h"
#include "domain/validation.h"
#include "events/changenotifier.h"

#include <QCoreApplication>
#include <QPointer>
#include <type_traits>

namespace caravan {

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit Store(Database &db, ChangeNotifier *notifier = nullptr);

    Database &database() { return m_db; }
    const Database &database() const { return m_db; }
    // Written into the audit trail as the author of every change.
    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }
    // The author when nobody has said who they are: the system's login name.
    static QString defaultUserName();

    template<codec::Record T>
    Result<qint64> create(T &record);
    // Many records at once (a lab's results, a series of counts): all are validated
    // first, then written in one transaction with one audit row each; all or nothing.
    template<codec::Record T>
    Status createMany(QList<T> &records);
    template<codec::Record T>
    Status update(T &record);
    // Puts a deleted record back under its old id (the undo of a delete; audited as "restore").
    template<codec::Record T>
    Status restore(T &record);
    template<codec::Record T>
    Status remove(qint64 id);
    template<codec::Record T>
    Result<T> get(qint64 id) const;
    // The records of one kind belonging to a patient, in time order.
    template<codec::Record T>
    QList<T> partsOf(qint64 patientId) const;

    Result<PatientRecord> record(qint64 patientId) const;
    // Reads again only the parts of a record a change touched (the ChangeNotifier's
    // parts); Identity reads the patient row. Fails if the patient is gone.
    Status refresh(PatientRecord &record, RecordParts parts) const;
    // The latest audit row of one stored record (who changed it last, and when);
    // nullopt if it has none.
    std::optional<AuditEntry> lastChange(const char *table, qint64 id) const;
    // "Amina Yusupova at 2026-05-01 10:20" (from lastChange), for a message about a
    // record someone changed meanwhile.
    QString changedBy(const char *table, qint64 id) const;
    QList<Institution> institutions() const;
    std::optional<qint64> patientIdByRecordNumber(const QString &recordNumber) const;
    QList<qint64> patientIds() const; // every patient, by record number
    int patientCount() const;
    QList<AuditEntry> history(qint64 patientId, int limit = 1000) const;
    // Writes into the audit trail that a document about the patient left the program
    // (saved as a file or printed): which document ("summary", "teleconsult",
    // "invitation"), in which languages, to where. Audited as action "export" on entity
    // "document"; not a change of the record, so there is nothing to undo.
    Status recordDisclosure(qint64 patientId, const QString &document, const QStringList &languages,
                            const QString &destination);

    const PatientSearch &search() const { return m_search; }

    // Writes after many patients changed at once (import, demo, generation) call this
    // so that views reload once instead of per record.
    void announceReset();

private:
    struct Row
    {
        qint64 id = 0;
        int version = 0;
        QDateTime createdAt, updatedAt;
        QJsonObject fields;
    };

    // create() and restore(): validate, insert with the audit row (and search keys), announce.
    template<codec::Record T>
    Result<qint64> insertRecord(T &record, qint64 restoredId);
    Result<ValidationContext> contextFor(qint64 patientId) const;
    Status checkRecordNumberFree(const Patient &p) const;
    // restoredId > 0 puts a deleted record back under its old id (undo of a delete).
    Result<Row> insertRow(const char *table, const QJsonObject &fields, qint64 patientId, qint64 restoredId = 0);
    // before: the stored record as recordToJson() encodes it, so the audit diff
    // compares like with like.
    Result<Row> updateRow(const char *table, qint64 id, int expectedVersion, const QJsonObject &before,
                          const QJsonObject &fields, qint64 patientId);
    Status deleteRow(const char *table, qint64 id, qint64 patientId, const QJsonObject &before);
    template<codec::Record T>
    Status deleteAllOf(qint64 patientId)
    {
        for (const T &part : partsOf<T>(patientId))
            if (Status s = deleteRow(T::table, part.id, patientId, codec::recordToJson(part)); !s)
                return s;
        return {};
    }
    Result<Row> selectRow(const char *table, qint64 id) const;
    static Row rowFrom(const QSqlQuery &q, const QStringList &columns);
    QList<Row> selectRows(const char *table, const char *orderColumn, qint64 patientId) const;
    Status writeAudit(const char *action, const char *table, qint64 id, qint64 patientId, const QJsonObject &before,
                      const QJsonObject &after);
    void announce(const char *table, RecordPart part, qint64 patientId, const char *action);

    static Error invalid(const QList<ValidationIssue> &issues);

    template<codec::Record T>
    static qint64 patientOf(const T &r)
    {
        if constexpr (std::is_base_of_v<PatientPart, T>)
            return r.patientId;
        else if constexpr (std::is_same_v<T, Patient>)
            return r.id;
        else
            return 0;
    }
    template<codec::Record T>
    static Result<T> decode(const Row &row)
    {
        T r;
        if (QString e = codec::recordFromJson(row.fields, r); !e.isEmpty())
            return Error{
                tr("A stored %1 record (id %2) cannot be read: %3").arg(QLatin1String(T::table)).arg(row.id).arg(e)
            };
        r.id = row.id;
        r.version = row.version;
        r.createdAt = row.createdAt;
        r.updatedAt = row.updatedAt;
        return r;
    }
    template<codec::Record T>
    static void adopt(T &r, const Row &row)
    {
        r.id = row.id;
        r.version = row.version;
        r.createdAt = row.createdAt;
        r.updatedAt = row.updatedAt;
    }
    template<codec::Record T>
    Result<ValidationContext> contextOf(const T &r) const
    {
        if constexpr (std::is_base_of_v<PatientPart, T>)
            return contextFor(r.patientId);
        else
            return ValidationContext{};
    }

    Database &m_db; // cached statements are used from const readers too
    QPointer<ChangeNotifier> m_notifier;
    QString m_userName;
    PatientSearch m_search;
    QHash<QString, QString> m_insertSql; // table -> INSERT statement
};

template<codec::Record T>
Result<qint64> Store::create(T &record)
{
    return insertRecord(record, 0);
}

template<codec::Record T>
Result<qint64> Store::insertRecord(T &record, qint64 restoredId)
{
    const auto ctx = contextOf(record);
    if (!ctx)
        return ctx.error();
    if (const auto issues = validate(record, *ctx); !issues.isEmpty())
        return invalid(issues);
    if constexpr (std::is_same_v<T, Patient>) {
        if (Status s = checkRecordNumberFree(record); !s)
            return s.error();
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto row = insertRow(T::table, codec::recordToJson(record), patientOf(record), restoredId);
    if (!row)
        return row.error();
    T stored = record;
    adopt(stored, *row);
    if constexpr (std::is_same_v<T, Patient>) {
        if (Status s = m_search.index(stored); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    record = stored;
    announce(T::table, T::part, patientOf(record), "create");
    return record.id;
}

template<codec::Record T>
Status Store::createMany(QList<T> &records)
{
    static_assert(std::is_base_of_v<PatientPart, T>, "createMany is for the parts of a patient's record");
    QHash<qint64, ValidationContext> contexts;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const qint64 owner = patientOf(records[i]);
        if (!contexts.contains(owner)) {
            const auto ctx = contextOf(records[i]);
            if (!ctx)
                return ctx.error();
            contexts.insert(owner, *ctx);
        }
        if (const auto issues = validate(records[i], contexts.value(owner)); !issues.isEmpty()) {
            Error e = invalid(issues);
            e.message = tr("Record %1 of %2: %3").arg(i + 1).arg(records.size()).arg(e.message);
            return e;
        }
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QList<T> stored = records;
    for (T &record : stored) {
        auto row = insertRow(T::table, codec::recordToJson(record), patientOf(record));
        if (!row)
            return row.error();
        adopt(record, *row);
    }
    if (Status s = tx.commit(); !s)
        return s;
    records = stored;
    for (const qint64 owner : contexts.keys())
        announce(T::table, T::part, owner, "create");
    return {};
}

template<codec::Record T>
Status Store::restore(T &record)
{
    if (auto id = insertRecord(record, record.id); !id)
        return id.error();
    return {};
}

template<codec::Record T>
Status Store::update(T &record)
{
    const auto ctx = contextOf(record);
    if (!ctx)
        return ctx.error();
    if (const auto issues = validate(record, *ctx); !issues.isEmpty())
        return invalid(issues);
    if constexpr (std::is_same_v<T, Patient>) {
        if (Status s = checkRecordNumberFree(record); !s)
            return s;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    const auto before = get<T>(record.id);
    if (!before)
        return Error{ tr("This %1 was deleted by someone else; it cannot be changed.").arg(kindLabel<T>()),
                      Error::Reason::DeletedElsewhere };
    if (before->version != record.version)
        return Error{ tr("This %1 was changed by %2 after you opened it. Reopen it to see the change, "
                         "then make yours again.")
                              .arg(kindLabel<T>(), changedBy(T::table, record.id)),
                      Error::Reason::ChangedElsewhere };
    // Nothing changed: nothing written (no new version, no audit row, no notice), so
    // that a version step always has its audit row and the others' copies stay current.
    if (codec::recordToJson(*before) == codec::recordToJson(record)) {
        record = *before;
        return tx.commit();
    }
    auto row = updateRow(T::table, record.id, record.version, codec::recordToJson(*before), codec::recordToJson(record),
                         patientOf(record));
    if (!row)
        return row.error();
    T stored = record;
    adopt(stored, *row);
    stored.createdAt = before->createdAt;
    if constexpr (std::is_same_v<T, Patient>) {
        if (Status s = m_search.index(stored); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    record = stored;
    announce(T::table, T::part, patientOf(record), "update");
    return {};
}

template<codec::Record T>
Status Store::remove(qint64 id)
{
    const auto existing = get<T>(id);
    if (!existing)
        return existing.error();
    const qint64 patientId = patientOf(*existing);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if constexpr (std::is_same_v<T, Patient>) {
        Status parts;
        forEachKindReversed(PatientParts{}, [&](auto kind) { // children before parents
            if (parts)
                parts = deleteAllOf<typename decltype(kind)::type>(id);
        });
        if (!parts)
            return parts;
        if (Status s = m_search.unindex(id); !s)
            return s;
    }
    if (Status s = deleteRow(T::table, id, patientId, codec::recordToJson(*existing)); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    announce(T::table, T::part, patientId, "delete");
    return {};
}

template<codec::Record T>
Result<T> Store::get(qint64 id) const
{
    const auto row = selectRow(T::table, id);
    if (!row)
        return row.error();
    return decode<T>(*row);
}

template<codec::Record T>
QList<T> Store::partsOf(qint64 patientId) const
{
    QList<T> out;
    for (const Row &row : selectRows(T::table, T::orderColumn, patientId)) {
        if (auto r = decode<T>(row))
            out.append(*r);
        else
            qWarning("caravan: %s", qPrintable(r.error().message));
    }
    return out;
}

} // namespace caravan
