// Synthetic generator: the Generator behind generateSyntheticCentre, shared by the
// files that implement it (internal to core/synthetic). It owns the catalogue
// converted once from the compiled-in tables (names, diseases, regimens,
// institutions, staff), the random source, and the patient being generated: who
// they are, the plan of their history (Plan: courses and assessments laid out in
// days from the diagnosis) and where "today" falls in it. Data enters only from the
// tables and Random(seed); it leaves only through Store::create/createMany (put),
// one patient at a time. The member functions are split by step:
//   syntheticcentre.cpp    construction, run in batches, institutions, one patient
//   syntheticcourses.cpp   building blocks of a history (chemo, CAR-T, HSCT, ...)
//   synthetichistories.cpp the history planned for each disease
//   syntheticcalendar.cpp  moving the plan onto the calendar, status at "today"
//   syntheticidentity.cpp  identity, documents, family, sponsor
//   syntheticrecords.cpp   diagnoses, courses, assessments, measurements, visits
// The order of random draws is the output: reordering calls changes every centre.
#pragma once

#include "synthetic/syntheticbody.h"
#include "synthetic/syntheticcentre.h"
#include "synthetic/syntheticdiseases.h"
#include "synthetic/syntheticinstitutions.h"
#include "synthetic/syntheticnames.h"
#include "synthetic/syntheticsupport.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

namespace caravan::synthetic {

struct SyntheticCentre
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticCentre)
};

// ---------------------------------------------------------------------------
// Plans: a history laid out in days relative to the diagnosis (day kBase).

enum class Place { Home, Centre, Partner };

struct PlannedAssessment
{
    int course; // index into Plan::courses, -1: none
    qint64 day;
    Response result;
    double blasts; // < 0: not recorded
    AssessmentMethod method;
    Place place;
    QString note;
};

struct Plan
{
    std::vector<TreatmentCourse> courses;
    std::vector<Place> places;
    std::vector<char> kept;
    std::vector<qint64> ids;
    std::vector<PlannedAssessment> assessments;
    qint64 arrival = 0; // 0: never comes here
    qint64 hereEnd = 0;
    int deathCourse = -1; // the course during which the patient died here

    void clear()
    {
        courses.clear();
        places.clear();
        kept.clear();
        ids.clear();
        assessments.clear();
        arrival = hereEnd = 0;
        deathCourse = -1;
    }
};

// Shifts every date of a course by delta days (syntheticcalendar.cpp).
void moveCourse(TreatmentCourse &t, qint64 delta);

// The strings of one disease (DiseaseDef), converted once.
struct DiseaseStrings
{
    QString code, text, morphology, topography, question, recommendation, admission;
    std::vector<QString> stages;
};

class Generator
{
public:
    Generator(Store &store, const SyntheticOptions &options);
    Status run(const std::function<void(int, int)> &progress);

private:
    // Writing (syntheticcentre.cpp; put below)
    template<class T>
    bool put(T &record);
    Status createInstitutions();
    Status createPatient(int index);

    // Planning, in days relative to the diagnosis (kBase): planHistory
    // (syntheticcentre.cpp) picks the history, the building blocks are in
    // syntheticcourses.cpp, the histories by disease in synthetichistories.cpp.
    void planHistory();
    void wait(int lo, int hi) { m_c += m_rng.between(lo, hi); }
    void arrive()
    {
        m_plan.arrival = m_c;
        m_c += m_rng.between(2, 5);
    }
    int addCourse(TreatmentType type, const QString &name, TreatmentIntent intent, qint64 start, qint64 end,
                  Place place, int partner = -1);
    int chemo(Reg regimen, int cycles, int length, TreatmentIntent intent, Place place);
    int carT(const CarProduct &product, TreatmentIntent intent);
    int hsctAllo(TreatmentIntent intent);
    int hsctAuto(const QString &regimen, int conditioningDays, TreatmentIntent intent, Place place);
    int hsct(TransplantKind kind, DonorRelation relation, StemCellSource source, const QString &regimen,
             ConditioningIntensity intensity, int conditioningDays, TreatmentIntent intent, Place place);
    int simple(TreatmentType type, const QString &name, int length, TreatmentIntent intent, Place place,
               int partner = -1);
    int radiotherapy(const QString &name, int fractions, TreatmentIntent intent, Place place, int partner = -1);
    qint64 dayZeroOf(int course) const { return jdOf(m_plan.courses[size_t(course)].dayZero()); }
    qint64 endOf(int course) const { return jdOf(m_plan.courses[size_t(course)].endDate); }
    void assess(int course, qint64 day, Response result, AssessmentMethod method, double blasts = -1,
                Place place = Place::Centre, const QString &note = {});
    Response pick(std::initializer_list<int> weights, std::initializer_list<Response> results)
    {
        return results.begin()[m_rng.weighted(weights)];
    }
    double ageAt(qint64 relDay) const { return m_ageAtDx + double(relDay - kBase) / 365.25; }
    void planAll(bool child);
    void planAml(bool child);
    void planDlbcl();
    void planMyeloma();
    void planOvary();
    void planBreast();
    void planEwing();
    void planMedullo();
    void planGlioblastoma();
    void planHodgkin();
    void planLung();
    void planCml();
    void planThalassaemia();
    void planAplastic();
    void planCardiac();
    void planSpine();
    void planVsd();

    // Calendar (syntheticcalendar.cpp)
    qint64 todayInPlan(qint64 departure);
    void settle(qint64 departure);

    // Patient record (syntheticidentity.cpp)
    void fillPatient(Patient &p);
    void addCompanion(Patient &p, bool female, const QString &relation, bool sameFamily, double ageYears,
                      bool accompanying, bool nextOfKin);
    QString phone();
    QString passportNumber();
    const QString &latinOf(const NameForms &n) { return !n.alt.isEmpty() && m_rng.chance(0.3) ? n.alt : n.latin; }
    QString nativeFullName(const QString &family, const QString &given) const;

    // Its parts: diagnoses, courses, assessments, measurements, visits (syntheticrecords.cpp)
    void writeParts();
    bool measure(qint64 jd, MeasurementKind kind, double value, const QString &unit, const QString &label = {});
    void writeMeasurements();
    void writeCounts(const TreatmentCourse &t);
    bool visit(VisitType type, qint64 jd, int durationMinutes, const QString &question, const QString &findings,
               const QString &summary, const QString &recommendations, bool remote);
    void writeVisits();

    Store &m_store;
    Random m_rng;
    qint64 m_today;
    int m_patients;

    // Catalogue, converted once
    std::array<std::vector<NameForms>, NatCount> m_maleNames, m_femaleNames;
    std::array<std::vector<FamilyForms>, NatCount> m_familyNames;
    std::array<std::array<int, kDiseaseCount>, NatCount> m_diseaseWeights{};
    std::array<int, NatCount> m_diseaseTotals{};
    std::array<int, NatCount> m_nationWeights{};
    int m_nationTotal = 0;
    std::array<DiseaseStrings, kDiseaseCount> m_diseaseText;
    std::array<QString, RegCount> m_regimenName;
    std::array<std::array<QString, 5>, RegCount> m_drugName;
    std::array<qint64, InstitutionCount> m_inst{};
    std::array<QString, InstitutionCount> m_instName;
    std::array<QString, InstitutionCount> m_instZone;
    std::array<QString, NatCount> m_natCode;
    std::array<QString, NatCount> m_natZone;
    std::array<QString, DoctorCount> m_doctorName, m_doctorRole;

    // The patient being generated
    QString m_recordNumber;
    std::optional<Error> m_error;
    Nat m_nat = PK;
    int m_diseaseIndex = 0;
    const DiseaseDef *m_disease = nullptr;
    Sex m_sex = Sex::Unknown;
    bool m_female = false;
    Body m_body;
    double m_ageAtDx = 0;
    CaseStatus m_status = CaseStatus::Enquiry;
    qint64 m_c = kBase; // planning cursor
    Plan m_plan;
    qint64 m_dx = 0, m_birth = 0, m_arrival = 0, m_departure = 0, m_death = 0, m_lastDay = 0;
    int m_familyIndex = 0;
    int m_referrerIndex = -1;
    std::optional<qint64> m_referrer;
    QString m_remoteZone;
    QString m_language;
    bool m_interpreter = false;
    QString m_coordinator;
    QString m_referringDoctor;
    QString m_contactName; // the family's voice in tele-consultations
    QString m_contactRole;
    QString m_interpreterName;
    QString m_abo;
    qint64 m_patientId = 0;
    qint64 m_diagnosisId = 0;

    // Reused records
    QList<Measurement> m_pendingMeasurements;
    Visit m_visit;
};

template<class T>
bool Generator::put(T &record)
{
    if (m_error)
        return false;
    record.id = 0;
    record.version = 0;
    const Result<qint64> created = m_store.create(record);
    if (created)
        return true;
    Error e = created.error();
    e.message = SyntheticCentre::tr("Synthetic patient %1, %2 record: %3")
                        .arg(m_recordNumber, QLatin1String(T::table), e.message);
    m_error = std::move(e);
    return false;
}

} // namespace caravan::synthetic
