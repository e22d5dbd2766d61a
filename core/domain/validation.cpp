#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace caravan {

namespace {

struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Collects issues; each helper checks one kind of rule for one field.
class Checker
{
public:
    explicit Checker(const ValidationContext &ctx) : m_ctx(ctx) { }

    QList<ValidationIssue> issues;

    void fail(const char *field, const QString &message) { issues.append({ QLatin1String(field), message }); }
    void required(const char *field, const QString &value, const QString &what)
    {
        if (value.trimmed().isEmpty())
            fail(field, Validation::tr("%1 is required.").arg(what));
    }
    // A date of an event: not in the future (unless allowed), not before birth.
    void eventDate(const char *field, QDate date, bool mayBeFuture = false)
    {
        if (!date.isValid())
            return;
        if (date.year() < 1900)
            fail(field, Validation::tr("%1 is before 1900; check the year.").arg(fmt(date)));
        else if (!mayBeFuture && date > m_ctx.today)
            fail(field, Validation::tr("%1 is in the future.").arg(fmt(date)));
        else if (m_ctx.birthDate.isValid() && date < m_ctx.birthDate)
            fail(field, Validation::tr("%1 is before the patient's birth (%2).").arg(fmt(date), fmt(m_ctx.birthDate)));
    }
    void notBefore(const char *field, QDate later, QDate earlier, const QString &earlierName)
    {
        if (later.isValid() && earlier.isValid() && later < earlier)
            fail(field, Validation::tr("%1 is before %2 (%3).").arg(fmt(later), earlierName, fmt(earlier)));
    }
    void range(const char *field, std::optional<double> v, double lo, double hi, const QString &what)
    {
        if (v && (*v < lo || *v > hi))
            fail(field, Validation::tr("%1 must be between %2 and %3 (got %4).").arg(what).arg(lo).arg(hi).arg(*v));
    }
    void grade(const char *field, std::optional<int> g, const QString &what)
    {
        if (g && (*g < 0 || *g > 4))
            fail(field, Validation::tr("%1 must be a grade from 0 (none) to 4 (got %2).").arg(what).arg(*g));
    }
    void country(const char *field, const QString &code)
    {
        if (!code.isEmpty() && !isCountryCode(code))
            fail(field, Validation::tr("\"%1\" is not a two-letter country code such as PK, KZ or CN.").arg(code));
    }
    void timeZone(const char *field, const QString &zone)
    {
        // isTimeZoneIdAvailable() lists every zone on each call: ask once.
        static const QSet<QByteArray> known = [] {
            const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
            return QSet<QByteArray>(ids.begin(), ids.end());
        }();
        if (!zone.isEmpty() && !known.contains(zone.toUtf8()))
            fail(field, Validation::tr("\"%1\" is not a known time zone (use names like Asia/Karachi).").arg(zone));
    }
    static QString fmt(QDate d) { return d.toString(Qt::ISODate); }

private:
    const ValidationContext &m_ctx;
};

} // namespace

bool isWellFormedIcd10(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$"));
    return re.match(code).hasMatch();
}

bool isWellFormedHlaMatch(const QString &match)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*$"));
    const auto m = re.match(match);
    if (!m.hasMatch())
        return false;
    const int matched = m.captured(1).toInt();
    const int loci = m.captured(2).toInt();
    return (loci == 6 || loci == 8 || loci == 10 || loci == 12) && matched <= loci;
}

bool isCountryCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    return re.match(code).hasMatch();
}

QList<ValidationIssue> validate(const Patient &p, const ValidationContext &ctx)
{
    ValidationContext own = ctx;
    own.birthDate = p.birthDate;
    Checker c(own);
    c.required("record_number", p.recordNumber, Validation::tr("The hospital record number"));
    if (p.familyNameNative.trimmed().isEmpty() && p.familyNameLatin.trimmed().isEmpty()
        && p.givenNameNative.trimmed().isEmpty() && p.givenNameLatin.trimmed().isEmpty())
        c.fail("family_name_latin",
               Validation::tr("Enter the patient's name in the native script or as in the passport."));
    if (p.birthDate.isValid()) {
        if (p.birthDate > ctx.today)
            c.fail("birth_date", Validation::tr("The birth date %1 is in the future.").arg(Checker::fmt(p.birthDate)));
        else if (p.birthDate.year() < 1900)
            c.fail("birth_date",
                   Validation::tr("The birth date %1 is before 1900; check the year.").arg(Checker::fmt(p.birthDate)));
    }
    c.country("nationality", p.nationality);
    c.country("residence_country", p.residenceCountry);
    c.country("passport_country", p.passportCountry);
    c.notBefore("passport_expiry", p.passportExpiry, p.birthDate, Validation::tr("the birth date"));
    c.notBefore("visa_expiry", p.visaExpiry, p.birthDate, Validation::tr("the birth date"));
    if (!p.email.isEmpty() && !p.email.contains(QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))))
        c.fail("email", Validation::tr("\"%1\" is not an e-mail address.").arg(p.email));
    c.eventDate("arrival_date", p.arrivalDate, true);
    c.notBefore("departure_date", p.departureDate, p.arrivalDate, Validation::tr("the arrival date"));
    for (const auto &comp : p.companions) {
        if (comp.name.trimmed().isEmpty() && comp.nameLatin.trimmed().isEmpty())
            c.fail("companions", Validation::tr("Every companion needs a name."));
        c.country("companions", comp.passportCountry);
    }
    return c.issues;
}

QList<ValidationIssue> validate(const Institution &i, const ValidationContext &ctx)
{
    Checker c(ctx);
    c.required("name", i.name, Validation::tr("The institution's name"));
    c.country("country", i.country);
    c.timeZone("time_zone", i.timeZone);
    return c.issues;
}

QList<ValidationIssue> validate(const Diagnosis &d, const ValidationContext &ctx)
{
    Checker c(ctx);
    if (d.icd10Code.isEmpty())
        c.fail("icd10_code", Validation::tr("The ICD-10 code is required."));
    else if (!isWellFormedIcd10(d.icd10Code))
        c.fail("icd10_code",
               Validation::tr("\"%1\" is not an ICD-10 code (a letter, two digits, then an optional dot and up to four "
                              "characters, as in C91.0).")
                       .arg(d.icd10Code));
    static const QRegularExpression morph(QStringLiteral("^\\d{4}/\\d$"));
    if (!d.icdO3Morphology.isEmpty() && !morph.match(d.icdO3Morphology).hasMatch())
        c.fail("icdo3_morphology",
               Validation::tr("\"%1\" is not an ICD-O-3 morphology code (four digits, a slash and the behaviour digit, "
                              "as in 9811/3).")
                       .arg(d.icdO3Morphology));
    static const QRegularExpression topo(QStringLiteral("^C\\d{2}(\\.\\d)?$"));
    if (!d.icdO3Topography.isEmpty() && !topo.match(d.icdO3Topography).hasMatch())
        c.fail("icdo3_topography",
               Validation::tr("\"%1\" is not an ICD-O-3 topography code (as in C42.1).").arg(d.icdO3Topography));
    c.eventDate("diagnosed_on", d.diagnosedOn);
    return c.issues;
}

QList<ValidationIssue> validate(const TreatmentCourse &t, const ValidationContext &ctx)
{
    Checker c(ctx);
    c.eventDate("start_date", t.startDate, t.status == CourseStatus::Planned);
    c.eventDate("end_date", t.endDate, t.status == CourseStatus::Planned || t.status == CourseStatus::Ongoing);
    c.notBefore("end_date", t.endDate, t.startDate, Validation::tr("the start of the treatment"));
    if (t.status == CourseStatus::Stopped && t.stopReason.trimmed().isEmpty())
        c.fail("stop_reason", Validation::tr("Say why the treatment was stopped."));

    const auto insideCourse = [&](const char *field, QDate day, const QString &what) {
        if (!day.isValid())
            return;
        if ((t.startDate.isValid() && day < t.startDate) || (t.endDate.isValid() && day > t.endDate))
            c.fail(field,
                   Validation::tr("%1 (%2) must fall within the treatment course (%3 to %4).")
                           .arg(what, Checker::fmt(day), Checker::fmt(t.startDate),
                                t.endDate.isValid() ? Checker::fmt(t.endDate) : Validation::tr("ongoing")));
    };

    if (t.type == TreatmentType::Chemotherapy) {
        const auto &ch = t.chemo;
        c.range("chemo_bsa_used", ch.bsaUsed, 0.1, 3.5, Validation::tr("The body surface area (m²)"));
        if (ch.plannedCycles && *ch.plannedCycles < 0)
            c.fail("chemo_planned_cycles", Validation::tr("The number of cycles cannot be negative."));
        if (ch.givenCycles && *ch.givenCycles < 0)
            c.fail("chemo_given_cycles", Validation::tr("The number of cycles cannot be negative."));
        if (ch.cycleLengthDays && (*ch.cycleLengthDays < 1 || *ch.cycleLengthDays > 120))
            c.fail("chemo_cycle_length_days", Validation::tr("A cycle lasts between 1 and 120 days."));
        for (const auto &cy : ch.cycles)
            insideCourse("chemo_cycles", cy.startDate, Validation::tr("Cycle %1").arg(cy.number));
        for (const auto &dr : ch.drugs) {
            if (dr.drug.trimmed().isEmpty())
                c.fail("chemo_drugs", Validation::tr("Every drug needs a name."));
            if (dr.dosePerUnit < 0 || (dr.doseGivenMg && *dr.doseGivenMg < 0))
                c.fail("chemo_drugs", Validation::tr("A dose cannot be negative (%1).").arg(dr.drug));
        }
    }
    if (t.type == TreatmentType::CarT) {
        const auto &ct = t.cart;
        insideCourse("cart_infusion_date", ct.infusionDate, Validation::tr("The infusion (day 0)"));
        c.notBefore("cart_infusion_date", ct.infusionDate, ct.lymphodepletionStart,
                    Validation::tr("the start of lymphodepletion"));
        c.notBefore("cart_infusion_date", ct.infusionDate, ct.apheresisDate, Validation::tr("the apheresis"));
        c.notBefore("cart_lymphodepletion_end", ct.lymphodepletionEnd, ct.lymphodepletionStart,
                    Validation::tr("the start of lymphodepletion"));
        c.eventDate("cart_apheresis_date", ct.apheresisDate, true);
        c.grade("cart_crs_grade", ct.crsGrade, Validation::tr("The CRS grade (ASTCT)"));
        c.grade("cart_icans_grade", ct.icansGrade, Validation::tr("The ICANS grade (ASTCT)"));
    }
    if (t.type == TreatmentType::StemCellTransplant) {
        const auto &h = t.hsct;
        insideCourse("hsct_infusion_date", h.infusionDate, Validation::tr("The stem-cell infusion (day 0)"));
        if (!h.hlaMatch.isEmpty() && !isWellFormedHlaMatch(h.hlaMatch))
            c.fail("hsct_hla_match",
                   Validation::tr("\"%1\" is not an HLA match: write matched/typed loci, as in 10/10 or 7/8 (typed "
                                  "loci 6, 8, 10 or 12).")
                           .arg(h.hlaMatch));
        c.notBefore("hsct_infusion_date", h.infusionDate, h.conditioningStart,
                    Validation::tr("the start of conditioning"));
        c.notBefore("hsct_neutrophil_engraftment", h.neutrophilEngraftment, h.infusionDate, Validation::tr("day 0"));
        c.notBefore("hsct_platelet_engraftment", h.plateletEngraftment, h.infusionDate, Validation::tr("day 0"));
        c.notBefore("hsct_protected_unit_discharge", h.protectedUnitDischarge, h.infusionDate, Validation::tr("day 0"));
        c.grade("hsct_acute_gvhd_grade", h.acuteGvhdGrade, Validation::tr("The acute GVHD grade"));
        if (h.kind == TransplantKind::Autologous && h.donorRelation != DonorRelation::Unknown
            && h.donorRelation != DonorRelation::Self)
            c.fail("hsct_donor_relation", Validation::tr("An autologous transplant uses the patient's own cells."));
    }
    return c.issues;
}

QList<ValidationIssue> validate(const Assessment &a, const ValidationContext &ctx)
{
    Checker c(ctx);
    if (!a.assessedOn.isValid())
        c.fail("assessed_on", Validation::tr("The date of the assessment is required."));
    c.eventDate("assessed_on", a.assessedOn);
    c.range("blast_percent", a.blastPercent, 0, 100, Validation::tr("The blast percentage"));
    return c.issues;
}

QList<ValidationIssue> validate(const Measurement &m, const ValidationContext &ctx)
{
    Checker c(ctx);
    if (!m.takenAt.isValid())
        c.fail("taken_at", Validation::tr("The date and time of the measurement are required."));
    else
        c.eventDate("taken_at", m.takenAt.toUTC().date(), m.takenAt.toUTC().date() <= ctx.today.addDays(1));
    switch (m.kind) {
    case MeasurementKind::Weight:
        c.range("value", m.value, 0.3, 400, Validation::tr("A weight in kg"));
        break;
    case MeasurementKind::Height:
        c.range("value", m.value, 20, 250, Validation::tr("A height in cm"));
        break;
    case MeasurementKind::BlastPercent:
        c.range("value", m.value, 0, 100, Validation::tr("A percentage"));
        break;
    default:
        if (m.value < 0)
            c.fail("value", Validation::tr("A measured value cannot be negative."));
    }
    return c.issues;
}

QList<ValidationIssue> validate(const Visit &v, const ValidationContext &ctx)
{
    Checker c(ctx);
    if (!v.startsAt.isValid())
        c.fail("starts_at", Validation::tr("The date and time of the visit are required."));
    else
        c.eventDate("starts_at", v.startsAt.toUTC().date(), true);
    if (v.durationMinutes < 0 || v.durationMinutes > 24 * 60)
        c.fail("duration_minutes", Validation::tr("The duration must be between 0 and 1440 minutes."));
    c.timeZone("local_time_zone", v.localTimeZone);
    c.timeZone("remote_time_zone", v.remoteTimeZone);
    if (v.type == VisitType::TeleConsultation && v.remoteTimeZone.isEmpty())
        c.fail("remote_time_zone", Validation::tr("A tele-consultation needs the partner side's time zone."));
    for (const auto &p : v.participants)
        if (p.name.trimmed().isEmpty())
            c.fail("participants", Validation::tr("Every participant needs a name."));
    return c.issues;
}

} // namespace caravan
