// Dosing: the doses of a chemotherapy course computed from the patient's body
// size. Pure functions of the values passed in (the latest height and weight,
// the drug rows of the course); nothing here reads the database or rounds beyond
// what is written below. Dose caps (vincristine 2 mg ...) and dose banding stay
// the prescriber's decision: the editor fills suggestions the user can change.
#pragma once

#include "domain/clinicalrecords.h"
#include "domain/treatmentcourse.h"

#include <optional>

namespace caravan::clinical {

// Body surface area used for dosing: Mosteller, rounded to 2 decimals (m²).
// Empty when either value is missing or not positive.
std::optional<double> dosingBsa(std::optional<double> heightCm, std::optional<double> weightKg);

// A computed dose in mg, rounded as doses are written on a prescription:
// below 10 mg to 0.01 mg, from 10 mg to 0.1 mg, from 100 mg to the whole mg.
double roundDoseMg(double mg);

// The dose to give in mg, rounded with roundDoseMg():
//   mg/m²: dose_per_unit × BSA      (empty without a BSA)
//   mg/kg: dose_per_unit × weight   (empty without a weight)
//   flat:  dose_per_unit
// Empty as well when no positive dose per unit is recorded.
std::optional<double> doseGivenMg(const DrugDose &drug, std::optional<double> bsa, std::optional<double> weightKg);

// A height measurement in cm / a weight in kg, whatever unit it was recorded in
// (cm, m, in / kg, g, lb; an empty unit is the default one). Empty for another
// kind of measurement, an unknown unit or a value that is not positive.
std::optional<double> heightInCm(const Measurement &m);
std::optional<double> weightInKg(const Measurement &m);

} // namespace caravan::clinical
