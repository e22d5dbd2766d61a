// Derived clinical facts: age, body surface area, Day ±N relative to a course's
// day 0, and engraftment dates from blood counts. Pure functions of the record
// values passed in; nothing here reads the database.
#pragma once

#include "domain/translation.h"

#include "domain/clinicalrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace caravan::clinical {

// Completed years at a date (a birthday on 29 February counts on 1 March in other years).
std::optional<int> ageInYears(QDate birth, QDate at);

// Body surface area in m². Mosteller: sqrt(h·w/3600); DuBois: 0.007184·w^0.425·h^0.725.
std::optional<double> bsaMosteller(double heightCm, double weightKg);
std::optional<double> bsaDuBois(double heightCm, double weightKg);

// Transplant convention: the infusion day is Day 0, the day after Day +1, the day before Day −1.
std::optional<int> dayRelative(QDate dayZero, QDate date);
// "Day 0", "Day +14", "Day −7" (with a true minus sign).
QString dayLabel(int day, const Translation &language = Translation()); // in a document's language if given

// The latest value of one kind taken on or before a moment (for BSA: latest height and weight).
std::optional<Measurement> latest(const QList<Measurement> &series, MeasurementKind kind,
                                  const QDateTime &notAfter = {});

// EBMT definitions, applied to the counts that are recorded:
// neutrophil engraftment is the first of three consecutive days after day 0 with
// ANC >= 0.5 x 10^9/L; platelet engraftment the first of three consecutive days
// with platelets >= 20 x 10^9/L (transfusion independence for 7 days is not
// recorded in Caravan and is assumed). "Consecutive" means measurements on three
// successive calendar days; a day with several counts uses its lowest.
// Returns an invalid date when the data do not show engraftment.
QDate neutrophilEngraftment(const QList<Measurement> &series, QDate dayZero);
QDate plateletEngraftment(const QList<Measurement> &series, QDate dayZero);

constexpr double kNeutrophilThreshold = 0.5; // 10^9/L
constexpr double kPlateletThreshold = 20.0; // 10^9/L

} // namespace caravan::clinical
