// The cohort query: many patients lined up on one anchor event (the first CAR-T
// infusion, or the first transplant infusion, of each patient) so that their courses
// can be compared LifeLines-style, every date turned into days relative to day 0.
//
// Data enters as a CohortFilter (anchor, diagnosis, therapy, country, anchor date
// range, sort order). Data leaves as CohortLane values, one per patient who has the
// anchor event, already sorted. The work is a fixed handful of statements whatever
// the number of lanes: the anchor courses (with patient and diagnosis columns,
// filtered by country and therapy in SQL), then the courses, assessments, latest
// visit and latest measurement of all kept patients at once (id lists in chunks).
// The first anchor per patient, the anchor date range, the diagnosis filters (the
// group rule is PatientListQuery::diagnosisGroupOf, shared with the patient list),
// the day arithmetic and the sorting are done here in C++ over those rows.
// Portable SQL (SQLite now, PostgreSQL later): no date functions; dates come back
// as ISO text or DATE values and are converted in C++. A visit's or measurement's
// UTC timestamp counts on its UTC calendar day.
#pragma once

#include "patientlistquery.h"

#include "domain/vocabulary.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QList>
#include <QString>
#include <optional>

namespace caravan {

class Database;

enum class CohortAnchor { CarTInfusion, TransplantInfusion };

enum class CohortSort {
    AnchorDate, // earliest day 0 first
    RelapseFirst, // relapsed, then no recorded outcome, then in remission
    RemissionFirst, // in remission, then no recorded outcome, then relapsed
    DaysToEngraftment, // neutrophil engraftment of the anchor course; none last
    DaysToRelapse, // earliest relapse first; no relapse last
};

// The outcome a lane is sorted and summarised by: Relapse when a relapse or PD was
// assessed after day 0; else Remission when a CR, CRi or MRD− was assessed on or
// after day 0; else Unknown.
enum class CohortOutcome { Relapse, Unknown, Remission };

struct CohortFilter
{
    CohortAnchor anchor = CohortAnchor::CarTInfusion;
    QString diagnosisPrefix; // ICD-10 code prefix, e.g. "C91"; empty: any
    std::optional<DiagnosisGroup> diagnosisGroup; // of the lane's diagnosis code
    std::optional<TreatmentType> therapy; // has a course of this type (any status)
    QString country; // nationality, ISO 3166-1 alpha-2; empty: any
    QDate anchorFrom; // day 0 on or after; invalid: open
    QDate anchorTo; // day 0 on or before; invalid: open
    CohortSort sort = CohortSort::AnchorDate;
    bool operator==(const CohortFilter &) const = default;
};

// A treatment course as a span of days relative to day 0.
struct CohortSpan
{
    qint64 courseId = 0;
    TreatmentType type = TreatmentType::Chemotherapy;
    CourseStatus status = CourseStatus::Planned;
    QString name;
    int startDay = 0;
    std::optional<int> endDay; // none: not ended (or not recorded)
    bool isAnchor = false;
};

struct CohortAssessment
{
    Response result = Response::NotAssessed;
    int day = 0;
};

struct CohortLane
{
    qint64 patientId = 0;
    QString recordNumber;
    QString nameNative; // family + given, native script (may be empty)
    QString nameLatin; // FAMILY Given, as in the passport
    QString displayName; // both forms, Patient::displayName()
    QString nationality;
    QString diagnosisCode; // of the anchor course's diagnosis, else the latest diagnosis
    qint64 anchorCourseId = 0;
    QDate anchorDate; // day 0
    std::optional<int> neutrophilDay; // engraftment, anchor course (transplants)
    std::optional<int> plateletDay;
    std::optional<int> relapseDay; // first relapse/PD after day 0
    std::optional<int> lastContactDay; // latest visit or measurement
    CohortOutcome outcome = CohortOutcome::Unknown;
    QList<CohortSpan> courses; // every dated course, the anchor one included, by start
    QList<CohortAssessment> assessments; // dated assessments, by day
};

class CohortQuery
{
public:
    explicit CohortQuery(const Database &db);

    // One lane per patient with the anchor event that passes the filter, sorted by
    // filter.sort (ties: anchor date, then patient id).
    QList<CohortLane> lanes(const CohortFilter &filter) const;

    // Empty unless the last query failed; then what the database said.
    QString errorString() const { return m_error; }

    // Days from day 0 to date (negative before).
    static int dayOf(QDate dayZero, QDate date) { return int(dayZero.daysTo(date)); }

private:
    QList<CohortLane> anchorLanes(const CohortFilter &filter) const;
    using LaneIndex = QHash<qint64, qsizetype>; // patient id -> position in the lane list
    bool addCourses(QList<CohortLane> &lanes, const LaneIndex &index, const QString &ids) const;
    bool addAssessments(QList<CohortLane> &lanes, const LaneIndex &index, const QString &ids) const;
    bool addLastContact(QList<CohortLane> &lanes, const LaneIndex &index, const QString &ids) const;
    bool run(QSqlQuery &q) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace caravan
