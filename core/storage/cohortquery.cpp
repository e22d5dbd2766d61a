#include "cohortquery.h"

#include "database.h"
#include "sqlvalues.h"

#include "domain/patient.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace caravan {

namespace {

// Lanes whose events are fetched by one statement each ("patient_id IN (...)").
constexpr qsizetype kChunk = 2000;

QString idList(const QList<CohortLane> &lanes, qsizetype from, qsizetype to)
{
    QString text;
    text.reserve((to - from) * 8);
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            text += QLatin1Char(',');
        text += QString::number(lanes.at(i).patientId);
    }
    return text;
}

bool isRelapse(Response r)
{
    return r == Response::Relapse || r == Response::PD;
}

bool isRemission(Response r)
{
    return r == Response::CR || r == Response::CRi || r == Response::MrdNegative;
}

// A missing value sorts after every present one.
int orLast(const std::optional<int> &v)
{
    return v.value_or(std::numeric_limits<int>::max());
}

} // namespace

CohortQuery::CohortQuery(const Database &db) : m_db(db) { }

bool CohortQuery::run(QSqlQuery &q) const
{
    if (Status s = m_db.exec(q, QString()); !s) {
        m_error = s.error().message;
        return false;
    }
    return true;
}

QList<CohortLane> CohortQuery::anchorLanes(const CohortFilter &f) const
{
    const bool cart = f.anchor == CohortAnchor::CarTInfusion;
    const QString day0 = cart ? QStringLiteral("c.cart_infusion_date") : QStringLiteral("c.hsct_infusion_date");
    QString sql =
            QStringLiteral("SELECT c.patient_id, c.id, %1, c.hsct_neutrophil_engraftment, c.hsct_platelet_engraftment, "
                           "p.record_number, p.family_name_native, p.given_name_native, p.family_name_latin, "
                           "p.given_name_latin, p.nationality, "
                           "COALESCE(d.icd10_code, (SELECT d2.icd10_code FROM diagnosis d2 WHERE d2.patient_id = p.id "
                           "ORDER BY d2.diagnosed_on DESC NULLS LAST, d2.id DESC LIMIT 1)) "
                           "FROM treatment_course c JOIN patient p ON p.id = c.patient_id "
                           "LEFT JOIN diagnosis d ON d.id = c.diagnosis_id "
                           "WHERE c.type = ? AND %1 IS NOT NULL")
                    .arg(day0);
    QVariantList binds{ codeOf(cart ? TreatmentType::CarT : TreatmentType::StemCellTransplant) };
    if (!f.country.isEmpty()) {
        sql += QStringLiteral(" AND p.nationality = ?");
        binds << f.country;
    }
    if (f.therapy) {
        sql += QStringLiteral(
                " AND EXISTS (SELECT 1 FROM treatment_course t WHERE t.patient_id = p.id AND t.type = ?)");
        binds << codeOf(*f.therapy);
    }
    sql += QStringLiteral(" ORDER BY c.patient_id, %1, c.id").arg(day0);

    QSqlQuery q = m_db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QList<CohortLane> lanes;
    if (!run(q))
        return lanes;
    qint64 previous = 0;
    while (q.next()) {
        const qint64 patientId = q.value(0).toLongLong();
        const QDate anchor = dateFromSql(q.value(2));
        if (patientId == previous || !anchor.isValid())
            continue; // rows come by anchor date: the first one of a patient is the anchor
        previous = patientId;
        if ((f.anchorFrom.isValid() && anchor < f.anchorFrom) || (f.anchorTo.isValid() && anchor > f.anchorTo))
            continue;
        const QString code = q.value(11).toString();
        if (!f.diagnosisPrefix.isEmpty() && !code.startsWith(f.diagnosisPrefix, Qt::CaseInsensitive))
            continue;
        if (f.diagnosisGroup && PatientListQuery::diagnosisGroupOf(code) != *f.diagnosisGroup)
            continue;
        CohortLane lane;
        lane.patientId = patientId;
        lane.anchorCourseId = q.value(1).toLongLong();
        lane.anchorDate = anchor;
        if (const QDate n = dateFromSql(q.value(3)); n.isValid())
            lane.neutrophilDay = dayOf(anchor, n);
        if (const QDate p = dateFromSql(q.value(4)); p.isValid())
            lane.plateletDay = dayOf(anchor, p);
        Patient names;
        names.familyNameNative = q.value(6).toString();
        names.givenNameNative = q.value(7).toString();
        names.familyNameLatin = q.value(8).toString();
        names.givenNameLatin = q.value(9).toString();
        lane.recordNumber = q.value(5).toString();
        lane.nameNative = QStringList{ names.familyNameNative, names.givenNameNative }.join(QLatin1Char(' ')).trimmed();
        lane.nameLatin =
                QStringList{ names.familyNameLatin.toUpper(), names.givenNameLatin }.join(QLatin1Char(' ')).trimmed();
        lane.displayName = names.displayName();
        lane.nationality = q.value(10).toString();
        lane.diagnosisCode = code;
        lanes.append(lane);
    }
    return lanes;
}

bool CohortQuery::addCourses(QList<CohortLane> &lanes, const LaneIndex &index, const QString &ids) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT patient_id, id, type, status, name, start_date, end_date, "
                                              "cart_infusion_date, hsct_infusion_date "
                                              "FROM treatment_course WHERE patient_id IN (%1)")
                                       .arg(ids));
    if (!run(q))
        return false;
    while (q.next()) {
        CohortLane &lane = lanes[index.value(q.value(0).toLongLong())];
        QDate start = dateFromSql(q.value(5));
        if (!start.isValid())
            start = dateFromSql(q.value(7));
        if (!start.isValid())
            start = dateFromSql(q.value(8));
        if (!start.isValid())
            continue; // an undated course has no place on a time axis
        CohortSpan span;
        span.courseId = q.value(1).toLongLong();
        span.type = fromCode<TreatmentType>(q.value(2).toString()).value_or(TreatmentType::Other);
        span.status = fromCode<CourseStatus>(q.value(3).toString()).value_or(CourseStatus::Planned);
        span.name = q.value(4).toString();
        span.startDay = dayOf(lane.anchorDate, start);
        if (const QDate end = dateFromSql(q.value(6)); end.isValid())
            span.endDay = std::max(span.startDay, dayOf(lane.anchorDate, end));
        span.isAnchor = span.courseId == lane.anchorCourseId;
        lane.courses.append(span);
    }
    return true;
}

bool CohortQuery::addAssessments(QList<CohortLane> &lanes, const LaneIndex &index, const QString &ids) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT patient_id, assessed_on, result FROM assessment "
                                              "WHERE patient_id IN (%1) AND assessed_on IS NOT NULL")
                                       .arg(ids));
    if (!run(q))
        return false;
    while (q.next()) {
        CohortLane &lane = lanes[index.value(q.value(0).toLongLong())];
        const QDate on = dateFromSql(q.value(1));
        if (!on.isValid())
            continue;
        const CohortAssessment a{ fromCode<Response>(q.value(2).toString()).value_or(Response::NotAssessed),
                                  dayOf(lane.anchorDate, on) };
        lane.assessments.append(a);
    }
    return true;
}

bool CohortQuery::addLastContact(QList<CohortLane> &lanes, const LaneIndex &index, const QString &ids) const
{
    QSqlQuery q = m_db.prepare(
            QStringLiteral(
                    "SELECT patient_id, MAX(starts_at) FROM visit WHERE patient_id IN (%1) GROUP BY patient_id "
                    "UNION ALL "
                    "SELECT patient_id, MAX(taken_at) FROM measurement WHERE patient_id IN (%1) GROUP BY patient_id")
                    .arg(ids));
    if (!run(q))
        return false;
    while (q.next()) {
        CohortLane &lane = lanes[index.value(q.value(0).toLongLong())];
        const QDate last = dateFromSql(q.value(1));
        if (!last.isValid())
            continue;
        const int day = dayOf(lane.anchorDate, last);
        if (!lane.lastContactDay || day > *lane.lastContactDay)
            lane.lastContactDay = day;
    }
    return true;
}

QList<CohortLane> CohortQuery::lanes(const CohortFilter &filter) const
{
    m_error.clear();
    QList<CohortLane> lanes = anchorLanes(filter);
    if (!m_error.isEmpty())
        return {};
    LaneIndex index;
    index.reserve(lanes.size());
    for (qsizetype i = 0; i < lanes.size(); ++i)
        index.insert(lanes.at(i).patientId, i);
    for (qsizetype from = 0; from < lanes.size(); from += kChunk) {
        const QString ids = idList(lanes, from, std::min(lanes.size(), from + kChunk));
        if (!addCourses(lanes, index, ids) || !addAssessments(lanes, index, ids) || !addLastContact(lanes, index, ids))
            return {};
    }

    for (CohortLane &lane : lanes) {
        std::sort(lane.courses.begin(), lane.courses.end(), [](const CohortSpan &a, const CohortSpan &b) {
            return std::tie(a.startDay, a.courseId) < std::tie(b.startDay, b.courseId);
        });
        std::stable_sort(lane.assessments.begin(), lane.assessments.end(),
                         [](const CohortAssessment &a, const CohortAssessment &b) { return a.day < b.day; });
        bool remission = false;
        for (const CohortAssessment &a : lane.assessments) {
            if (!lane.relapseDay && a.day > 0 && isRelapse(a.result))
                lane.relapseDay = a.day;
            remission = remission || (a.day >= 0 && isRemission(a.result));
        }
        lane.outcome = lane.relapseDay ? CohortOutcome::Relapse
                                       : (remission ? CohortOutcome::Remission : CohortOutcome::Unknown);
    }

    auto key = [&filter](const CohortLane &l) {
        switch (filter.sort) {
        case CohortSort::AnchorDate:
            return 0;
        case CohortSort::RelapseFirst:
            return int(l.outcome);
        case CohortSort::RemissionFirst:
            return -int(l.outcome);
        case CohortSort::DaysToEngraftment:
            return orLast(l.neutrophilDay);
        case CohortSort::DaysToRelapse:
            return orLast(l.relapseDay);
        }
        return 0;
    };
    std::stable_sort(lanes.begin(), lanes.end(), [&key](const CohortLane &a, const CohortLane &b) {
        const int ka = key(a);
        const int kb = key(b);
        return std::tie(ka, a.anchorDate, a.patientId) < std::tie(kb, b.anchorDate, b.patientId);
    });
    return lanes;
}

} // namespace caravan
