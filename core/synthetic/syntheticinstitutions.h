// Synthetic institutions and staff: the partner hospitals, laboratories and donor
// registries of the synthetic centre (fictional names), the nations patients come
// from (share of patients, stature, referring hospitals) and the centre's own
// doctors and coordinators. Compiled-in tables (syntheticinstitutions.cpp), read
// by the Generator; institutions enter the store once per run through
// Generator::createInstitutions and are referred to by InstitutionIndex.
#pragma once

#include "domain/vocabulary.h"
#include "synthetic/syntheticnames.h"

#include <array>
#include <span>
#include <vector>

namespace caravan::synthetic {

// Institutions: partner hospitals, laboratories and registries (fictional names).
enum InstitutionIndex {
    iCnLab,
    iCnRegistry,
    iProton,
    iUrumqi,
    iGuangzhou,
    iKarachi,
    iLahore,
    iIslamabad,
    iPeshawar,
    iRawalpindiLab,
    iMultan,
    iAlmaty,
    iAstana,
    iShymkent,
    iKaraganda,
    iAktobe,
    iKzRegistry,
    iAlmatyLab,
    iBishkek,
    iOsh,
    iTashkent,
    iSamarkand,
    iFergana,
    iNovosibirsk,
    iMoscow,
    iOmsk,
    iRuRegistry,
    iIntlRegistry,
    iPkEmbassy,
    InstitutionCount
};

struct InstitutionDef
{
    const char *name;
    const char *local;
    InstitutionKind kind;
    const char *country;
    const char *city;
    const char *zone;
    const char *contact;
    const char *phone;
    const char *email;
};

extern const InstitutionDef kInstitutions[InstitutionCount];

// Nations: code, default time zone, share of patients, stature, referring hospitals.
struct NationDef
{
    const char *code;
    const char *zone; // default remote time zone
    int weight; // share of patients (per cent)
    double heightFactor;
    std::vector<int> home; // referring institutions
};

const std::array<NationDef, NatCount> &nations();

// The centre's doctors (who leads which disease: DiseaseDef::lead, second).
enum Doctor {
    dHaem,
    dTransplant,
    dCart,
    dPaedOnc,
    dOnc,
    dRadiation,
    dCardio,
    dNeurosurg,
    dOrtho,
    dCardiacSurg,
    DoctorCount
};

struct StaffMember
{
    const char *name;
    const char *role;
};
extern const StaffMember kDoctors[DoctorCount];

// International patient coordinators; fillPatient picks one by language desk.
extern const std::span<const char *const> kCoordinators;

} // namespace caravan::synthetic
