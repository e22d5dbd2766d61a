#include "patientlistquery.h"

#include "database.h"

#include <QHash>

namespace caravan {

PatientListQuery::PatientListQuery(Database &db) : m_db(db) {}

QList<qint64> PatientListQuery::allIds() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id FROM patient ORDER BY family_name_latin, given_name_latin, id"));
    QList<qint64> ids;
    if (!m_db.exec(q, QString()))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<PatientListRow> PatientListQuery::rows(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList idText;
    for (qint64 id : ids)
        idText << QString::number(id);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT p.id, p.record_number, p.family_name_native, p.given_name_native, p.family_name_latin, "
        "p.given_name_latin, p.sex, p.birth_date, p.nationality, p.case_status, p.coordinator, "
        "(SELECT d.icd10_code || ' ' || COALESCE(d.icd10_text, '') FROM diagnosis d WHERE d.patient_id = p.id "
        " ORDER BY d.diagnosed_on DESC, d.id DESC LIMIT 1), "
        "(SELECT c.type FROM treatment_course c WHERE c.patient_id = p.id "
        " ORDER BY c.start_date DESC, c.id DESC LIMIT 1) "
        "FROM patient p WHERE p.id IN (%1)").arg(idText.join(QLatin1Char(','))));
    QHash<qint64, PatientListRow> byId;
    if (m_db.exec(q, QString())) {
        while (q.next()) {
            PatientListRow r;
            r.id = q.value(0).toLongLong();
            r.recordNumber = q.value(1).toString();
            r.nameNative = QStringList{q.value(2).toString(), q.value(3).toString()}.join(QLatin1Char(' ')).trimmed();
            r.nameLatin = QStringList{q.value(4).toString().toUpper(), q.value(5).toString()}.join(QLatin1Char(' ')).trimmed();
            r.sex = fromCode<Sex>(q.value(6).toString()).value_or(Sex::Unknown);
            r.birthDate = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
            r.nationality = q.value(8).toString();
            r.status = fromCode<CaseStatus>(q.value(9).toString()).value_or(CaseStatus::Enquiry);
            r.coordinator = q.value(10).toString();
            r.diagnosis = q.value(11).toString().trimmed();
            r.treatment = q.value(12).toString();
            byId.insert(r.id, r);
        }
    }
    QList<PatientListRow> out;
    for (qint64 id : ids)
        if (byId.contains(id))
            out.append(byId.value(id));
    return out;
}

} // namespace caravan
