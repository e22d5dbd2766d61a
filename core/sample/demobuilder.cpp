// Demo builder: the shared helpers of the demo cases (see demobuilder.h): record
// numbers, the centre's name and zone, and builders that turn a few arguments into
// domain records. Pure construction from arguments; the only writes are addAll
// (measurements through the Writer) and engraftment (which fails the Writer on a
// mismatch).
#include "sample/demobuilder.h"

#include "clinical/clinicalfacts.h"

#include <QTimeZone>
#include <cmath>

namespace caravan::demo {

QString recordNumber(int index)
{
    return QString::fromLatin1(kRecordNumbers[index]);
}

QString centreZone() { return QStringLiteral("Asia/Shanghai"); }
QString centreName() { return QStringLiteral("International Patient Centre"); }

QDateTime utc(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

// ---- small builders ----

double roundTo(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

// BSA (Mosteller) as written on a prescription: two decimals.
double bsa(double heightCm, double weightKg)
{
    return roundTo(clinical::bsaMosteller(heightCm, weightKg).value_or(0.0), 2);
}

DrugDose perSquareMetre(const QString &drug, double mgPerM2, double bsaM2,
                        std::optional<double> capMg)
{
    DrugDose d;
    d.drug = drug;
    d.basis = DoseBasis::PerSquareMetre;
    d.dosePerUnit = mgPerM2;
    double given = roundTo(mgPerM2 * bsaM2, 1);
    if (capMg && given > *capMg)
        given = *capMg;
    d.doseGivenMg = given;
    return d;
}

DrugDose flatDose(const QString &drug, double mg)
{
    DrugDose d;
    d.drug = drug;
    d.basis = DoseBasis::Flat;
    d.dosePerUnit = mg;
    d.doseGivenMg = mg;
    return d;
}

QList<ChemoCycle> regularCycles(int firstNumber, QDate firstStart, int count, int lengthDays)
{
    QList<ChemoCycle> cycles;
    for (int i = 0; i < count; ++i)
        cycles.append(ChemoCycle{firstNumber + i, firstStart.addDays(qint64(i) * lengthDays)});
    return cycles;
}

Measurement measurement(qint64 patientId, const QDateTime &takenAt, MeasurementKind kind, double value,
                        const QString &label)
{
    Measurement m;
    m.patientId = patientId;
    m.takenAt = takenAt;
    m.kind = kind;
    m.value = value;
    m.unit = Measurement::defaultUnit(kind);
    m.label = label;
    return m;
}

QList<Measurement> series(qint64 patientId, MeasurementKind kind, std::initializer_list<DatedValue> points,
                          int hourUtc, const QString &label)
{
    QList<Measurement> out;
    for (const auto &p : points)
        out.append(measurement(patientId, utc(p.day, hourUtc), kind, p.value, label));
    return out;
}

// Daily counts from day firstDay relative to day 0, one a day at the same hour.
QList<Measurement> dailyCounts(qint64 patientId, MeasurementKind kind, QDate dayZero, int firstDay,
                               std::initializer_list<double> values, int hourUtc, int minuteUtc)
{
    QList<Measurement> out;
    int day = firstDay;
    for (double v : values)
        out.append(measurement(patientId, utc(dayZero.addDays(day++), hourUtc, minuteUtc), kind, v));
    return out;
}

void addAll(Writer &w, const QList<Measurement> &measurements)
{
    for (const auto &m : measurements)
        w.add(m);
}

// The engraftment date the counts show; a mismatch with the intended date is a
// mistake in this file and fails the load rather than storing inconsistent data.
QDate engraftment(Writer &w, QDate computed, QDate intended, const char *what)
{
    if (computed != intended)
        w.fail(QStringLiteral("the recorded %1 counts show engraftment on %2, not on %3")
                   .arg(QLatin1String(what),
                        computed.isValid() ? computed.toString(Qt::ISODate) : QStringLiteral("no date"),
                        intended.toString(Qt::ISODate)));
    return computed;
}

Participant here(const QString &name, const QString &role)
{
    return Participant{name, role, centreName(), ParticipantSide::Local};
}

Participant there(const QString &name, const QString &role, const QString &institution)
{
    return Participant{name, role, institution, ParticipantSide::Remote};
}

Visit visit(qint64 patientId, VisitType type, const QDateTime &startsAt, int minutes, const QString &summary)
{
    Visit v;
    v.patientId = patientId;
    v.type = type;
    v.startsAt = startsAt;
    v.durationMinutes = minutes;
    v.localTimeZone = centreZone();
    v.summary = summary;
    return v;
}

Visit teleConsultation(qint64 patientId, const QDateTime &startsAt, int minutes, std::optional<qint64> partner,
                       const QString &remoteZone)
{
    Visit v = visit(patientId, VisitType::TeleConsultation, startsAt, minutes, {});
    v.remoteTimeZone = remoteZone;
    if (partner && *partner != 0)
        v.institutionId = partner;
    return v;
}

Assessment assessment(qint64 patientId, std::optional<qint64> courseId, QDate on, Response result,
                      AssessmentMethod method, const QString &notes)
{
    Assessment a;
    a.patientId = patientId;
    if (courseId && *courseId != 0)
        a.courseId = courseId;
    a.assessedOn = on;
    a.result = result;
    a.method = method;
    a.notes = notes;
    return a;
}

TreatmentCourse course(qint64 patientId, qint64 diagnosisId, TreatmentType type, const QString &name,
                       TreatmentIntent intent, CourseStatus status, QDate start, QDate end)
{
    TreatmentCourse c;
    c.patientId = patientId;
    if (diagnosisId != 0)
        c.diagnosisId = diagnosisId;
    c.type = type;
    c.name = name;
    c.intent = intent;
    c.status = status;
    c.startDate = start;
    c.endDate = end;
    return c;
}

} // namespace caravan::demo
