// Validation rules of the clinical model. Each validate() returns every broken
// rule with the field at fault and a translated message (context "Validation");
// an empty list means the record may be written. Storage calls these before any
// write, so nothing invalid reaches the database whichever way it came in
// (desktop, CLI, CSV import, demo data).
#pragma once

#include "clinicalrecords.h"
#include "institution.h"
#include "patient.h"
#include "result.h"
#include "treatmentcourse.h"
#include "visit.h"

#include <QDate>
#include <QList>

namespace caravan {

// What a rule needs to know beyond the record itself.
struct ValidationContext
{
    QDate today = QDate::currentDate();
    QDate birthDate; // of the patient the record belongs to (invalid if unknown)
};

QList<ValidationIssue> validate(const Patient &p, const ValidationContext &ctx);
QList<ValidationIssue> validate(const Institution &i, const ValidationContext &ctx);
QList<ValidationIssue> validate(const Diagnosis &d, const ValidationContext &ctx);
QList<ValidationIssue> validate(const TreatmentCourse &c, const ValidationContext &ctx);
QList<ValidationIssue> validate(const Assessment &a, const ValidationContext &ctx);
QList<ValidationIssue> validate(const Measurement &m, const ValidationContext &ctx);
QList<ValidationIssue> validate(const Visit &v, const ValidationContext &ctx);

// Small rules shared with the UI (which checks as the user types).
bool isWellFormedIcd10(const QString &code); // C91.0, C56, I25.10, M51.1
bool isWellFormedHlaMatch(const QString &match); // "m/n", m <= n, n in {6, 8, 10, 12}
bool isCountryCode(const QString &code); // ISO 3166-1 alpha-2, upper case

} // namespace caravan
