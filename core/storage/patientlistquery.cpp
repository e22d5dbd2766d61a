#include "patientlistquery.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSet>

namespace caravan {

namespace {

// The latest diagnosis and course of patient p: undated records count as the oldest.
const QString kLatestDiagnosis = QStringLiteral("SELECT %1 FROM diagnosis d WHERE d.patient_id = p.id ORDER BY "
                                                "d.diagnosed_on DESC NULLS LAST, d.id DESC LIMIT 1");
const QString kLatestCourse = QStringLiteral("SELECT %1 FROM treatment_course c WHERE c.patient_id = p.id ORDER BY "
                                             "c.start_date DESC NULLS LAST, c.id DESC LIMIT 1");

// ICD-10 code ranges as [from, to) text intervals; the first range a code lies in
// gives its group, so the haematological C ranges come before "any other C".
struct CodeRange
{
    DiagnosisGroup group;
    const char *from;
    const char *to;
};
const CodeRange kRanges[] = {
    { DiagnosisGroup::HaematologicalMalignancy, "C81", "C97" },
    { DiagnosisGroup::HaematologicalMalignancy, "D45", "D48" },
    { DiagnosisGroup::SolidTumour, "C", "D" },
    { DiagnosisGroup::BenignHaematology, "D50", "D90" },
    { DiagnosisGroup::Cardiovascular, "I", "J" },
    { DiagnosisGroup::Musculoskeletal, "M", "N" },
    { DiagnosisGroup::Congenital, "Q", "R" },
};

// CASE expression giving the DiagnosisGroup number of the code in column.
QString groupCaseExpression(const QString &column)
{
    QString sql = QStringLiteral("CASE");
    for (const CodeRange &r : kRanges)
        sql += QStringLiteral(" WHEN %1 >= '%2' AND %1 < '%3' THEN %4")
                       .arg(column, QLatin1String(r.from), QLatin1String(r.to))
                       .arg(int(r.group));
    return sql + QStringLiteral(" ELSE %1 END").arg(int(DiagnosisGroup::Other));
}

// "CASE column WHEN 'code0' THEN 0 ... END": an enum's codes in declaration order.
template<class E>
QString enumOrderExpression(const QString &column)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    int i = 0;
    for (const auto &e : Vocabulary<E>::entries)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(e.code)).arg(i++);
    return sql + QStringLiteral(" END");
}

QString idList(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

// SQL text pieces with their bound values, kept in the order they appear.
struct Sql
{
    QString text;
    QVariantList binds;
};

} // namespace

PatientListQuery::PatientListQuery(const Database &db) : m_db(db) { }

DiagnosisGroup PatientListQuery::diagnosisGroupOf(const QString &icd10Code)
{
    if (icd10Code.isEmpty())
        return DiagnosisGroup::Other;
    for (const CodeRange &r : kRanges)
        if (icd10Code >= QLatin1String(r.from) && icd10Code < QLatin1String(r.to))
            return r.group;
    return DiagnosisGroup::Other;
}

QString PatientListQuery::visitDateExpression(const QString &column) const
{
    // Visits are stored in UTC; the day a coordinator sees is the local one. No portable
    // form exists: SQLite keeps ISO text ("2026-03-01T23:00:00Z"), PostgreSQL a
    // timestamptz whose DATE is taken in the session's time zone.
    return m_db.dialect() == Database::Dialect::SQLite ? QStringLiteral("date(%1, 'localtime')").arg(column)
                                                       : QStringLiteral("CAST(%1 AS DATE)").arg(column);
}

// The next due date of patient p; binds sqlDayStart(today) once, then today three times.
QString PatientListQuery::nextDueExpression() const
{
    return QStringLiteral("(SELECT MIN(due) FROM ("
                          "SELECT %1 AS due FROM visit v WHERE v.patient_id = p.id AND v.starts_at >= ? "
                          "UNION ALL SELECT p.visa_expiry WHERE p.visa_expiry >= ? "
                          "UNION ALL SELECT p.passport_expiry WHERE p.passport_expiry >= ? "
                          "UNION ALL SELECT c.start_date FROM treatment_course c WHERE c.patient_id = p.id "
                          "AND c.status = 'planned' AND c.start_date >= ?) dues)")
            .arg(visitDateExpression(QStringLiteral("v.starts_at")));
}

QList<qint64> PatientListQuery::selectIds(const QString &sql, const QVariantList &binds) const
{
    m_error.clear();
    QSqlQuery q = m_db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QList<qint64> ids;
    if (Status s = m_db.exec(q, QString()); !s) {
        m_error = s.error().message;
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

namespace {

Sql whereClause(const PatientListFilter &f)
{
    QStringList conditions;
    Sql out;
    if (!f.nationality.isEmpty()) {
        conditions << QStringLiteral("p.nationality = ?");
        out.binds << f.nationality;
    }
    if (f.status) {
        conditions << QStringLiteral("p.case_status = ?");
        out.binds << codeOf(*f.status);
    }
    if (!f.coordinator.isEmpty()) {
        conditions << QStringLiteral("p.coordinator = ?");
        out.binds << f.coordinator;
    }
    if (f.treatment) {
        // EXISTS: one probe of course_latest per patient, cheap for a page of search hits too.
        conditions << QStringLiteral(
                "EXISTS (SELECT 1 FROM treatment_course t WHERE t.patient_id = p.id AND t.type = ?)");
        out.binds << codeOf(*f.treatment);
    }
    if (f.diagnosisGroup) {
        // The group of the latest diagnosis, worked out once per patient; none is Other.
        conditions << QStringLiteral("COALESCE((%1), %2) = %3")
                              .arg(kLatestDiagnosis.arg(groupCaseExpression(QStringLiteral("d.icd10_code"))))
                              .arg(int(DiagnosisGroup::Other))
                              .arg(int(*f.diagnosisGroup));
    }
    out.text = conditions.join(QStringLiteral(" AND "));
    return out;
}

Sql orderClause(const PatientListOrder &order, const QString &nextDue, const QDate &today)
{
    const bool asc = order.order == Qt::AscendingOrder;
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString reverse = asc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    Sql out;
    QStringList keys;
    auto key = [&](const QString &expression, const QString &direction) {
        keys << QStringLiteral("%1 %2 NULLS LAST").arg(expression, direction);
    };
    using K = PatientListSortKey;
    switch (order.key) {
    case K::None:
    case K::NameLatin:
        // Plain columns, so that the patient_list_name index gives the order directly.
        keys << QStringLiteral("p.family_name_latin %1").arg(dir) << QStringLiteral("p.given_name_latin %1").arg(dir);
        break;
    case K::RecordNumber:
        key(QStringLiteral("p.record_number"), dir);
        break;
    case K::NameNative:
        key(QStringLiteral("NULLIF(p.family_name_native, '')"), dir);
        key(QStringLiteral("NULLIF(p.given_name_native, '')"), dir);
        break;
    case K::Age:
        key(QStringLiteral("p.birth_date"), reverse);
        break; // youngest first
    case K::Sex:
        key(QStringLiteral("NULLIF(p.sex, '')"), dir);
        break;
    case K::Nationality:
        key(QStringLiteral("NULLIF(p.nationality, '')"), dir);
        break;
    case K::Diagnosis:
        key(QStringLiteral("(%1)").arg(kLatestDiagnosis.arg(QStringLiteral("d.icd10_code"))), dir);
        break;
    case K::Treatment:
        key(enumOrderExpression<TreatmentType>(QStringLiteral("(%1)").arg(kLatestCourse.arg(QStringLiteral("c.type")))),
            dir);
        break;
    case K::Status:
        key(enumOrderExpression<CaseStatus>(QStringLiteral("p.case_status")), dir);
        break;
    case K::Coordinator:
        key(QStringLiteral("NULLIF(p.coordinator, '')"), dir);
        break;
    case K::NextDue: {
        key(nextDue, dir);
        const QVariant day = sqlDate(today);
        out.binds << sqlDayStart(today) << day << day << day;
        break;
    }
    }
    keys << QStringLiteral("p.id %1").arg(dir); // stable: equal keys keep the id order
    out.text = QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
    return out;
}

} // namespace

QList<qint64> PatientListQuery::allIds() const
{
    return ids({}, {});
}

QList<qint64> PatientListQuery::ids(const PatientListFilter &filter, const PatientListOrder &order, QDate today) const
{
    const Sql where = whereClause(filter);
    const Sql orderBy = orderClause(order, nextDueExpression(), today);
    QString sql = QStringLiteral("SELECT p.id FROM patient p");
    if (!where.text.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.text;
    sql += orderBy.text;
    return selectIds(sql, where.binds + orderBy.binds);
}

QList<qint64> PatientListQuery::filterIds(const QList<qint64> &candidates, const PatientListFilter &filter,
                                          const PatientListOrder &order, QDate today) const
{
    m_error.clear();
    if (candidates.isEmpty())
        return {};
    const bool keepOrder = order.key == PatientListSortKey::None;
    if (filter.isEmpty() && keepOrder)
        return candidates;
    const Sql where = whereClause(filter);
    QString sql = QStringLiteral("SELECT p.id FROM patient p WHERE p.id IN (%1)").arg(idList(candidates));
    if (!where.text.isEmpty())
        sql += QStringLiteral(" AND ") + where.text;
    QVariantList binds = where.binds;
    if (!keepOrder) {
        const Sql orderBy = orderClause(order, nextDueExpression(), today);
        sql += orderBy.text;
        binds += orderBy.binds;
    }
    const QList<qint64> passed = selectIds(sql, binds);
    if (!keepOrder)
        return passed;
    const QSet<qint64> kept(passed.cbegin(), passed.cend());
    QList<qint64> out;
    out.reserve(passed.size());
    for (qint64 id : candidates)
        if (kept.contains(id))
            out.append(id);
    return out;
}

QList<PatientListRow> PatientListQuery::rows(const QList<qint64> &ids, QDate today) const
{
    m_error.clear();
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.prepare(
            QStringLiteral(
                    "SELECT p.id, p.record_number, p.family_name_native, p.given_name_native, p.family_name_latin, "
                    "p.given_name_latin, p.sex, p.birth_date, p.nationality, p.case_status, p.coordinator, "
                    "(%1), (%2), (%3), "
                    "(SELECT %4 FROM visit v WHERE v.patient_id = p.id AND v.starts_at >= ?), "
                    "p.visa_expiry, p.passport_expiry, "
                    "(SELECT MIN(c.start_date) FROM treatment_course c WHERE c.patient_id = p.id "
                    " AND c.status = 'planned' AND c.start_date >= ?) "
                    "FROM patient p WHERE p.id IN (%5)")
                    .arg(kLatestDiagnosis.arg(QStringLiteral("d.icd10_code")),
                         kLatestDiagnosis.arg(QStringLiteral("d.icd10_text")),
                         kLatestCourse.arg(QStringLiteral("c.type")),
                         visitDateExpression(QStringLiteral("MIN(v.starts_at)")), idList(ids)));
    q.bindValue(0, sqlDayStart(today));
    q.bindValue(1, sqlDate(today));
    QHash<qint64, PatientListRow> byId;
    if (Status s = m_db.exec(q, QString()); !s) {
        m_error = s.error().message;
        return {};
    }
    while (q.next()) {
        PatientListRow r;
        r.id = q.value(0).toLongLong();
        r.recordNumber = q.value(1).toString();
        r.nameNative = QStringList{ q.value(2).toString(), q.value(3).toString() }.join(QLatin1Char(' ')).trimmed();
        r.nameLatin =
                QStringList{ q.value(4).toString().toUpper(), q.value(5).toString() }.join(QLatin1Char(' ')).trimmed();
        r.sex = fromCode<Sex>(q.value(6).toString()).value_or(Sex::Unknown);
        r.birthDate = dateFromSql(q.value(7));
        r.nationality = q.value(8).toString();
        r.status = fromCode<CaseStatus>(q.value(9).toString()).value_or(CaseStatus::Enquiry);
        r.coordinator = q.value(10).toString();
        r.diagnosisCode = q.value(11).toString();
        r.diagnosis = QStringList{ r.diagnosisCode, q.value(12).toString() }.join(QLatin1Char(' ')).trimmed();
        r.treatment = q.value(13).toString();
        // The earliest candidate on or after today; on a tie the first listed wins.
        const std::pair<DueKind, QDate> candidates[] = {
            { DueKind::Visit, dateFromSql(q.value(14)) },
            { DueKind::PlannedCourse, dateFromSql(q.value(17)) },
            { DueKind::VisaExpiry, dateFromSql(q.value(15)) },
            { DueKind::PassportExpiry, dateFromSql(q.value(16)) },
        };
        for (const auto &[kind, date] : candidates) {
            if (date.isValid() && date >= today && (!r.nextDue.isValid() || date < r.nextDue)) {
                r.nextDue = date;
                r.nextDueKind = kind;
            }
        }
        byId.insert(r.id, r);
    }
    QList<PatientListRow> out;
    out.reserve(byId.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.constEnd())
            out.append(*it);
    return out;
}

QStringList PatientListQuery::nationalities() const
{
    return distinctValues(QStringLiteral("nationality"));
}

QStringList PatientListQuery::coordinators() const
{
    return distinctValues(QStringLiteral("coordinator"));
}

// The distinct non-empty values of one patient column (a fixed name from this file), sorted.
QStringList PatientListQuery::distinctValues(const QString &column) const
{
    m_error.clear();
    QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM patient WHERE %1 <> '' ORDER BY %1").arg(column));
    QStringList out;
    if (Status s = m_db.exec(q, QString()); !s) {
        m_error = s.error().message;
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace caravan
