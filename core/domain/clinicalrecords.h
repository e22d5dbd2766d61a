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

struct Diagnosis : PatientPart {
    static constexpr const char *table = "diagnosis";

    QString icd10Code;          // e.g. C91.0
    QString icd10Text;
    QString icdO3Morphology;    // e.g. 9811/3
    QString icdO3Topography;    // e.g. C42.1
    QDate diagnosedOn;
    DiagnosisBasis basis = DiagnosisBasis::Unknown;
    StagingSystem stagingSystem = StagingSystem::None;
    QString stage;              // free text within the system: "T2N0M0", "IIIB", "high risk"
    Laterality laterality = Laterality::NotApplicable;
    std::optional<qint64> institutionId;
    QString notes;

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("patient_id", s.patientId);
        v("icd10_code", s.icd10Code); v("icd10_text", s.icd10Text);
        v("icdo3_morphology", s.icdO3Morphology); v("icdo3_topography", s.icdO3Topography);
        v("diagnosed_on", s.diagnosedOn); v("basis", s.basis);
        v("staging_system", s.stagingSystem); v("stage", s.stage);
        v("laterality", s.laterality); v("institution_id", s.institutionId);
        v("notes", s.notes);
    }
};

struct Assessment : PatientPart {
    static constexpr const char *table = "assessment";

    std::optional<qint64> courseId;   // the treatment being assessed, if any
    QDate assessedOn;
    Response result = Response::NotAssessed;
    std::optional<double> blastPercent;
    AssessmentMethod method = AssessmentMethod::Unknown;
    std::optional<qint64> institutionId;
    QString notes;

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("patient_id", s.patientId); v("course_id", s.courseId);
        v("assessed_on", s.assessedOn); v("result", s.result);
        v("blast_percent", s.blastPercent); v("method", s.method);
        v("institution_id", s.institutionId); v("notes", s.notes);
    }
};

struct Measurement : PatientPart {
    static constexpr const char *table = "measurement";

    QDateTime takenAt;   // UTC
    MeasurementKind kind = MeasurementKind::Weight;
    double value = 0;
    QString unit;        // kg, cm, 10^9/L, g/L, %, U/mL
    QString label;       // names the marker for kind = tumour marker / other (e.g. CA-125)

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("patient_id", s.patientId); v("taken_at", s.takenAt); v("kind", s.kind);
        v("value", s.value); v("unit", s.unit); v("label", s.label);
    }

    // The unit this kind is recorded in unless the user says otherwise.
    static QString defaultUnit(MeasurementKind kind);
};

} // namespace caravan
