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

struct ChemoCycle {
    int number = 0;
    QDate startDate;
    template <class S, class V>
    static void fields(S &s, V &&v) { v("number", s.number); v("start_date", s.startDate); }
    bool operator==(const ChemoCycle &) const = default;
};

struct DrugDose {
    QString drug;
    DoseBasis basis = DoseBasis::PerSquareMetre;
    double dosePerUnit = 0;    // mg per m², mg per kg, or mg for a flat dose
    std::optional<double> doseGivenMg;
    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("drug", s.drug); v("basis", s.basis); v("dose_per_unit", s.dosePerUnit);
        v("dose_given_mg", s.doseGivenMg);
    }
    bool operator==(const DrugDose &) const = default;
};

struct ChemoDetails {
    QString regimen;                    // e.g. "BFM 2002 reinduction"
    std::optional<int> plannedCycles;
    std::optional<int> givenCycles;
    std::optional<int> cycleLengthDays;
    std::optional<double> bsaUsed;      // m²
    QList<ChemoCycle> cycles;
    QList<DrugDose> drugs;
};

struct CarTDetails {
    QString target;                     // CD19, BCMA, ...
    QString product;                    // product or trial name
    QDate apheresisDate;
    QString lymphodepletionRegimen;     // e.g. Flu/Cy
    QDate lymphodepletionStart;
    QDate lymphodepletionEnd;
    QDate infusionDate;                 // day 0
    QString cellDose;                   // e.g. "1 × 10⁶ CAR+ cells/kg"
    std::optional<int> crsGrade;        // ASTCT 0-4 (0 = none)
    std::optional<int> icansGrade;      // ASTCT 0-4
    bool tocilizumab = false;
    bool steroids = false;
};

struct TransplantDetails {
    TransplantKind kind = TransplantKind::Unknown;
    DonorRelation donorRelation = DonorRelation::Unknown;
    std::optional<qint64> donorRegistryId;
    QString hlaMatch;                   // "10/10"
    Sex donorSex = Sex::Unknown;
    QString donorAbo;                   // "A+"
    QString recipientAbo;
    StemCellSource source = StemCellSource::Unknown;
    QString conditioningRegimen;
    ConditioningIntensity conditioningIntensity = ConditioningIntensity::Unknown;
    QDate conditioningStart;
    QDate infusionDate;                 // day 0
    QDate neutrophilEngraftment;
    QDate plateletEngraftment;
    std::optional<int> acuteGvhdGrade;  // 0-IV as 0-4
    ChronicGvhd chronicGvhd = ChronicGvhd::Unknown;
    QDate protectedUnitDischarge;
};

struct TreatmentCourse : PatientPart {
    static constexpr const char *table = "treatment_course";

    std::optional<qint64> diagnosisId;
    TreatmentType type = TreatmentType::Chemotherapy;
    QString name;                       // short label: regimen, product, operation
    TreatmentIntent intent = TreatmentIntent::Unknown;
    CourseStatus status = CourseStatus::Planned;
    QString stopReason;
    QDate startDate;
    QDate endDate;
    bool atThisCentre = true;           // false: treated abroad / elsewhere
    std::optional<qint64> institutionId;
    Response bestResponse = Response::NotAssessed;
    QString notes;

    ChemoDetails chemo;
    CarTDetails cart;
    TransplantDetails hsct;

    // Day 0 of a CAR-T or transplant course; invalid for other types.
    QDate dayZero() const;

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("patient_id", s.patientId); v("diagnosis_id", s.diagnosisId);
        v("type", s.type); v("name", s.name); v("intent", s.intent); v("status", s.status);
        v("stop_reason", s.stopReason); v("start_date", s.startDate); v("end_date", s.endDate);
        v("at_this_centre", s.atThisCentre); v("institution_id", s.institutionId);
        v("best_response", s.bestResponse); v("notes", s.notes);

        auto &c = s.chemo;
        v("chemo_regimen", c.regimen); v("chemo_planned_cycles", c.plannedCycles);
        v("chemo_given_cycles", c.givenCycles); v("chemo_cycle_length_days", c.cycleLengthDays);
        v("chemo_bsa_used", c.bsaUsed); v("chemo_cycles", c.cycles); v("chemo_drugs", c.drugs);

        auto &t = s.cart;
        v("cart_target", t.target); v("cart_product", t.product);
        v("cart_apheresis_date", t.apheresisDate);
        v("cart_lymphodepletion_regimen", t.lymphodepletionRegimen);
        v("cart_lymphodepletion_start", t.lymphodepletionStart);
        v("cart_lymphodepletion_end", t.lymphodepletionEnd);
        v("cart_infusion_date", t.infusionDate); v("cart_cell_dose", t.cellDose);
        v("cart_crs_grade", t.crsGrade); v("cart_icans_grade", t.icansGrade);
        v("cart_tocilizumab", t.tocilizumab); v("cart_steroids", t.steroids);

        auto &h = s.hsct;
        v("hsct_kind", h.kind); v("hsct_donor_relation", h.donorRelation);
        v("hsct_donor_registry_id", h.donorRegistryId); v("hsct_hla_match", h.hlaMatch);
        v("hsct_donor_sex", h.donorSex); v("hsct_donor_abo", h.donorAbo);
        v("hsct_recipient_abo", h.recipientAbo); v("hsct_source", h.source);
        v("hsct_conditioning_regimen", h.conditioningRegimen);
        v("hsct_conditioning_intensity", h.conditioningIntensity);
        v("hsct_conditioning_start", h.conditioningStart);
        v("hsct_infusion_date", h.infusionDate);
        v("hsct_neutrophil_engraftment", h.neutrophilEngraftment);
        v("hsct_platelet_engraftment", h.plateletEngraftment);
        v("hsct_acute_gvhd_grade", h.acuteGvhdGrade); v("hsct_chronic_gvhd", h.chronicGvhd);
        v("hsct_protected_unit_discharge", h.protectedUnitDischarge);
    }
};

} // namespace caravan
