// The smaller clinical records of a patient: diagnoses, disease assessments and
// measurements (weights, counts, markers) over time.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace caravan {

struct Diagnosis : PatientPart
{
    static constexpr const char *table = "diagnosis";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "diagnosis");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Diagnoses");
    static constexpr RecordPart part = Diagnoses;
    static constexpr const char *orderColumn = "diagnosed_on";
    // The columns of the table that lists records of this kind.
    static constexpr const char *tableColumns[] = { "icd10_code",     "icd10_text", "diagnosed_on",  "basis",
                                                    "staging_system", "stage",      "institution_id" };

    QString icd10Code; // e.g. C91.0
    QString icd10Text;
    QString icdO3Morphology; // e.g. 9811/3
    QString icdO3Topography; // e.g. C42.1
    QDate diagnosedOn;
    DiagnosisBasis basis = DiagnosisBasis::Unknown;
    StagingSystem stagingSystem = StagingSystem::None;
    QString stage; // free text within the system: "T2N0M0", "IIIB", "high risk"
    Laterality laterality = Laterality::NotApplicable;
    std::optional<qint64> institutionId;
    QString notes;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "patient_id", QT_TRANSLATE_NOOP("Field", "Patient"), FieldStyle::Plain, "patient" }, s.patientId);
        v({ "icd10_code", QT_TRANSLATE_NOOP("Field", "ICD-10 code") }, s.icd10Code);
        v({ "icd10_text", QT_TRANSLATE_NOOP("Field", "Diagnosis") }, s.icd10Text);
        v({ "icdo3_morphology", QT_TRANSLATE_NOOP("Field", "ICD-O-3 morphology") }, s.icdO3Morphology);
        v({ "icdo3_topography", QT_TRANSLATE_NOOP("Field", "ICD-O-3 topography") }, s.icdO3Topography);
        v({ "diagnosed_on", QT_TRANSLATE_NOOP("Field", "Date of diagnosis") }, s.diagnosedOn);
        v({ "basis", QT_TRANSLATE_NOOP("Field", "Basis of diagnosis") }, s.basis);
        v({ "staging_system", QT_TRANSLATE_NOOP("Field", "Staging system") }, s.stagingSystem);
        v({ "stage", QT_TRANSLATE_NOOP("Field", "Stage or risk group") }, s.stage);
        v({ "laterality", QT_TRANSLATE_NOOP("Field", "Laterality") }, s.laterality);
        v({ "institution_id", QT_TRANSLATE_NOOP("Field", "Institution"), FieldStyle::Plain, "institution" },
          s.institutionId);
        v({ "notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldStyle::LongText }, s.notes);
    }
};

struct Assessment : PatientPart
{
    static constexpr const char *table = "assessment";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "assessment");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Assessments");
    static constexpr RecordPart part = Assessments;
    static constexpr const char *orderColumn = "assessed_on";
    // The columns of the table that lists records of this kind.
    static constexpr const char *tableColumns[] = { "assessed_on", "result",         "blast_percent", "method",
                                                    "course_id",   "institution_id", "notes" };

    std::optional<qint64> courseId; // the treatment being assessed, if any
    QDate assessedOn;
    Response result = Response::NotAssessed;
    std::optional<double> blastPercent;
    AssessmentMethod method = AssessmentMethod::Unknown;
    std::optional<qint64> institutionId;
    QString notes;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "patient_id", QT_TRANSLATE_NOOP("Field", "Patient"), FieldStyle::Plain, "patient" }, s.patientId);
        v({ "course_id", QT_TRANSLATE_NOOP("Field", "Treatment assessed"), FieldStyle::Plain, "treatment_course" },
          s.courseId);
        v({ "assessed_on", QT_TRANSLATE_NOOP("Field", "Date") }, s.assessedOn);
        v({ "result", QT_TRANSLATE_NOOP("Field", "Result") }, s.result);
        v({ "blast_percent", QT_TRANSLATE_NOOP("Field", "Blasts (%)") }, s.blastPercent);
        v({ "method", QT_TRANSLATE_NOOP("Field", "Method") }, s.method);
        v({ "institution_id", QT_TRANSLATE_NOOP("Field", "Institution"), FieldStyle::Plain, "institution" },
          s.institutionId);
        v({ "notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldStyle::LongText }, s.notes);
    }
};

struct Measurement : PatientPart
{
    static constexpr const char *table = "measurement";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "measurement");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Measurements");
    static constexpr RecordPart part = Measurements;
    static constexpr const char *orderColumn = "taken_at";
    // The columns of the table that lists records of this kind.
    static constexpr const char *tableColumns[] = { "taken_at", "kind", "value", "unit", "label" };

    QDateTime takenAt; // UTC
    MeasurementKind kind = MeasurementKind::Weight;
    double value = 0;
    QString unit; // kg, cm, 10^9/L, g/L, %, U/mL
    QString label; // names the marker for kind = tumour marker / other (e.g. CA-125)

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "patient_id", QT_TRANSLATE_NOOP("Field", "Patient"), FieldStyle::Plain, "patient" }, s.patientId);
        v({ "taken_at", QT_TRANSLATE_NOOP("Field", "Taken at") }, s.takenAt);
        v({ "kind", QT_TRANSLATE_NOOP("Field", "Kind") }, s.kind);
        v({ "value", QT_TRANSLATE_NOOP("Field", "Value") }, s.value);
        v({ "unit", QT_TRANSLATE_NOOP("Field", "Unit") }, s.unit);
        v({ "label", QT_TRANSLATE_NOOP("Field", "Marker") }, s.label);
    }

    // The unit this kind is recorded in unless the user says otherwise.
    static QString defaultUnit(MeasurementKind kind);
};

} // namespace caravan
