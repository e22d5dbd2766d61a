#include "store.h"

#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace caravan {

namespace {

QVariant toSql(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return int(v.toBool());
    case QJsonValue::Double:
        return v.toVariant(); // keeps qint64 for whole numbers
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QVariant();
}

// One audit_log row selected as: id, at, user_name, action, entity, entity_id, patient_id, changes.
AuditEntry auditEntryFrom(const QSqlQuery &q);

QJsonValue fromSql(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::QDate:
        return sqlDateText(v.toDate());
    case QMetaType::QDateTime:
        return sqlTimestampText(v.toDateTime());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

// The server's trail holds a yes/no field as its column does (0/1); the store's own
// trail and `show` hold it as JSON true/false. One form for both readers.
void normalizeFlags(const QString &table, QJsonObject &changes)
{
    visitKind(table, [&changes](auto kind) {
        using T = typename decltype(kind)::type;
        T r;
        T::fields(r, [&changes](const Field &f, const auto &value) {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, bool>) {
                const QString name = QLatin1String(f.name);
                QJsonArray pair = changes.value(name).toArray();
                if (pair.isEmpty())
                    return;
                for (qsizetype i = 0; i < pair.size(); ++i)
                    if (pair.at(i).isDouble())
                        pair[i] = pair.at(i).toInt() != 0;
                changes.insert(name, pair);
            }
        });
    });
}

AuditEntry auditEntryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = timestampFromSql(q.value(1));
    e.userName = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.patientId = q.value(6).toLongLong();
    e.changes = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    normalizeFlags(e.entity, e.changes);
    return e;
}

} // namespace

Store::Store(Database &db, ChangeNotifier *notifier)
    : m_db(db), m_notifier(notifier), m_userName(defaultUserName()), m_search(db)
{
}

QString Store::defaultUserName()
{
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.trimmed().isEmpty() ? QStringLiteral("coordinator") : login.trimmed();
}

Error Store::invalid(const QList<ValidationIssue> &issues)
{
    return Error{ tr("The record was not saved: %n rule(s) not met.", nullptr, int(issues.size())), issues };
}

Result<ValidationContext> Store::contextFor(qint64 patientId) const
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT birth_date FROM patient WHERE id = ?"));
    q.bindValue(0, patientId);
    if (Status s = m_db.exec(q, tr("reading the patient")); !s)
        return s.error();
    if (!q.next())
        return Error{ tr("There is no patient with id %1.").arg(patientId) };
    ValidationContext ctx;
    ctx.birthDate = dateFromSql(q.value(0));
    q.finish();
    return ctx;
}

Status Store::checkRecordNumberFree(const Patient &p) const
{
    const auto other = patientIdByRecordNumber(p.recordNumber);
    if (other && *other != p.id)
        return Error{ tr("The record number %1 is already used by another patient.").arg(p.recordNumber),
                      { { QStringLiteral("record_number"), tr("Already used by another patient.") } } };
    return {};
}

std::optional<qint64> Store::patientIdByRecordNumber(const QString &recordNumber) const
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id FROM patient WHERE record_number = ?"));
    q.bindValue(0, recordNumber.trimmed());
    std::optional<qint64> id;
    if (m_db.exec(q, QString()) && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QList<qint64> Store::patientIds() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM patient ORDER BY record_number"));
    QList<qint64> ids;
    if (m_db.exec(q, QString()))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

int Store::patientCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM patient"));
    if (m_db.exec(q, QString()) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<Store::Row> Store::insertRow(const char *table, const QJsonObject &fields, qint64 patientId, qint64 restoredId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Every record of a type encodes the same fields, so the statement is built once per table.
    const QStringList columns = fields.keys();
    const bool restoring = restoredId > 0;
    QString &sql = m_insertSql[QLatin1String(table) + (restoring ? QStringLiteral("#id") : QString())];
    if (sql.isEmpty())
        sql = QStringLiteral(
                      "INSERT INTO %1 (%4version, created_at, updated_at, %2) VALUES (%5 1, ?, ?%3) RETURNING id")
                      .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
                           QStringLiteral(", ?").repeated(columns.size()),
                           restoring ? QStringLiteral("id, ") : QString(),
                           restoring ? QStringLiteral("?, ") : QString());
    const bool serverAudits = m_db.dialect() == Database::Dialect::PostgreSQL;
    if (restoring && serverAudits) {
        // The server's audit trigger writes "restore" for this insert instead of "create".
        if (Status s = m_db.exec(QStringLiteral("SELECT set_config('caravan.action', 'restore', true)"),
                                 tr("putting a record back"));
            !s)
            return s.error();
    }
    QSqlQuery &q = m_db.cached(sql);
    int i = 0;
    if (restoring)
        q.bindValue(i++, restoredId);
    q.bindValue(i++, sqlTimestamp(now));
    q.bindValue(i++, sqlTimestamp(now));
    for (const QString &c : columns)
        q.bindValue(i++, toSql(fields.value(c)));
    if (Status s = m_db.exec(q, tr("saving a new %1").arg(QLatin1String(table))); !s)
        return s.error();
    if (!q.next())
        return Error{ tr("The database did not return the new record's id.") };
    Row row{ q.value(0).toLongLong(), 1, now, now, fields };
    q.finish();
    if (restoring && serverAudits)
        (void)m_db.exec(QStringLiteral("SELECT set_config('caravan.action', '', true)"), QString());
    const qint64 owner = qstrcmp(table, "patient") == 0 ? row.id : patientId;
    if (Status s = writeAudit(restoring ? "restore" : "create", table, row.id, owner, {}, fields); !s)
        return s.error();
    return row;
}

Result<Store::Row> Store::updateRow(const char *table, qint64 id, int expectedVersion, const QJsonObject &before,
                                    const QJsonObject &fields, qint64 patientId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList columns = fields.keys();
    QStringList sets;
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    QSqlQuery &q = m_db.cached(QStringLiteral("UPDATE %1 SET version = version + 1, updated_at = ?, %2 "
                                              "WHERE id = ? AND version = ?")
                                       .arg(QLatin1String(table), sets.join(QStringLiteral(", "))));
    int i = 0;
    q.bindValue(i++, sqlTimestamp(now));
    for (const QString &c : columns)
        q.bindValue(i++, toSql(fields.value(c)));
    q.bindValue(i++, id);
    q.bindValue(i++, expectedVersion);
    if (Status s = m_db.exec(q, tr("saving the %1").arg(QLatin1String(table))); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return Error{ tr("This record was changed by someone else after you opened it. Reopen it and try again."),
                      Error::Reason::ChangedElsewhere };
    if (Status s = writeAudit("update", table, id, patientId, before, fields); !s)
        return s.error();
    return Row{ id, expectedVersion + 1, QDateTime(), now, fields };
}

Status Store::deleteRow(const char *table, qint64 id, qint64 patientId, const QJsonObject &before)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (q.lastError().databaseText().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive)
            || q.lastError().nativeErrorCode() == QLatin1String("23503"))
            return Error{ tr("This record is still referred to by other records (for example a diagnosis by its "
                             "treatment courses). Delete or relink those first.") };
        return m_db.failure(q.lastError(), tr("deleting"));
    }
    return writeAudit("delete", table, id, patientId, before, {});
}

Result<Store::Row> Store::selectRow(const char *table, qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a %1").arg(QLatin1String(table))); !s)
        return s.error();
    if (!q.next())
        return Error{ tr("There is no %1 with id %2.").arg(QLatin1String(table)).arg(id), Error::Reason::NotFound };
    const QSqlRecord rec = q.record();
    QStringList columns;
    for (int i = 0; i < rec.count(); ++i)
        columns << rec.fieldName(i);
    return rowFrom(q, columns);
}

Store::Row Store::rowFrom(const QSqlQuery &q, const QStringList &columns)
{
    Row row;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &name = columns.at(i);
        if (name == QLatin1String("id"))
            row.id = q.value(i).toLongLong();
        else if (name == QLatin1String("version"))
            row.version = q.value(i).toInt();
        else if (name == QLatin1String("created_at"))
            row.createdAt = timestampFromSql(q.value(i));
        else if (name == QLatin1String("updated_at"))
            row.updatedAt = timestampFromSql(q.value(i));
        else
            row.fields.insert(name, fromSql(q.value(i)));
    }
    return row;
}

QList<Store::Row> Store::selectRows(const char *table, const char *orderColumn, qint64 patientId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT * FROM %1 WHERE patient_id = ? ORDER BY %2, id")
                                       .arg(QLatin1String(table), QLatin1String(orderColumn)));
    q.addBindValue(patientId);
    QList<Row> rows;
    if (!m_db.exec(q, QString()))
        return rows;
    const QSqlRecord rec = q.record();
    QStringList columns;
    for (int i = 0; i < rec.count(); ++i)
        columns << rec.fieldName(i);
    while (q.next()) {
        const Row row = rowFrom(q, columns);
        rows.append(row);
    }
    return rows;
}

Status Store::writeAudit(const char *action, const char *table, qint64 id, qint64 patientId, const QJsonObject &before,
                         const QJsonObject &after)
{
    // {"field": [before, after]} for every field whose value differs; a field empty
    // on both sides is no change.
    QJsonObject changes;
    const auto isEmpty = [](const QJsonValue &v) { return v.isNull() || v.isUndefined(); };
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue b = before.value(it.key());
        if (!(isEmpty(b) && isEmpty(*it)) && b != *it)
            changes.insert(it.key(), QJsonArray{ isEmpty(b) ? QJsonValue() : b, *it });
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()) && !isEmpty(*it))
            changes.insert(it.key(), QJsonArray{ *it, QJsonValue() });
    }
    if (changes.isEmpty() && qstrcmp(action, "update") == 0)
        return {}; // saved without a difference: nothing to record
    if (m_db.dialect() == Database::Dialect::PostgreSQL)
        return {}; // the server's triggers write the trail, stamped with the login and the server's time
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_id, "
                                              "patient_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, sqlTimestamp(QDateTime::currentDateTimeUtc()));
    q.bindValue(1, m_userName);
    q.bindValue(2, QLatin1String(action));
    q.bindValue(3, QLatin1String(table));
    q.bindValue(4, id);
    q.bindValue(5, patientId ? QVariant(patientId) : QVariant());
    q.bindValue(6, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    return m_db.exec(q, tr("writing the audit trail"));
}

Status Store::recordDisclosure(qint64 patientId, const QString &document, const QStringList &languages,
                               const QString &destination)
{
    if (const auto patient = get<Patient>(patientId); !patient)
        return patient.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (m_db.dialect() == Database::Dialect::PostgreSQL) {
        // Nobody may write the trail directly on a server: its function does, for any reader.
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT caravan_record_disclosure(?, ?, ?, ?)"));
        q.addBindValue(patientId);
        q.addBindValue(document);
        q.addBindValue(languages.join(QStringLiteral(", ")));
        q.addBindValue(destination);
        if (Status s = m_db.exec(q, tr("writing the audit trail")); !s)
            return s;
    } else {
        const QJsonObject what{ { QStringLiteral("document"), document },
                                { QStringLiteral("languages"), languages.join(QStringLiteral(", ")) },
                                { QStringLiteral("destination"), destination } };
        if (Status s = writeAudit("export", "document", patientId, patientId, QJsonObject(), what); !s)
            return s;
    }
    announce("document", AuditTrail, patientId, "export");
    return tx.commit();
}

QList<AuditEntry> Store::history(qint64 patientId, int limit) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, patient_id, "
                                              "changes FROM audit_log WHERE patient_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(patientId);
    q.addBindValue(limit);
    QList<AuditEntry> out;
    if (!m_db.exec(q, QString()))
        return out;
    while (q.next())
        out.append(auditEntryFrom(q));
    return out;
}

std::optional<AuditEntry> Store::lastChange(const char *table, qint64 id) const
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, patient_id, "
                                              "changes FROM audit_log WHERE entity = ? AND entity_id = ? "
                                              "ORDER BY id DESC LIMIT 1"));
    q.bindValue(0, QLatin1String(table));
    q.bindValue(1, id);
    std::optional<AuditEntry> entry;
    if (m_db.exec(q, QString()) && q.next())
        entry = auditEntryFrom(q);
    q.finish();
    return entry;
}

QString Store::changedBy(const char *table, qint64 id) const
{
    const auto last = lastChange(table, id);
    if (!last)
        return tr("someone else");
    return tr("%1 at %2").arg(last->userName, last->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Result<PatientRecord> Store::record(qint64 patientId) const
{
    PatientRecord r;
    r.patient.id = patientId;
    if (Status s = refresh(r, AllParts); !s)
        return s.error();
    return r;
}

Status Store::refresh(PatientRecord &record, RecordParts parts) const
{
    const qint64 patientId = record.patient.id;
    if (parts & Identity) {
        auto patient = get<Patient>(patientId);
        if (!patient)
            return patient.error();
        record.patient = *patient;
    }
    forEachKind(PatientParts{}, [&](auto kind) {
        using T = typename decltype(kind)::type;
        if (parts & T::part)
            record.parts<T>() = partsOf<T>(patientId);
    });
    return {};
}

QList<Institution> Store::institutions() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM institution ORDER BY name"));
    QList<Institution> out;
    if (!m_db.exec(q, QString()))
        return out;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids)
        if (auto i = get<Institution>(id))
            out << *i;
    return out;
}

void Store::announce([[maybe_unused]] const char *table, RecordPart part, qint64 patientId, const char *action)
{
    if (!m_notifier)
        return;
    const QString a = QLatin1String(action);
    QPointer<ChangeNotifier> n = m_notifier;
    m_db.afterCommit([n, part, a, patientId] {
        if (!n)
            return;
        if (part == Institutions)
            emit n->institutionsChanged();
        else if (part == Identity && a == QLatin1String("create"))
            emit n->patientAdded(patientId);
        else if (part == Identity && a == QLatin1String("delete"))
            emit n->patientRemoved(patientId);
        else
            emit n->patientChanged(patientId, part);
    });
}

void Store::announceReset()
{
    QPointer<ChangeNotifier> n = m_notifier;
    m_db.afterCommit([n] {
        if (n)
            emit n->storeReset();
    });
}

} // namespace caravan
