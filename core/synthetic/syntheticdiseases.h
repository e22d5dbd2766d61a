// Synthetic diseases and treatments: what a synthetic patient comes with and what
// can be given. The diseases (code, stages, age and sex mix, the doctors in charge,
// the questions asked), the chemotherapy regimens with their doses, the CAR-T
// products, comorbidities and reasons for stopping a course. Compiled-in tables
// (syntheticdiseases.cpp), read by the Generator: the disease weights pick a
// patient's disease, PlanKind picks the history planned for it
// (synthetichistories.cpp), and the regimens and products are what those
// histories prescribe (syntheticcourses.cpp).
#pragma once

#include "domain/vocabulary.h"
#include "synthetic/syntheticinstitutions.h"

#include <array>
#include <span>

namespace caravan::synthetic {

// ---------------------------------------------------------------------------
// Chemotherapy regimens, CAR-T products.

struct DrugDef
{
    const char *drug;
    DoseBasis basis;
    double dose;
    double capMg; // 0: no cap
};
struct RegimenDef
{
    const char *name;
    std::array<DrugDef, 5> drugs;
};

enum Reg {
    rBfm,
    rHyperCvad,
    rProtocolM,
    rAde,
    rSevenThree,
    rHidac,
    rRchop,
    rRice,
    rVrd,
    rLenMaint,
    rCarboPacli,
    rAct,
    rVdcIe,
    rMbMaint,
    rTmz,
    rAbvd,
    rPemCarbo,
    rPemCis,
    RegCount
};

extern const RegimenDef kRegimens[RegCount];

struct CarProduct
{
    const char *target;
    const char *product;
    const char *cellDose;
    int risk; // 0: B-ALL, 1: lymphoma, 2: myeloma, 3: AML trial
};

extern const std::span<const CarProduct> kCarAll; // B-ALL
extern const CarProduct kCarCd22; // B-ALL after CD19 failure
extern const std::span<const CarProduct> kCarLymphoma;
extern const std::span<const CarProduct> kCarMyeloma;
extern const CarProduct kCarAml;

// ---------------------------------------------------------------------------
// Diseases: what a patient comes with, the shape of the history, who looks after it.

enum class PlanKind {
    AllChild,
    AllAdult,
    AmlChild,
    AmlAdult,
    Dlbcl,
    Myeloma,
    Ovary,
    Breast,
    Ewing,
    Medullo,
    Glioblastoma,
    Hodgkin,
    Lung,
    Cml,
    Thalassaemia,
    Aplastic,
    Cardiac,
    Spine,
    Vsd
};

struct DiseaseDef
{
    PlanKind plan;
    const char *code;
    const char *text;
    const char *morphology;
    const char *topography;
    DiagnosisBasis basis;
    StagingSystem staging;
    std::array<const char *, 4> stages;
    bool lateral;
    bool oncology;
    int weight;
    double ageMin, ageMode, ageMax; // at diagnosis, years
    int femalePercent;
    Doctor lead, second;
    const char *question;
    const char *recommendation;
    const char *admission;
};

inline constexpr int kDiseaseCount = 19;
extern const DiseaseDef kDiseases[kDiseaseCount];

struct ComorbidityDef
{
    const char *code;
    const char *text;
};
extern const std::span<const ComorbidityDef> kComorbidities;

// Why a course was stopped early (drawn for a few chemotherapy courses).
extern const std::span<const char *const> kStopReasons;

} // namespace caravan::synthetic
