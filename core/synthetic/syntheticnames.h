// Synthetic names: the nationalities of synthetic patients and, per nationality,
// common given names (male, female) and family names (male and female forms), each
// as written in the native script and as printed in passports, with a second, also
// common passport spelling where one exists. The tables are compiled in
// (syntheticnames.cpp) and leave only as QString pools, built once by the
// Generator; patients get random, fictional combinations of them.
#pragma once

#include <QString>

#include <array>
#include <vector>

namespace caravan::synthetic {

// The nationalities, in the order of every per-nation table.
enum Nat { PK, KZ, KG, UZ, RU, CN, NatCount };

// A name as written natively, as printed in a passport, and a second, also common
// passport spelling (empty if there is none).
struct NameForms
{
    QString native, latin, alt;
};
// A family name in its male and female forms (the same where it is not gendered).
struct FamilyForms
{
    NameForms male, female;
};

using GivenNamePools = std::array<std::vector<NameForms>, NatCount>;
using FamilyNamePools = std::array<std::vector<FamilyForms>, NatCount>;

GivenNamePools maleGivenNames();
GivenNamePools femaleGivenNames();
FamilyNamePools familyNames();

} // namespace caravan::synthetic
