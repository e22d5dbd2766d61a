// Treatment course: one line of therapy linked to a diagnosis, with the details of
// its type. Chemotherapy, CAR-T and transplant details are members of the course
// (stored as columns of the same row, empty for other types) so that a course is
// read and written, validated and audited as one record.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace caravan {

struct ChemoCycle
{
    int number = 0;
    QDate startDate;
    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "number", QT_TRANSLATE_NOOP("Field", "Cycle") }, s.number);
        v({ "start_date", QT_TRANSLATE_NOOP("Field", "Start") }, s.startDate);
    }
    bool operator==(const ChemoCycle &) const = default;
};

struct DrugDose
{
    QString drug;
    DoseBasis basis = DoseBasis::PerSquareMetre;
    double dosePerUnit = 0; // mg per m², mg per kg, or mg for a flat dose
    std::optional<double> doseGivenMg;
    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "drug", QT_TRANSLATE_NOOP("Field", "Drug") }, s.drug);
        v({ "basis", QT_TRANSLATE_NOOP("Field", "Dose basis") }, s.basis);
        v({ "dose_per_unit", QT_TRANSLATE_NOOP("Field", "Dose per unit") }, s.dosePerUnit);
        v({ "dose_given_mg", QT_TRANSLATE_NOOP("Field", "Dose given (mg)") }, s.doseGivenMg);
    }
    bool operator==(const DrugDose &) const = default;
};

struct ChemoDetails
{
    QString regimen; // e.g. "BFM 2002 reinduction"
    std::optional<int> plannedCycles;
    std::optional<int> givenCycles;
    std::optional<int> cycleLengthDays;
    std::optional<double> bsaUsed; // m²
    QList<ChemoCycle> cycles;
    QList<DrugDose> drugs;
};

struct CarTDetails
{
    QString target; // CD19, BCMA, ...
    QString product; // product or trial name
    QDate apheresisDate;
    QString lymphodepletionRegimen; // e.g. Flu/Cy
    QDate lymphodepletionStart;
    QDate lymphodepletionEnd;
    QDate infusionDate; // day 0
    QString cellDose; // e.g. "1 × 10⁶ CAR+ cells/kg"
    std::optional<int> crsGrade; // ASTCT 0-4 (0 = none)
    std::optional<int> icansGrade; // ASTCT 0-4
    bool tocilizumab = false;
    bool steroids = false;
};

struct TransplantDetails
{
    TransplantKind kind = TransplantKind::Unknown;
    DonorRelation donorRelation = DonorRelation::Unknown;
    std::optional<qint64> donorRegistryId;
    QString hlaMatch; // "10/10"
    Sex donorSex = Sex::Unknown;
    QString donorAbo; // "A+"
    QString recipientAbo;
    StemCellSource source = StemCellSource::Unknown;
    QString conditioningRegimen;
    ConditioningIntensity conditioningIntensity = ConditioningIntensity::Unknown;
    QDate conditioningStart;
    QDate infusionDate; // day 0
    QDate neutrophilEngraftment;
    QDate plateletEngraftment;
    std::optional<int> acuteGvhdGrade; // 0-IV as 0-4
    ChronicGvhd chronicGvhd = ChronicGvhd::Unknown;
    QDate protectedUnitDischarge;
};

struct TreatmentCourse : PatientPart
{
    static constexpr const char *table = "treatment_course";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "treatment course");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Treatments");
    static constexpr RecordPart part = Treatments;
    static constexpr const char *orderColumn = "start_date";
    // The columns of the table that lists records of this kind.
    static constexpr const char *tableColumns[] = { "type",           "name",        "start_date",    "end_date",
                                                    "status",         "intent",      "best_response", "at_this_centre",
                                                    "institution_id", "diagnosis_id" };

    std::optional<qint64> diagnosisId;
    TreatmentType type = TreatmentType::Chemotherapy;
    QString name; // short label: regimen, product, operation
    TreatmentIntent intent = TreatmentIntent::Unknown;
    CourseStatus status = CourseStatus::Planned;
    QString stopReason;
    QDate startDate;
    QDate endDate;
    bool atThisCentre = true; // false: treated abroad / elsewhere
    std::optional<qint64> institutionId;
    Response bestResponse = Response::NotAssessed;
    QString notes;

    ChemoDetails chemo;
    CarTDetails cart;
    TransplantDetails hsct;

    // Day 0 of a CAR-T or transplant course; invalid for other types.
    QDate dayZero() const;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "patient_id", QT_TRANSLATE_NOOP("Field", "Patient"), FieldStyle::Plain, "patient" }, s.patientId);
        v({ "diagnosis_id", QT_TRANSLATE_NOOP("Field", "Diagnosis treated"), FieldStyle::Plain, "diagnosis" },
          s.diagnosisId);
        v({ "type", QT_TRANSLATE_NOOP("Field", "Type") }, s.type);
        v({ "name", QT_TRANSLATE_NOOP("Field", "Name") }, s.name);
        v({ "intent", QT_TRANSLATE_NOOP("Field", "Intent") }, s.intent);
        v({ "status", QT_TRANSLATE_NOOP("Field", "Status") }, s.status);
        v({ "stop_reason", QT_TRANSLATE_NOOP("Field", "Reason for stopping") }, s.stopReason);
        v({ "start_date", QT_TRANSLATE_NOOP("Field", "Start") }, s.startDate);
        v({ "end_date", QT_TRANSLATE_NOOP("Field", "End") }, s.endDate);
        v({ "at_this_centre", QT_TRANSLATE_NOOP("Field", "At this centre") }, s.atThisCentre);
        v({ "institution_id", QT_TRANSLATE_NOOP("Field", "Institution"), FieldStyle::Plain, "institution" },
          s.institutionId);
        v({ "best_response", QT_TRANSLATE_NOOP("Field", "Best response") }, s.bestResponse);
        v({ "notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldStyle::LongText }, s.notes);

        auto &c = s.chemo;
        v({ "chemo_regimen", QT_TRANSLATE_NOOP("Field", "Regimen") }, c.regimen);
        v({ "chemo_planned_cycles", QT_TRANSLATE_NOOP("Field", "Cycles planned") }, c.plannedCycles);
        v({ "chemo_given_cycles", QT_TRANSLATE_NOOP("Field", "Cycles given") }, c.givenCycles);
        v({ "chemo_cycle_length_days", QT_TRANSLATE_NOOP("Field", "Cycle length (days)") }, c.cycleLengthDays);
        v({ "chemo_bsa_used", QT_TRANSLATE_NOOP("Field", "Body surface area used (m²)") }, c.bsaUsed);
        v({ "chemo_cycles", QT_TRANSLATE_NOOP("Field", "Cycles") }, c.cycles);
        v({ "chemo_drugs", QT_TRANSLATE_NOOP("Field", "Drugs and doses") }, c.drugs);

        auto &t = s.cart;
        v({ "cart_target", QT_TRANSLATE_NOOP("Field", "Target antigen") }, t.target);
        v({ "cart_product", QT_TRANSLATE_NOOP("Field", "Product or trial") }, t.product);
        v({ "cart_apheresis_date", QT_TRANSLATE_NOOP("Field", "Apheresis") }, t.apheresisDate);
        v({ "cart_lymphodepletion_regimen", QT_TRANSLATE_NOOP("Field", "Lymphodepletion regimen") },
          t.lymphodepletionRegimen);
        v({ "cart_lymphodepletion_start", QT_TRANSLATE_NOOP("Field", "Lymphodepletion started") },
          t.lymphodepletionStart);
        v({ "cart_lymphodepletion_end", QT_TRANSLATE_NOOP("Field", "Lymphodepletion ended") }, t.lymphodepletionEnd);
        v({ "cart_infusion_date", QT_TRANSLATE_NOOP("Field", "Infusion (day 0)") }, t.infusionDate);
        v({ "cart_cell_dose", QT_TRANSLATE_NOOP("Field", "Cell dose") }, t.cellDose);
        v({ "cart_crs_grade", QT_TRANSLATE_NOOP("Field", "Highest CRS grade") }, t.crsGrade);
        v({ "cart_icans_grade", QT_TRANSLATE_NOOP("Field", "Highest ICANS grade") }, t.icansGrade);
        v({ "cart_tocilizumab", QT_TRANSLATE_NOOP("Field", "Tocilizumab given") }, t.tocilizumab);
        v({ "cart_steroids", QT_TRANSLATE_NOOP("Field", "Steroids given") }, t.steroids);

        auto &h = s.hsct;
        v({ "hsct_kind", QT_TRANSLATE_NOOP("Field", "Transplant") }, h.kind);
        v({ "hsct_donor_relation", QT_TRANSLATE_NOOP("Field", "Donor") }, h.donorRelation);
        v({ "hsct_donor_registry_id", QT_TRANSLATE_NOOP("Field", "Donor registry"), FieldStyle::Plain, "institution" },
          h.donorRegistryId);
        v({ "hsct_hla_match", QT_TRANSLATE_NOOP("Field", "HLA match") }, h.hlaMatch);
        v({ "hsct_donor_sex", QT_TRANSLATE_NOOP("Field", "Donor sex") }, h.donorSex);
        v({ "hsct_donor_abo", QT_TRANSLATE_NOOP("Field", "Donor ABO") }, h.donorAbo);
        v({ "hsct_recipient_abo", QT_TRANSLATE_NOOP("Field", "Recipient ABO") }, h.recipientAbo);
        v({ "hsct_source", QT_TRANSLATE_NOOP("Field", "Stem-cell source") }, h.source);
        v({ "hsct_conditioning_regimen", QT_TRANSLATE_NOOP("Field", "Conditioning regimen") }, h.conditioningRegimen);
        v({ "hsct_conditioning_intensity", QT_TRANSLATE_NOOP("Field", "Conditioning intensity") },
          h.conditioningIntensity);
        v({ "hsct_conditioning_start", QT_TRANSLATE_NOOP("Field", "Conditioning started") }, h.conditioningStart);
        v({ "hsct_infusion_date", QT_TRANSLATE_NOOP("Field", "Stem-cell infusion (day 0)") }, h.infusionDate);
        v({ "hsct_neutrophil_engraftment", QT_TRANSLATE_NOOP("Field", "Neutrophil engraftment") },
          h.neutrophilEngraftment);
        v({ "hsct_platelet_engraftment", QT_TRANSLATE_NOOP("Field", "Platelet engraftment") }, h.plateletEngraftment);
        v({ "hsct_acute_gvhd_grade", QT_TRANSLATE_NOOP("Field", "Acute GVHD, highest grade") }, h.acuteGvhdGrade);
        v({ "hsct_chronic_gvhd", QT_TRANSLATE_NOOP("Field", "Chronic GVHD") }, h.chronicGvhd);
        v({ "hsct_protected_unit_discharge", QT_TRANSLATE_NOOP("Field", "Left the protected unit") },
          h.protectedUnitDischarge);
    }
};

} // namespace caravan
