// Demo builder: what the demo-case files share (internal to core/sample). Owns the
// demo record numbers, the Writer that sends records to the store and keeps the
// first failure, the ids of the partner institutions, and small builders that turn
// a few arguments into domain records (doses, cycles, measurement series, visits,
// assessments, courses). Builders only construct values; data leaves only through
// Writer::add, i.e. Store::create. The cases themselves live one group per file
// (democases_*.cpp) and are run in order by loadDemoCases (democases.cpp).
#pragma once

#include "domain/result.h"
#include "storage/store.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <initializer_list>
#include <optional>

namespace caravan::demo {

// The demo record numbers, in the order loadDemoCases adds the cases.
inline constexpr const char *kRecordNumbers[] = {
    "DEMO-0001", "DEMO-0002", "DEMO-0003", "DEMO-0004", "DEMO-0005",
    "DEMO-0006", "DEMO-0007", "DEMO-0008", "DEMO-0009",
};

QString recordNumber(int index);

QString centreZone();
QString centreName();

QDateTime utc(QDate day, int hour, int minute = 0);

// Creates records through the store and keeps the first failure, with the case it
// belongs to; once something failed, later writes are skipped (their ids are 0).
class Writer {
public:
    explicit Writer(Store &store) : m_store(store) {}

    void setContext(const QString &context) { m_context = context; }
    bool failed() const { return m_error.has_value(); }
    Status status() const
    {
        if (m_error)
            return *m_error;
        return {};
    }

    template <class T>
    qint64 add(T record)
    {
        if (m_error)
            return 0;
        const Result<qint64> r = m_store.create(record);
        if (!r) {
            fail(r.error().fullText());
            return 0;
        }
        return r.value();
    }

    void fail(const QString &what)
    {
        if (!m_error)
            m_error = Error{m_context + QStringLiteral(": ") + what};
    }

private:
    Store &m_store;
    QString m_context;
    std::optional<Error> m_error;
};

struct Partners {
    qint64 lahore = 0;     // paediatric oncology, Lahore
    qint64 almaty = 0;     // oncology centre, Almaty
    qint64 astana = 0;     // cardiac surgery, Astana
    qint64 bishkek = 0;    // neurosurgery, Bishkek
    qint64 registry = 0;   // unrelated-donor registry, China
};

// ---- small builders (demobuilder.cpp) ----

double roundTo(double value, int decimals);

// BSA (Mosteller) as written on a prescription: two decimals.
double bsa(double heightCm, double weightKg);

DrugDose perSquareMetre(const QString &drug, double mgPerM2, double bsaM2,
                        std::optional<double> capMg = std::nullopt);
DrugDose flatDose(const QString &drug, double mg);
QList<ChemoCycle> regularCycles(int firstNumber, QDate firstStart, int count, int lengthDays);

Measurement measurement(qint64 patientId, const QDateTime &takenAt, MeasurementKind kind, double value,
                        const QString &label = {});

struct DatedValue {
    QDate day;
    double value;
};

QList<Measurement> series(qint64 patientId, MeasurementKind kind, std::initializer_list<DatedValue> points,
                          int hourUtc, const QString &label = {});

// Daily counts from day firstDay relative to day 0, one a day at the same hour.
QList<Measurement> dailyCounts(qint64 patientId, MeasurementKind kind, QDate dayZero, int firstDay,
                               std::initializer_list<double> values, int hourUtc, int minuteUtc);

void addAll(Writer &w, const QList<Measurement> &measurements);

// The engraftment date the counts show; a mismatch with the intended date is a
// mistake in the case's file and fails the load rather than storing inconsistent data.
QDate engraftment(Writer &w, QDate computed, QDate intended, const char *what);

Participant here(const QString &name, const QString &role);
Participant there(const QString &name, const QString &role, const QString &institution = {});

Visit visit(qint64 patientId, VisitType type, const QDateTime &startsAt, int minutes, const QString &summary);
Visit teleConsultation(qint64 patientId, const QDateTime &startsAt, int minutes, std::optional<qint64> partner,
                       const QString &remoteZone);

Assessment assessment(qint64 patientId, std::optional<qint64> courseId, QDate on, Response result,
                      AssessmentMethod method, const QString &notes);

TreatmentCourse course(qint64 patientId, qint64 diagnosisId, TreatmentType type, const QString &name,
                       TreatmentIntent intent, CourseStatus status, QDate start, QDate end);

// ---- the cases, one function each, in record-number order ----

// democases_leukaemia.cpp
void addUmarMalik(Writer &w, const Partners &partners);          // DEMO-0001, relapsed B-ALL, CAR-T, HSCT
void addMavjudaSharifova(Writer &w, const Partners &partners);   // DEMO-0009, AML, haplo HSCT planned

// democases_solidtumours.cpp
void addNailaQureshi(Writer &w, const Partners &partners);       // DEMO-0002, recurrent ovarian cancer
void addDauletOmirzakov(Writer &w, const Partners &partners);    // DEMO-0003, pelvic Ewing sarcoma
void addGulnoraTokhtayeva(Writer &w, const Partners &partners);  // DEMO-0008, breast cancer enquiry

// democases_cardiacspine.cpp
void addSerikBekmukhambetov(Writer &w, const Partners &partners); // DEMO-0004, coronary bypass
void addTorobekSuiunbaev(Writer &w, const Partners &partners);    // DEMO-0005, lumbar spine surgery

// democases_lymphomamyeloma.cpp
void addZhouHaifeng(Writer &w, const Partners &partners);        // DEMO-0006, DLBCL
void addOlegLaptev(Writer &w, const Partners &partners);         // DEMO-0007, myeloma, autologous HSCT

} // namespace caravan::demo
