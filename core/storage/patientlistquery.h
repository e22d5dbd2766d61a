// The patient list's queries: which patients, in which order (ids only, cheap even
// at 100,000 patients), and the columns of just the rows a view is about to show.
// Item models page through rows() instead of loading every record.
//
// Data enters as a filter (PatientListFilter: all conditions combine with AND), a
// sort order (PatientListOrder) and, for a search, the ranked hit ids of
// PatientSearch::find(). Filtering and sorting are done by the database (WHERE and
// ORDER BY over ids, never by loading rows); every order ends with the id, so equal
// keys keep a stable order. Data leaves as id lists and PatientListRow pages.
//
// Derived columns, defined once here and used both for display and for sorting:
// - latest diagnosis: the diagnosis with the latest diagnosed_on (undated last), then
//   the highest id; its ICD-10 code decides the patient's DiagnosisGroup;
// - current treatment: the type of the course with the latest start_date, then id;
// - next due date: the earliest of, on or after today: a visit's start (its local
//   day), the visa expiry, the passport expiry, the start of a planned course.
// The SQL is portable (SQLite now, PostgreSQL later): dates are compared as ISO
// text/DATE values bound as parameters; the only dialect switch is how a visit's
// UTC timestamp becomes a local date.
#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace caravan {

class Database;

// ICD-10 chapter-like groups of the latest diagnosis (codes compared as text:
// "C91.0" lies in C81–C96). A patient without a diagnosis is in Other.
enum class DiagnosisGroup {
    HaematologicalMalignancy, // C81–C96, D45–D47
    SolidTumour, // any other C code
    BenignHaematology, // D50–D89
    Cardiovascular, // I
    Musculoskeletal, // M (spine and musculoskeletal)
    Congenital, // Q
    Other, // everything else, and no diagnosis at all
};

// What the next due date of a row is.
enum class DueKind { None, Visit, VisaExpiry, PassportExpiry, PlannedCourse };

struct PatientListFilter
{
    QString nationality; // ISO 3166-1 alpha-2; empty: any
    std::optional<CaseStatus> status;
    std::optional<DiagnosisGroup> diagnosisGroup; // of the latest diagnosis
    std::optional<TreatmentType> treatment; // has a course of this type (any status)
    QString coordinator; // exact name; empty: any

    bool isEmpty() const
    {
        return nationality.isEmpty() && !status && !diagnosisGroup && !treatment && coordinator.isEmpty();
    }
    bool operator==(const PatientListFilter &) const = default;
};

// The sortable columns of the list. None: by passport name for the whole list,
// in the caller's order (search rank) for filterIds().
enum class PatientListSortKey {
    None,
    RecordNumber,
    NameNative,
    NameLatin,
    Age,
    Sex,
    Nationality,
    Diagnosis,
    Treatment,
    Status,
    Coordinator,
    NextDue
};

struct PatientListOrder
{
    PatientListSortKey key = PatientListSortKey::None;
    Qt::SortOrder order = Qt::AscendingOrder; // empty values come last either way
    bool operator==(const PatientListOrder &) const = default;
};

struct PatientListRow
{
    qint64 id = 0;
    QString recordNumber;
    QString nameNative; // family + given, native script
    QString nameLatin; // FAMILY Given, as in the passport
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString nationality;
    QString diagnosis; // latest diagnosis: code and text
    QString diagnosisCode; // latest diagnosis: code only
    QString treatment; // latest treatment course type code
    CaseStatus status = CaseStatus::Enquiry;
    QString coordinator;
    QDate nextDue; // invalid: nothing due
    DueKind nextDueKind = DueKind::None;
};

class PatientListQuery
{
public:
    explicit PatientListQuery(const Database &db);

    // Every patient id, by passport family name then given name.
    QList<qint64> allIds() const;
    // The ids of the patients that pass the filter, in the order asked for.
    QList<qint64> ids(const PatientListFilter &filter, const PatientListOrder &order = {},
                      QDate today = QDate::currentDate()) const;
    // The candidates (e.g. a search's ranked hits) that pass the filter: in the
    // candidates' own order when order.key is None, else sorted by the database.
    QList<qint64> filterIds(const QList<qint64> &candidates, const PatientListFilter &filter,
                            const PatientListOrder &order = {}, QDate today = QDate::currentDate()) const;
    // The list columns for these ids, in the same order (missing ids are skipped).
    QList<PatientListRow> rows(const QList<qint64> &ids, QDate today = QDate::currentDate()) const;

    // The distinct non-empty nationalities and coordinators, for the filter choices.
    QStringList nationalities() const;
    QStringList coordinators() const;

    // The group an ICD-10 code belongs to (the same ranges as the SQL filter).
    static DiagnosisGroup diagnosisGroupOf(const QString &icd10Code);

    // Empty unless the last query failed; then what the database said.
    QString errorString() const { return m_error; }

private:
    QStringList distinctValues(const QString &column) const;
    QList<qint64> selectIds(const QString &sql, const QVariantList &binds) const;
    QString nextDueExpression() const;
    QString visitDateExpression(const QString &column) const;

    const Database &m_db;
    mutable QString m_error;
};

} // namespace caravan
