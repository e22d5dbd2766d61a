// Demo cases: builds the fictional demo centre in code (five partner institutions
// and nine patients with diagnoses, treatment courses, assessments, measurements
// and visits) and writes it through Store::create only, so every record is
// validated and audited like one typed in by a user. Nothing is read from files
// or the network; data leaves only through the store, inside one transaction that
// either keeps everything or nothing. Every person, institution, passport, phone
// number and address is invented. Dates lie in 2023-2026 and are in the past
// (before November 2026) except items explicitly planned (a tele-consultation,
// an arrival and a transplant). The transplant blood counts are written so that
// clinical::neutrophilEngraftment/plateletEngraftment give exactly the
// engraftment dates stored on the courses; loading fails if they ever disagree.
#include "democases.h"

#include "clinical/clinicalfacts.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace caravan {

namespace {

struct DemoCases {
    Q_DECLARE_TR_FUNCTIONS(DemoCases)
};

constexpr const char *kRecordNumbers[] = {
    "DEMO-0001", "DEMO-0002", "DEMO-0003", "DEMO-0004", "DEMO-0005",
    "DEMO-0006", "DEMO-0007", "DEMO-0008", "DEMO-0009",
};

QString recordNumber(int index)
{
    return QString::fromLatin1(kRecordNumbers[index]);
}

QString centreZone() { return QStringLiteral("Asia/Shanghai"); }
QString centreName() { return QStringLiteral("International Patient Centre"); }

QDateTime utc(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

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
                        std::optional<double> capMg = std::nullopt)
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
                        const QString &label = {})
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

struct DatedValue {
    QDate day;
    double value;
};

QList<Measurement> series(qint64 patientId, MeasurementKind kind, std::initializer_list<DatedValue> points,
                          int hourUtc, const QString &label = {})
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

Participant there(const QString &name, const QString &role, const QString &institution = {})
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

// ---- institutions ----

Institution institution(const QString &name, const QString &nameLocal, InstitutionKind kind,
                        const QString &country, const QString &city, const QString &zone,
                        const QString &contact, const QString &phone, const QString &email)
{
    Institution i;
    i.name = name;
    i.nameLocal = nameLocal;
    i.kind = kind;
    i.country = country;
    i.city = city;
    i.timeZone = zone;
    i.contactPerson = contact;
    i.phone = phone;
    i.email = email;
    return i;
}

Partners addPartners(Writer &w)
{
    Partners p;
    w.setContext(QStringLiteral("demo institutions"));
    p.lahore = w.add(institution(
        QStringLiteral("Lahore Children's Oncology Hospital"),
        QStringLiteral("لاہور چلڈرنز اونکولوجی ہسپتال"), InstitutionKind::Hospital,
        QStringLiteral("PK"), QStringLiteral("Lahore"), QStringLiteral("Asia/Karachi"),
        QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("+92 42 3555 0140"),
        QStringLiteral("international@lcoh.example.org")));
    p.almaty = w.add(institution(
        QStringLiteral("Alatau National Oncology Centre"),
        QStringLiteral("Алатау ұлттық онкология орталығы"), InstitutionKind::Hospital,
        QStringLiteral("KZ"), QStringLiteral("Almaty"), QStringLiteral("Asia/Almaty"),
        QStringLiteral("Dr. Aigul Sarsenbayeva"), QStringLiteral("+7 727 555 0112"),
        QStringLiteral("telemed@alatau-onco.example.org")));
    p.astana = w.add(institution(
        QStringLiteral("Yesil Cardiac Surgery Centre"),
        QStringLiteral("Есіл кардиохирургия орталығы"), InstitutionKind::Hospital,
        QStringLiteral("KZ"), QStringLiteral("Astana"), QStringLiteral("Asia/Almaty"),
        QStringLiteral("Dr. Bauyrzhan Abenov"), QStringLiteral("+7 7172 55 0167"),
        QStringLiteral("referrals@yesil-cardio.example.org")));
    p.bishkek = w.add(institution(
        QStringLiteral("Ala-Too Neurosurgical Hospital"),
        QStringLiteral("Ала-Тоо нейрохирургиялык ооруканасы"), InstitutionKind::Hospital,
        QStringLiteral("KG"), QStringLiteral("Bishkek"), QStringLiteral("Asia/Bishkek"),
        QStringLiteral("Dr. Nurlan Osmonov"), QStringLiteral("+996 312 55 0138"),
        QStringLiteral("intl@alatoo-neuro.example.org")));
    p.registry = w.add(institution(
        QStringLiteral("North China Unrelated Donor Registry"),
        QStringLiteral("华北非血缘造血干细胞捐献者登记库"), InstitutionKind::DonorRegistry,
        QStringLiteral("CN"), QStringLiteral("Beijing"), QStringLiteral("Asia/Shanghai"),
        QStringLiteral("Zhang Min"), QStringLiteral("+86 10 5555 0191"),
        QStringLiteral("search@ncudr.example.cn")));
    return p;
}

// ---- DEMO-0001: child from Lahore, relapsed B-ALL: chemo abroad, CAR-T, unrelated HSCT ----

void addUmarMalik(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(0));

    Patient p;
    p.recordNumber = recordNumber(0);
    p.familyNameNative = QStringLiteral("ملک");
    p.givenNameNative = QStringLiteral("عمر");
    p.familyNameLatin = QStringLiteral("Malik");
    p.givenNameLatin = QStringLiteral("Umar");
    p.sex = Sex::Male;
    p.birthDate = QDate(2018, 4, 17);
    p.nationality = QStringLiteral("PK");
    p.residenceCountry = QStringLiteral("PK");
    p.passportNumber = QStringLiteral("CK7305168");
    p.passportCountry = QStringLiteral("PK");
    p.passportExpiry = QDate(2029, 8, 21);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("025173946");
    p.visaExpiry = QDate(2025, 10, 15);
    p.preferredLanguage = QStringLiteral("ur");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+92 300 555 0142");
    p.messenger = QStringLiteral("WhatsApp +92 300 555 0142 (father)");
    p.companions = {
        Companion{.name = QStringLiteral("سعدیہ طارق"), .nameLatin = QStringLiteral("Sadia Tariq"),
                  .relation = QStringLiteral("mother"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1990, 6, 3), .passportNumber = QStringLiteral("BN4418203"),
                  .passportCountry = QStringLiteral("PK"), .passportExpiry = QDate(2030, 1, 11),
                  .phone = QStringLiteral("+92 301 555 0177")},
        Companion{.name = QStringLiteral("طارق ملک"), .nameLatin = QStringLiteral("Tariq Malik"),
                  .relation = QStringLiteral("father"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1986, 12, 9), .passportNumber = QStringLiteral("AH9034517"),
                  .passportCountry = QStringLiteral("PK"), .passportExpiry = QDate(2028, 5, 30),
                  .phone = QStringLiteral("+92 300 555 0142")},
    };
    p.sponsorType = SponsorType::Charity;
    p.sponsorName = QStringLiteral("Lahore Paediatric Cancer Relief Fund");
    p.sponsorReference = QStringLiteral("LPCRF-2025-031");
    p.referringInstitutionId = partners.lahore;
    p.referringDoctor = QStringLiteral("Dr. Ayesha Rauf");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::RemoteFollowUp;
    p.arrivalDate = QDate(2025, 2, 16);
    p.departureDate = QDate(2025, 9, 10);
    p.notes = QStringLiteral("Early bone-marrow relapse of B-ALL treated in Lahore; CD19 CAR-T and "
                             "unrelated-donor transplant here in 2025. Follow-up by tele-consultation "
                             "with Lahore every three months; counts and weights sent by the family.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C91.0");
    dx.icd10Text = QStringLiteral("B-lymphoblastic leukaemia (precursor B-ALL), relapsed");
    dx.icdO3Morphology = QStringLiteral("9811/3");
    dx.icdO3Topography = QStringLiteral("C42.1");
    dx.diagnosedOn = QDate(2023, 2, 10);
    dx.basis = DiagnosisBasis::FlowCytometry;
    dx.stagingSystem = StagingSystem::RiskGroup;
    dx.stage = QStringLiteral("High risk (early bone-marrow relapse)");
    dx.institutionId = partners.lahore;
    dx.notes = QStringLiteral("NCI standard risk at diagnosis (WBC 12 × 10⁹/L, CNS1, no adverse "
                              "cytogenetics). Isolated bone-marrow relapse on 2024-11-04, 21 months "
                              "after diagnosis; CD19 98% on relapse blasts.");
    const qint64 dxId = w.add(dx);

    // Front-line chemotherapy in Lahore.
    const double height2023 = 104, weight2023 = 16.5;
    const double bsa2023 = bsa(height2023, weight2023);
    TreatmentCourse front = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("UKALL 2011, regimen B"),
                                   TreatmentIntent::Curative, CourseStatus::Stopped,
                                   QDate(2023, 2, 14), QDate(2024, 11, 4));
    front.stopReason = QStringLiteral("Isolated bone-marrow relapse during maintenance (38% blasts).");
    front.atThisCentre = false;
    front.institutionId = partners.lahore;
    front.bestResponse = Response::MrdNegative;
    front.chemo.regimen = QStringLiteral("UKALL 2011 regimen B (induction, consolidation, interim "
                                         "maintenance, delayed intensification, maintenance)");
    front.chemo.plannedCycles = 5;
    front.chemo.givenCycles = 5;
    front.chemo.bsaUsed = bsa2023;
    front.chemo.cycles = {
        ChemoCycle{1, QDate(2023, 2, 14)}, ChemoCycle{2, QDate(2023, 3, 20)},
        ChemoCycle{3, QDate(2023, 5, 15)}, ChemoCycle{4, QDate(2023, 7, 17)},
        ChemoCycle{5, QDate(2023, 9, 25)},
    };
    front.chemo.drugs = {
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsa2023, 2.0),
        perSquareMetre(QStringLiteral("Dexamethasone (per day)"), 6, bsa2023),
        perSquareMetre(QStringLiteral("Daunorubicin"), 25, bsa2023),
        perSquareMetre(QStringLiteral("Mercaptopurine (per day)"), 75, bsa2023),
        flatDose(QStringLiteral("Methotrexate intrathecal"), 12),
    };
    front.notes = QStringLiteral("Treatment blocks recorded as cycles 1-5; maintenance (cycle 5) "
                                 "interrupted by the relapse. PEG-asparaginase given in induction.");
    const qint64 frontId = w.add(front);

    // Reinduction in Lahore.
    const double height2024 = 116, weight2024 = 19.2;
    const double bsa2024 = bsa(height2024, weight2024);
    TreatmentCourse reinduction = course(pid, dxId, TreatmentType::Chemotherapy,
                                         QStringLiteral("ALL R3 reinduction"), TreatmentIntent::Bridging,
                                         CourseStatus::Completed, QDate(2024, 11, 11), QDate(2025, 1, 9));
    reinduction.atThisCentre = false;
    reinduction.institutionId = partners.lahore;
    reinduction.bestResponse = Response::MrdPositive;
    reinduction.chemo.regimen = QStringLiteral("ALL R3 (mitoxantrone arm), blocks 1-2");
    reinduction.chemo.plannedCycles = 2;
    reinduction.chemo.givenCycles = 2;
    reinduction.chemo.bsaUsed = bsa2024;
    reinduction.chemo.cycles = {ChemoCycle{1, QDate(2024, 11, 11)}, ChemoCycle{2, QDate(2024, 12, 16)}};
    reinduction.chemo.drugs = {
        perSquareMetre(QStringLiteral("Dexamethasone (per day)"), 20, bsa2024),
        perSquareMetre(QStringLiteral("Mitoxantrone"), 10, bsa2024),
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsa2024, 2.0),
        flatDose(QStringLiteral("Methotrexate intrathecal"), 12),
    };
    const qint64 reinductionId = w.add(reinduction);

    // CD19 CAR-T here.
    TreatmentCourse cart = course(pid, dxId, TreatmentType::CarT, QStringLiteral("CD19 CAR-T"),
                                  TreatmentIntent::Bridging, CourseStatus::Completed,
                                  QDate(2025, 2, 19), QDate(2025, 4, 21));
    cart.bestResponse = Response::MrdNegative;
    cart.cart.target = QStringLiteral("CD19");
    cart.cart.product = QStringLiteral("Autologous CD19 CAR-T (4-1BB), investigator-initiated study");
    cart.cart.apheresisDate = QDate(2025, 2, 19);
    cart.cart.lymphodepletionRegimen = QStringLiteral("Flu/Cy (fludarabine 30 mg/m² × 4, "
                                                      "cyclophosphamide 500 mg/m² × 2)");
    cart.cart.lymphodepletionStart = QDate(2025, 3, 17);
    cart.cart.lymphodepletionEnd = QDate(2025, 3, 20);
    cart.cart.infusionDate = QDate(2025, 3, 22);
    cart.cart.cellDose = QStringLiteral("1 × 10⁶ CAR+ T cells/kg");
    cart.cart.crsGrade = 1;
    cart.cart.icansGrade = 0;
    cart.cart.tocilizumab = true;
    cart.cart.steroids = false;
    cart.notes = QStringLiteral("Fever from day +2 (CRS grade 1); one dose of tocilizumab on day +3, "
                                "afebrile from day +4. No neurotoxicity. Bridge to allogeneic transplant.");
    const qint64 cartId = w.add(cart);

    // Unrelated-donor transplant here: counts first, so the stored engraftment dates
    // are the ones the counts show.
    const QDate day0(2025, 5, 27);
    const QList<Measurement> anc = dailyCounts(pid, MeasurementKind::Anc, day0, -7, {
        2.4, 2.6, 2.1, 1.6, 1.1, 0.7, 0.4, 0.25,                         // day -7 .. 0
        0.12, 0.05, 0.02, 0.01, 0.0, 0.0, 0.01, 0.02, 0.04, 0.08,        // +1 .. +10
        0.15, 0.28, 0.52, 0.41, 0.47, 0.63, 0.88, 1.24, 1.6, 1.9,        // +11 .. +20
        2.3, 2.1, 2.6, 2.9, 3.1, 2.8, 3.4, 3.2, 3.6, 3.5,                // +21 .. +30
    }, 0, 30);
    const QList<Measurement> platelets = dailyCounts(pid, MeasurementKind::Platelets, day0, -7, {
        210, 195, 176, 150, 118, 92, 70, 52,                              // day -7 .. 0
        38, 27, 19, 14, 31, 22, 12, 9, 26, 17,                           // +1 .. +10 (transfused +5, +9)
        11, 8, 29, 19, 14, 12, 16, 18, 17, 19,                           // +11 .. +20 (transfused +13)
        23, 27, 34, 41, 49, 58, 66, 77, 85, 96,                          // +21 .. +30
    }, 0, 30);
    const QDate neutrophilsEngrafted = engraftment(w, clinical::neutrophilEngraftment(anc, day0),
                                                   day0.addDays(16), "neutrophil");
    const QDate plateletsEngrafted = engraftment(w, clinical::plateletEngraftment(platelets, day0),
                                                 day0.addDays(21), "platelet");

    TreatmentCourse hsct = course(pid, dxId, TreatmentType::StemCellTransplant,
                                  QStringLiteral("Unrelated-donor allogeneic HSCT (10/10, PBSC)"),
                                  TreatmentIntent::Consolidation, CourseStatus::Completed,
                                  QDate(2025, 5, 19), QDate(2025, 9, 4));
    hsct.bestResponse = Response::MrdNegative;
    hsct.hsct.kind = TransplantKind::Allogeneic;
    hsct.hsct.donorRelation = DonorRelation::Unrelated;
    hsct.hsct.donorRegistryId = partners.registry;
    hsct.hsct.hlaMatch = QStringLiteral("10/10");
    hsct.hsct.donorSex = Sex::Male;
    hsct.hsct.donorAbo = QStringLiteral("O+");
    hsct.hsct.recipientAbo = QStringLiteral("B+");
    hsct.hsct.source = StemCellSource::PeripheralBlood;
    hsct.hsct.conditioningRegimen = QStringLiteral("TBI 12 Gy + etoposide 60 mg/kg (FORUM)");
    hsct.hsct.conditioningIntensity = ConditioningIntensity::Mac;
    hsct.hsct.conditioningStart = QDate(2025, 5, 20);
    hsct.hsct.infusionDate = day0;
    hsct.hsct.neutrophilEngraftment = neutrophilsEngrafted;
    hsct.hsct.plateletEngraftment = plateletsEngrafted;
    hsct.hsct.acuteGvhdGrade = 1;
    hsct.hsct.chronicGvhd = ChronicGvhd::None;
    hsct.hsct.protectedUnitDischarge = QDate(2025, 6, 24);
    hsct.notes = QStringLiteral("Male donor, 28 years, CMV IgG positive (recipient positive). GVHD "
                                "prophylaxis ciclosporin, short-course methotrexate and ATG. Acute skin "
                                "GVHD grade I from day +19, topical steroids only. Full donor chimerism "
                                "on day +30 and day +100.");
    const qint64 hsctId = w.add(hsct);

    addAll(w, anc);
    addAll(w, platelets);

    // Assessments.
    Assessment afterInduction = assessment(pid, frontId, QDate(2023, 3, 15), Response::MrdNegative,
                                           AssessmentMethod::FlowCytometry,
                                           QStringLiteral("End of induction: MRD < 0.01%."));
    afterInduction.institutionId = partners.lahore;
    w.add(afterInduction);
    Assessment relapse = assessment(pid, frontId, QDate(2024, 11, 4), Response::Relapse,
                                    AssessmentMethod::Morphology,
                                    QStringLiteral("Bone marrow: 38% lymphoblasts, CD19+ CD10+; CSF clear."));
    relapse.blastPercent = 38;
    relapse.institutionId = partners.lahore;
    w.add(relapse);
    Assessment afterReinduction = assessment(pid, reinductionId, QDate(2025, 1, 8), Response::MrdPositive,
                                             AssessmentMethod::FlowCytometry,
                                             QStringLiteral("Morphological remission; MRD 0.8% by flow."));
    afterReinduction.blastPercent = 0.8;
    afterReinduction.institutionId = partners.lahore;
    w.add(afterReinduction);
    Assessment cartMorphology = assessment(pid, cartId, QDate(2025, 4, 19), Response::CR,
                                           AssessmentMethod::Morphology,
                                           QStringLiteral("Day +28 bone marrow: complete remission."));
    cartMorphology.blastPercent = 1;
    w.add(cartMorphology);
    w.add(assessment(pid, cartId, QDate(2025, 4, 19), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("Day +28: MRD < 0.01%; CAR-T cells 21% of lymphocytes; B-cell aplasia.")));
    w.add(assessment(pid, hsctId, QDate(2025, 6, 26), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("Day +30: MRD negative, donor chimerism 100%.")));
    w.add(assessment(pid, hsctId, QDate(2025, 9, 4), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("Day +100: MRD negative, donor chimerism 100%.")));

    // Height and weight: Lahore before travel, here during the stay, Lahore afterwards
    // (morning in Lahore is about 05:00 UTC, morning here about 01:00 UTC).
    addAll(w, series(pid, MeasurementKind::Height, {
        {QDate(2023, 2, 12), height2023}, {QDate(2024, 11, 8), height2024},
    }, 5));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2023, 2, 12), weight2023}, {QDate(2024, 11, 8), weight2024},
    }, 5));
    addAll(w, series(pid, MeasurementKind::Height, {
        {QDate(2025, 2, 17), 117}, {QDate(2025, 5, 19), 117.5}, {QDate(2025, 9, 4), 118.5},
    }, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 2, 17), 18.6}, {QDate(2025, 3, 10), 18.3}, {QDate(2025, 3, 22), 18.1},
        {QDate(2025, 4, 19), 17.8}, {QDate(2025, 5, 19), 18.4}, {QDate(2025, 6, 3), 17.6},
        {QDate(2025, 6, 17), 17.0}, {QDate(2025, 6, 24), 17.2}, {QDate(2025, 7, 15), 17.7},
        {QDate(2025, 8, 12), 18.2}, {QDate(2025, 9, 4), 18.6},
    }, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 12, 8), 19.5}, {QDate(2026, 3, 16), 20.4}, {QDate(2026, 6, 15), 21.2},
        {QDate(2026, 9, 14), 22.0},
    }, 5));
    addAll(w, series(pid, MeasurementKind::Height, {
        {QDate(2026, 3, 16), 120.5}, {QDate(2026, 9, 14), 122},
    }, 5));

    // Visits.
    const QString lahore = QStringLiteral("Lahore Children's Oncology Hospital");
    Visit pretravel = teleConsultation(pid, utc(QDate(2025, 1, 22), 8), 60, partners.lahore,
                                       QStringLiteral("Asia/Karachi"));
    pretravel.participants = {
        here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist, CAR-T and transplant")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("paediatric oncologist"), lahore),
        there(QStringLiteral("Dr. Bilal Hassan"), QStringLiteral("paediatric haematology fellow"), lahore),
        there(QStringLiteral("Tariq Malik"), QStringLiteral("father")),
    };
    pretravel.interpreter = QStringLiteral("Sana Iqbal");
    pretravel.interpreterLanguage = QStringLiteral("ur");
    pretravel.question = QStringLiteral("Early bone-marrow relapse of B-ALL, MRD 0.8% after R3 "
                                        "reinduction: is Umar a candidate for CD19 CAR-T followed by "
                                        "allogeneic transplant here?");
    pretravel.findings = QStringLiteral("CD19 98% on relapse blasts; CNS negative; normal cardiac, renal "
                                        "and liver function; Lansky 80. No HLA-identical sibling.");
    pretravel.summary = QStringLiteral("Eligible for the CD19 CAR-T study; consolidation with an "
                                       "unrelated-donor transplant in remission.");
    pretravel.recommendations = QStringLiteral("Travel in mid-February for apheresis; no further "
                                               "chemotherapy before apheresis except maintenance-type "
                                               "bridging. Start the unrelated-donor search now. "
                                               "Coordinator sends the invitation letter for the visa.");
    w.add(pretravel);

    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 2, 17), 2), 60,
                QStringLiteral("Admitted for CAR-T work-up and apheresis; mother and father accompanying.")));
    Visit mdt = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2025, 4, 23), 6), 45,
                      QStringLiteral("Day +32 after CAR-T in MRD-negative remission: proceed to "
                                     "unrelated-donor transplant."));
    mdt.participants = {
        here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist")),
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("transplant physician")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
    };
    mdt.recommendations = QStringLiteral("10/10 male donor (O+) confirmed by the North China registry; "
                                         "FORUM TBI/etoposide conditioning from 2025-05-20.");
    w.add(mdt);
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 6, 24), 3), 30,
                QStringLiteral("Discharged from the transplant unit on day +28; outpatient follow-up "
                               "twice weekly until day +100.")));
    w.add(visit(pid, VisitType::Outpatient, utc(QDate(2025, 9, 4), 2), 45,
                QStringLiteral("Day +100: MRD negative, full donor chimerism, skin GVHD resolved. "
                               "Ciclosporin taper over 3 months.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 9, 9), 2), 30,
                QStringLiteral("Discharge letter in English and Urdu handed over; flight to Lahore "
                               "on 2025-09-10.")));

    const struct {
        QDate day;
        const char *summary;
    } followUps[] = {
        {QDate(2025, 12, 10), "Day +197: well, ciclosporin stopped; counts normal; weight 19.5 kg."},
        {QDate(2026, 3, 18), "Month 10: no GVHD; started re-vaccination schedule; back at school."},
        {QDate(2026, 9, 16), "Month 16: MRD negative in Lahore marrow; growth back on his centile."},
    };
    for (const auto &f : followUps) {
        Visit v = teleConsultation(pid, utc(f.day, 6), 30, partners.lahore, QStringLiteral("Asia/Karachi"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist")),
            there(QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("paediatric oncologist"), lahore),
            there(QStringLiteral("Sadia Tariq"), QStringLiteral("mother")),
        };
        v.interpreter = QStringLiteral("Sana Iqbal");
        v.interpreterLanguage = QStringLiteral("ur");
        v.summary = QString::fromUtf8(f.summary);
        w.add(v);
    }
    Visit planned = teleConsultation(pid, utc(QDate(2026, 12, 16), 6), 30, partners.lahore,
                                     QStringLiteral("Asia/Karachi"));
    planned.participants = {
        here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist")),
        there(QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("paediatric oncologist"), lahore),
    };
    planned.interpreter = QStringLiteral("Sana Iqbal");
    planned.interpreterLanguage = QStringLiteral("ur");
    planned.question = QStringLiteral("Planned 18-month review: marrow MRD, immune reconstitution, growth.");
    w.add(planned);
}

// ---- DEMO-0002: woman from Pakistan, recurrent ovarian cancer ----

void addNailaQureshi(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(1));

    Patient p;
    p.recordNumber = recordNumber(1);
    p.familyNameNative = QStringLiteral("قریشی");
    p.givenNameNative = QStringLiteral("نائلہ");
    p.familyNameLatin = QStringLiteral("Qureshi");
    p.givenNameLatin = QStringLiteral("Naila");
    p.sex = Sex::Female;
    p.birthDate = QDate(1976, 9, 2);
    p.nationality = QStringLiteral("PK");
    p.residenceCountry = QStringLiteral("PK");
    p.passportNumber = QStringLiteral("DW5820461");
    p.passportCountry = QStringLiteral("PK");
    p.passportExpiry = QDate(2026, 12, 14);   // expires during the current stay: renewal at the embassy
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("026418830");
    p.visaExpiry = QDate(2027, 1, 10);
    p.preferredLanguage = QStringLiteral("ur");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+92 321 555 0163");
    p.email = QStringLiteral("naila.qureshi@example.com");
    p.messenger = QStringLiteral("WhatsApp +92 321 555 0163");
    p.companions = {
        Companion{.name = QStringLiteral("عرفان قریشی"), .nameLatin = QStringLiteral("Irfan Qureshi"),
                  .relation = QStringLiteral("husband"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1972, 3, 28), .passportNumber = QStringLiteral("DW5820462"),
                  .passportCountry = QStringLiteral("PK"), .passportExpiry = QDate(2029, 4, 2),
                  .phone = QStringLiteral("+92 321 555 0164")},
        Companion{.name = QStringLiteral("حمزہ قریشی"), .nameLatin = QStringLiteral("Hamza Qureshi"),
                  .relation = QStringLiteral("son"), .accompanying = false, .nextOfKin = true,
                  .birthDate = QDate(2001, 11, 5), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+92 333 555 0109")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringDoctor = QStringLiteral("Dr. Farah Naz (gynaecological oncologist, Lahore)");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::InTreatment;
    p.arrivalDate = QDate(2026, 10, 12);
    p.departureDate = QDate(2026, 12, 5);
    p.notes = QStringLiteral("Second stay (first 2025-04-06 to 2025-07-25). Passport expires "
                             "2026-12-14: family asked to book the renewal appointment at the embassy.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C56");
    dx.icd10Text = QStringLiteral("Malignant neoplasm of ovary");
    dx.icdO3Morphology = QStringLiteral("8461/3");
    dx.icdO3Topography = QStringLiteral("C56.9");
    dx.diagnosedOn = QDate(2024, 3, 5);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::Other;
    dx.stage = QStringLiteral("FIGO IIIC");
    dx.laterality = Laterality::Bilateral;
    dx.notes = QStringLiteral("High-grade serous carcinoma on laparoscopic biopsy (private hospital, "
                              "Lahore); BRCA1/2 germline negative. Peritoneal recurrence February 2025.");
    const qint64 dxId = w.add(dx);

    const double height = 158, weight2024 = 52;
    const double bsa2024 = bsa(height, weight2024);
    TreatmentCourse chemo = course(pid, dxId, TreatmentType::Chemotherapy,
                                   QStringLiteral("Carboplatin/paclitaxel"), TreatmentIntent::Curative,
                                   CourseStatus::Completed, QDate(2024, 3, 18), QDate(2024, 7, 22));
    chemo.atThisCentre = false;
    chemo.bestResponse = Response::PR;
    chemo.chemo.regimen = QStringLiteral("Carboplatin AUC 5 + paclitaxel 175 mg/m², every 21 days");
    chemo.chemo.plannedCycles = 6;
    chemo.chemo.givenCycles = 6;
    chemo.chemo.cycleLengthDays = 21;
    chemo.chemo.bsaUsed = bsa2024;
    chemo.chemo.cycles = regularCycles(1, QDate(2024, 3, 18), 6, 21);
    chemo.chemo.drugs = {
        perSquareMetre(QStringLiteral("Paclitaxel"), 175, bsa2024),
        flatDose(QStringLiteral("Carboplatin (AUC 5, Calvert)"), 450),
    };
    chemo.notes = QStringLiteral("Given in Lahore; interval debulking after cycle 3 (residual disease "
                                 "< 1 cm).");
    const qint64 chemoId = w.add(chemo);

    TreatmentCourse gene = course(pid, dxId, TreatmentType::GeneTherapy,
                                  QStringLiteral("rAd-p53 gene therapy, intraperitoneal"),
                                  TreatmentIntent::Palliative, CourseStatus::Completed,
                                  QDate(2025, 4, 9), QDate(2025, 7, 16));
    gene.bestResponse = Response::PR;
    gene.notes = QStringLiteral("Recombinant adenoviral p53, 1 × 10¹² viral particles "
                                "intraperitoneally once a week for 12 weeks; fever < 38.5 °C after "
                                "the first three doses.");
    const qint64 geneId = w.add(gene);

    TreatmentCourse heat = course(pid, dxId, TreatmentType::Hyperthermia,
                                  QStringLiteral("Regional deep hyperthermia (abdomen), series 1"),
                                  TreatmentIntent::Palliative, CourseStatus::Completed,
                                  QDate(2025, 4, 14), QDate(2025, 7, 18));
    heat.notes = QStringLiteral("Twice weekly, 60 minutes at 41-42 °C, 28 sessions.");
    w.add(heat);
    TreatmentCourse heat2 = course(pid, dxId, TreatmentType::Hyperthermia,
                                   QStringLiteral("Regional deep hyperthermia (abdomen), series 2"),
                                   TreatmentIntent::Palliative, CourseStatus::Ongoing,
                                   QDate(2026, 10, 14), QDate());
    heat2.notes = QStringLiteral("Twice weekly during the second stay; 16 sessions planned.");
    w.add(heat2);

    TreatmentCourse tcm = course(pid, dxId, TreatmentType::TraditionalMedicine,
                                 QStringLiteral("Traditional Chinese medicine, individual decoction"),
                                 TreatmentIntent::Palliative, CourseStatus::Ongoing,
                                 QDate(2025, 4, 9), QDate());
    tcm.notes = QStringLiteral("Fuzheng-type herbal decoction adjusted at each review; granules "
                               "continued at home between stays.");
    w.add(tcm);

    w.add(assessment(pid, chemoId, QDate(2024, 8, 5), Response::PR, AssessmentMethod::Imaging,
                     QStringLiteral("CT: small-volume residual peritoneal disease; CA-125 46 U/mL.")));
    w.add(assessment(pid, chemoId, QDate(2025, 2, 10), Response::PD, AssessmentMethod::Imaging,
                     QStringLiteral("CT: new peritoneal nodules and moderate ascites; CA-125 410 U/mL.")));
    w.add(assessment(pid, geneId, QDate(2025, 7, 17), Response::PR, AssessmentMethod::Imaging,
                     QStringLiteral("CT: nodules smaller, ascites resolved.")));
    w.add(assessment(pid, std::nullopt, QDate(2026, 4, 20), Response::SD, AssessmentMethod::Imaging,
                     QStringLiteral("CT in Lahore, reviewed by tele-consultation: stable.")));
    w.add(assessment(pid, std::nullopt, QDate(2026, 10, 14), Response::SD, AssessmentMethod::Imaging,
                     QStringLiteral("CT on arrival: stable peritoneal disease, no ascites.")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2024, 3, 15), height}}, 5));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2024, 3, 15), weight2024}, {QDate(2025, 4, 7), 48.5}, {QDate(2025, 5, 20), 47.6},
        {QDate(2025, 7, 20), 46.2},
    }, 2));
    // Monthly weights reported from home, then measured here: steadily regained.
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 10, 15), 46.8}, {QDate(2025, 11, 15), 47.3}, {QDate(2025, 12, 15), 47.9},
        {QDate(2026, 1, 15), 48.2}, {QDate(2026, 2, 15), 48.9}, {QDate(2026, 3, 15), 49.6},
        {QDate(2026, 4, 15), 50.1}, {QDate(2026, 5, 15), 50.8}, {QDate(2026, 6, 15), 51.2},
        {QDate(2026, 7, 15), 51.9}, {QDate(2026, 8, 15), 52.6}, {QDate(2026, 9, 15), 53.0},
        {QDate(2026, 10, 15), 53.7},
    }, 5));
    const QString ca125 = QStringLiteral("CA-125");
    addAll(w, series(pid, MeasurementKind::TumourMarker, {
        {QDate(2024, 3, 4), 1240}, {QDate(2024, 7, 25), 46}, {QDate(2025, 2, 8), 410},
        {QDate(2025, 4, 8), 585}, {QDate(2025, 5, 20), 402}, {QDate(2025, 7, 15), 214},
        {QDate(2025, 10, 15), 132}, {QDate(2026, 1, 15), 88}, {QDate(2026, 4, 15), 61},
        {QDate(2026, 7, 15), 52}, {QDate(2026, 10, 13), 47},
    }, 4, ca125));

    Visit first = teleConsultation(pid, utc(QDate(2025, 3, 5), 9), 45, std::nullopt,
                                   QStringLiteral("Asia/Karachi"));
    first.participants = {
        here(QStringLiteral("Dr. Xu Jing"), QStringLiteral("gynaecological oncologist")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Farah Naz"), QStringLiteral("gynaecological oncologist"),
              QStringLiteral("private practice, Lahore")),
        there(QStringLiteral("Naila Qureshi"), QStringLiteral("patient")),
        there(QStringLiteral("Irfan Qureshi"), QStringLiteral("husband")),
    };
    first.interpreter = QStringLiteral("Sana Iqbal");
    first.interpreterLanguage = QStringLiteral("ur");
    first.question = QStringLiteral("Platinum-resistant peritoneal recurrence 7 months after "
                                    "carboplatin/paclitaxel: which treatment can be offered here?");
    first.findings = QStringLiteral("CT 2025-02-10: peritoneal nodules up to 2.4 cm, moderate ascites; "
                                    "ECOG 1; CA-125 410 U/mL.");
    first.recommendations = QStringLiteral("Admit for intraperitoneal rAd-p53 gene therapy with regional "
                                           "hyperthermia and supportive traditional medicine; 12 weeks.");
    w.add(first);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 4, 7), 2), 60,
                QStringLiteral("Admitted for gene therapy and hyperthermia; husband accompanying.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 7, 24), 2), 30,
                QStringLiteral("Partial response; home with herbal granules; tele-consultation every "
                               "three months.")));
    for (const QDate day : {QDate(2025, 10, 15), QDate(2026, 1, 21), QDate(2026, 4, 22)}) {
        Visit v = teleConsultation(pid, utc(day, 9), 30, std::nullopt, QStringLiteral("Asia/Karachi"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Xu Jing"), QStringLiteral("gynaecological oncologist")),
            there(QStringLiteral("Naila Qureshi"), QStringLiteral("patient")),
        };
        v.interpreter = QStringLiteral("Sana Iqbal");
        v.interpreterLanguage = QStringLiteral("ur");
        v.summary = QStringLiteral("Well; CA-125 falling, weight rising; continue granules.");
        w.add(v);
    }
    w.add(visit(pid, VisitType::Admission, utc(QDate(2026, 10, 13), 2), 60,
                QStringLiteral("Second admission: hyperthermia series 2 and review of the herbal "
                               "prescription.")));
}

// ---- DEMO-0003: young man from Kazakhstan, pelvic Ewing sarcoma ----

void addDauletOmirzakov(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(2));

    Patient p;
    p.recordNumber = recordNumber(2);
    p.familyNameNative = QStringLiteral("Өмірзақов");
    p.givenNameNative = QStringLiteral("Дәулет");
    p.familyNameLatin = QStringLiteral("Omirzakov");
    p.givenNameLatin = QStringLiteral("Daulet");
    p.sex = Sex::Male;
    p.birthDate = QDate(2006, 7, 19);
    p.nationality = QStringLiteral("KZ");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("N13579246");
    p.passportCountry = QStringLiteral("KZ");
    p.passportExpiry = QDate(2031, 2, 27);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("026590317");
    p.visaExpiry = QDate(2026, 12, 8);   // adjuvant chemotherapy runs past it: extension needed
    p.preferredLanguage = QStringLiteral("kk");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 701 555 0193");
    p.messenger = QStringLiteral("Telegram +7 701 555 0193");
    p.companions = {
        Companion{.name = QStringLiteral("Өмірзақова Гүлнұр"), .nameLatin = QStringLiteral("Gulnur Omirzakova"),
                  .relation = QStringLiteral("mother"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1981, 1, 23), .passportNumber = QStringLiteral("N13579247"),
                  .passportCountry = QStringLiteral("KZ"), .passportExpiry = QDate(2030, 9, 14),
                  .phone = QStringLiteral("+7 701 555 0194")},
        Companion{.name = QStringLiteral("Өмірзақов Ерғали"), .nameLatin = QStringLiteral("Yergali Omirzakov"),
                  .relation = QStringLiteral("father"), .accompanying = false, .nextOfKin = true,
                  .birthDate = QDate(1978, 5, 2), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+7 705 555 0121")},
        Companion{.name = QStringLiteral("Өмірзақова Меңдігүл"), .nameLatin = QStringLiteral("Mendigul Omirzakova"),
                  .relation = QStringLiteral("sister"), .accompanying = false, .nextOfKin = false,
                  .birthDate = QDate(2003, 10, 30), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+7 747 555 0150")},
    };
    p.sponsorType = SponsorType::Government;
    p.sponsorName = QStringLiteral("Ministry of Health of Kazakhstan, treatment-abroad programme");
    p.sponsorReference = QStringLiteral("TA-2026-0417");
    p.referringInstitutionId = partners.almaty;
    p.referringDoctor = QStringLiteral("Dr. Aigul Sarsenbayeva");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::InTreatment;
    p.arrivalDate = QDate(2026, 9, 14);
    p.notes = QStringLiteral("Speaks Kazakh and Russian; interpreter (Russian) for clinical "
                             "conversations. Visa expires 2026-12-08, before the end of adjuvant "
                             "chemotherapy: extension requested.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C41.4");
    dx.icd10Text = QStringLiteral("Ewing sarcoma of the right ilium (pelvic bone)");
    dx.icdO3Morphology = QStringLiteral("9260/3");
    dx.icdO3Topography = QStringLiteral("C41.4");
    dx.diagnosedOn = QDate(2026, 3, 12);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::Tnm;
    dx.stage = QStringLiteral("T2 N0 M0 (localised, 9.8 cm)");
    dx.laterality = Laterality::Right;
    dx.institutionId = partners.almaty;
    dx.notes = QStringLiteral("CT-guided core biopsy; EWSR1-FLI1 fusion by FISH. PET-CT and chest CT "
                              "without metastases.");
    const qint64 dxId = w.add(dx);

    const double height = 176, weightMarch = 64, weightOctober = 59.8;
    const double bsaMarch = bsa(height, weightMarch);
    TreatmentCourse neo = course(pid, dxId, TreatmentType::Chemotherapy,
                                 QStringLiteral("VDC/IE, neoadjuvant"), TreatmentIntent::Curative,
                                 CourseStatus::Completed, QDate(2026, 3, 20), QDate(2026, 6, 11));
    neo.atThisCentre = false;
    neo.institutionId = partners.almaty;
    neo.bestResponse = Response::PR;
    neo.chemo.regimen = QStringLiteral("VDC alternating with IE, interval-compressed (every 14 days), "
                                       "cycles 1-6");
    neo.chemo.plannedCycles = 6;
    neo.chemo.givenCycles = 6;
    neo.chemo.cycleLengthDays = 14;
    neo.chemo.bsaUsed = bsaMarch;
    neo.chemo.cycles = regularCycles(1, QDate(2026, 3, 20), 6, 14);
    neo.chemo.drugs = {
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsaMarch, 2.0),
        perSquareMetre(QStringLiteral("Doxorubicin"), 75, bsaMarch),
        perSquareMetre(QStringLiteral("Cyclophosphamide"), 1200, bsaMarch),
        perSquareMetre(QStringLiteral("Ifosfamide (per day × 5)"), 1800, bsaMarch),
        perSquareMetre(QStringLiteral("Etoposide (per day × 5)"), 100, bsaMarch),
    };
    const qint64 neoId = w.add(neo);

    TreatmentCourse surgery = course(pid, dxId, TreatmentType::Surgery,
                                     QStringLiteral("Internal hemipelvectomy (type I + II), limb-sparing, "
                                                    "3D-printed hemipelvic prosthesis"),
                                     TreatmentIntent::Curative, CourseStatus::Completed,
                                     QDate(2026, 9, 22), QDate(2026, 9, 22));
    surgery.notes = QStringLiteral("R0 resection; sciatic and femoral nerves preserved. Walking with "
                                   "crutches from day 9.");
    const qint64 surgeryId = w.add(surgery);

    const double bsaOctober = bsa(height, weightOctober);
    TreatmentCourse adjuvant = course(pid, dxId, TreatmentType::Chemotherapy,
                                      QStringLiteral("VDC/IE, adjuvant"), TreatmentIntent::Curative,
                                      CourseStatus::Ongoing, QDate(2026, 10, 13), QDate());
    adjuvant.chemo.regimen = QStringLiteral("VDC alternating with IE every 14 days, cycles 7-14");
    adjuvant.chemo.plannedCycles = 8;
    adjuvant.chemo.givenCycles = 2;
    adjuvant.chemo.cycleLengthDays = 14;
    adjuvant.chemo.bsaUsed = bsaOctober;
    adjuvant.chemo.cycles = regularCycles(7, QDate(2026, 10, 13), 2, 14);
    adjuvant.chemo.drugs = {
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsaOctober, 2.0),
        perSquareMetre(QStringLiteral("Doxorubicin"), 75, bsaOctober),
        perSquareMetre(QStringLiteral("Cyclophosphamide"), 1200, bsaOctober),
        perSquareMetre(QStringLiteral("Ifosfamide (per day × 5)"), 1800, bsaOctober),
        perSquareMetre(QStringLiteral("Etoposide (per day × 5)"), 100, bsaOctober),
    };
    adjuvant.notes = QStringLiteral("Doxorubicin replaced by dactinomycin from cycle 11 (cumulative "
                                    "anthracycline limit).");
    w.add(adjuvant);

    Assessment mri = assessment(pid, neoId, QDate(2026, 6, 24), Response::PR, AssessmentMethod::Imaging,
                                QStringLiteral("MRI after 6 cycles: 9.8 → 6.1 cm, soft-tissue component "
                                               "largely regressed."));
    mri.institutionId = partners.almaty;
    w.add(mri);
    w.add(assessment(pid, surgeryId, QDate(2026, 10, 2), Response::PR, AssessmentMethod::Morphology,
                     QStringLiteral("Resection specimen: margins clear (≥ 5 mm), 95% tumour necrosis "
                                    "(good histological response).")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2026, 3, 18), height}}, 4));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2026, 3, 18), weightMarch}, {QDate(2026, 4, 30), 62.4}, {QDate(2026, 6, 10), 60.5},
    }, 4));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2026, 9, 15), 61.0}, {QDate(2026, 9, 29), 59.1}, {QDate(2026, 10, 12), weightOctober},
        {QDate(2026, 10, 26), 60.2},
    }, 1));

    const QString alatau = QStringLiteral("Alatau National Oncology Centre");
    Visit tele = teleConsultation(pid, utc(QDate(2026, 7, 8), 7), 75, partners.almaty,
                                  QStringLiteral("Asia/Almaty"));
    tele.participants = {
        here(QStringLiteral("Dr. Zhao Ming"), QStringLiteral("orthopaedic oncologist")),
        here(QStringLiteral("Dr. Sun Hui"), QStringLiteral("musculoskeletal radiologist")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Aigul Sarsenbayeva"), QStringLiteral("oncologist"), alatau),
        there(QStringLiteral("Dr. Timur Zhaksybekov"), QStringLiteral("orthopaedic surgeon"), alatau),
        there(QStringLiteral("Daulet Omirzakov"), QStringLiteral("patient")),
        there(QStringLiteral("Gulnur Omirzakova"), QStringLiteral("mother")),
    };
    tele.interpreter = QStringLiteral("Marat Iskakov");
    tele.interpreterLanguage = QStringLiteral("ru");
    tele.question = QStringLiteral("Localised Ewing sarcoma of the right ilium after 6 cycles of VDC/IE: "
                                   "is a limb-sparing resection possible, and can it be done here?");
    tele.findings = QStringLiteral("MRI 2026-06-24: tumour 9.8 → 6.1 cm, involves the acetabular roof, "
                                   "sacroiliac joint and sacral foramina free. PET-CT: no metastases. "
                                   "Counts recovered; ECOG 1.");
    tele.summary = QStringLiteral("Good radiological response; resection with reconstruction is feasible "
                                  "and preferred to radiotherapy alone.");
    tele.recommendations = QStringLiteral("Internal hemipelvectomy (type I + II) with a custom 3D-printed "
                                          "prosthesis here in September; adjuvant VDC/IE cycles 7-14 "
                                          "here; decide on radiotherapy after pathology. Coordinator to "
                                          "send the invitation letter for the visa and the cost estimate "
                                          "to the Ministry.");
    w.add(tele);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2026, 9, 15), 2), 60,
                QStringLiteral("Admitted for pre-operative work-up and prosthesis planning CT.")));
    Visit mdt = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2026, 9, 16), 7), 40,
                      QStringLiteral("Plan confirmed: surgery 2026-09-22."));
    mdt.participants = {
        here(QStringLiteral("Dr. Zhao Ming"), QStringLiteral("orthopaedic oncologist")),
        here(QStringLiteral("Dr. Sun Hui"), QStringLiteral("musculoskeletal radiologist")),
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("medical oncologist")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
    };
    w.add(mdt);
    Visit postop = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2026, 10, 7), 7), 30,
                         QStringLiteral("R0 with 95% necrosis: no radiotherapy; adjuvant VDC/IE from "
                                        "2026-10-13."));
    postop.participants = mdt.participants;
    w.add(postop);
}

// ---- DEMO-0004: man from Kazakhstan after coronary bypass surgery ----

void addSerikBekmukhambetov(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(3));

    Patient p;
    p.recordNumber = recordNumber(3);
    p.familyNameNative = QStringLiteral("Бекмұхамбетов");
    p.givenNameNative = QStringLiteral("Серік");
    p.familyNameLatin = QStringLiteral("Bekmukhambetov");
    p.givenNameLatin = QStringLiteral("Serik");
    p.sex = Sex::Male;
    p.birthDate = QDate(1966, 2, 3);
    p.nationality = QStringLiteral("KZ");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("N08264417");
    p.passportCountry = QStringLiteral("KZ");
    p.passportExpiry = QDate(2029, 6, 12);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("025884102");
    p.visaExpiry = QDate(2025, 12, 31);
    p.preferredLanguage = QStringLiteral("ru");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 701 555 0138");
    p.email = QStringLiteral("s.bekmukhambetov@example.kz");
    p.companions = {
        Companion{.name = QStringLiteral("Бекмұхамбетова Сәуле"),
                  .nameLatin = QStringLiteral("Saule Bekmukhambetova"), .relation = QStringLiteral("wife"),
                  .accompanying = true, .nextOfKin = true, .birthDate = QDate(1969, 8, 17),
                  .passportNumber = QStringLiteral("N08264418"), .passportCountry = QStringLiteral("KZ"),
                  .passportExpiry = QDate(2029, 6, 12), .phone = QStringLiteral("+7 701 555 0139")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringInstitutionId = partners.astana;
    p.referringDoctor = QStringLiteral("Dr. Bauyrzhan Abenov");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::Closed;
    p.arrivalDate = QDate(2025, 10, 11);
    p.departureDate = QDate(2025, 11, 6);
    p.notes = QStringLiteral("Case closed after the 12-month review; care returned to the Astana "
                             "cardiac centre.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("I25.1");
    dx.icd10Text = QStringLiteral("Atherosclerotic heart disease, three-vessel");
    dx.diagnosedOn = QDate(2025, 8, 19);
    dx.basis = DiagnosisBasis::Imaging;
    dx.stagingSystem = StagingSystem::Other;
    dx.stage = QStringLiteral("SYNTAX score 33, LVEF 48%");
    dx.institutionId = partners.astana;
    dx.notes = QStringLiteral("Coronary angiography: LAD 90% proximal, OM1 80%, RCA chronic total "
                              "occlusion. Type 2 diabetes on metformin.");
    const qint64 dxId = w.add(dx);

    TreatmentCourse cabg = course(pid, dxId, TreatmentType::Surgery,
                                  QStringLiteral("CABG × 3 (LIMA-LAD, SVG-OM1, SVG-PDA)"),
                                  TreatmentIntent::Unknown, CourseStatus::Completed,
                                  QDate(2025, 10, 15), QDate(2025, 10, 15));
    cabg.notes = QStringLiteral("On-pump, cross-clamp 68 min. Extubated after 6 h; transient atrial "
                                "fibrillation on day 2, cardioverted with amiodarone.");
    w.add(cabg);

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2025, 10, 13), 174}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 10, 13), 91.0}, {QDate(2025, 10, 20), 88.9}, {QDate(2025, 10, 28), 87.5},
        {QDate(2025, 11, 4), 87.2},
    }, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 8, 19), 92.0}, {QDate(2026, 1, 20), 86.0}, {QDate(2026, 4, 21), 84.2},
        {QDate(2026, 7, 20), 83.0}, {QDate(2026, 10, 20), 82.5},
    }, 4));

    const QString yesil = QStringLiteral("Yesil Cardiac Surgery Centre");
    Visit before = teleConsultation(pid, utc(QDate(2025, 9, 10), 8), 45, partners.astana,
                                    QStringLiteral("Asia/Almaty"));
    before.participants = {
        here(QStringLiteral("Dr. Han Qiang"), QStringLiteral("cardiac surgeon")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Bauyrzhan Abenov"), QStringLiteral("cardiologist"), yesil),
        there(QStringLiteral("Serik Bekmukhambetov"), QStringLiteral("patient")),
    };
    before.interpreter = QStringLiteral("Marat Iskakov");
    before.interpreterLanguage = QStringLiteral("ru");
    before.question = QStringLiteral("Three-vessel disease, SYNTAX 33, diabetic: surgery or PCI?");
    before.findings = QStringLiteral("Angiography reviewed: anatomy suitable for grafting; LVEF 48%.");
    before.recommendations = QStringLiteral("CABG recommended (heart team); admission mid-October.");
    w.add(before);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 10, 13), 2), 60,
                QStringLiteral("Admitted for CABG; wife accompanying.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 10, 28), 2), 30,
                QStringLiteral("Wounds healed, sinus rhythm. Aspirin, atorvastatin 40 mg, bisoprolol, "
                               "metformin.")));
    w.add(visit(pid, VisitType::Outpatient, utc(QDate(2025, 11, 4), 2), 30,
                QStringLiteral("Fit to fly; echo LVEF 52%.")));
    const struct {
        QDate day;
        const char *summary;
    } followUps[] = {
        {QDate(2026, 1, 21), "3 months: no angina, walking 5 km a day; HbA1c 6.9%."},
        {QDate(2026, 4, 22), "6 months: stress test negative; weight down 7 kg."},
        {QDate(2026, 10, 21), "12 months: well; care returned to the Astana cardiac centre; case closed."},
    };
    for (const auto &f : followUps) {
        Visit v = teleConsultation(pid, utc(f.day, 8), 30, partners.astana, QStringLiteral("Asia/Almaty"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Han Qiang"), QStringLiteral("cardiac surgeon")),
            there(QStringLiteral("Dr. Bauyrzhan Abenov"), QStringLiteral("cardiologist"), yesil),
        };
        v.interpreter = QStringLiteral("Marat Iskakov");
        v.interpreterLanguage = QStringLiteral("ru");
        v.summary = QString::fromUtf8(f.summary);
        w.add(v);
    }
}

// ---- DEMO-0005: man from Kyrgyzstan, remote follow-up after lumbar spine surgery ----

void addTorobekSuiunbaev(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(4));

    Patient p;
    p.recordNumber = recordNumber(4);
    p.familyNameNative = QStringLiteral("Сүйүнбаев");
    p.givenNameNative = QStringLiteral("Төрөбек");
    p.familyNameLatin = QStringLiteral("Suiunbaev");
    p.givenNameLatin = QStringLiteral("Torobek");
    p.sex = Sex::Male;
    p.birthDate = QDate(1979, 4, 8);
    p.nationality = QStringLiteral("KG");
    p.residenceCountry = QStringLiteral("KG");
    p.passportNumber = QStringLiteral("AC2749163");
    p.passportCountry = QStringLiteral("KG");
    p.passportExpiry = QDate(2032, 3, 3);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("025331870");
    p.visaExpiry = QDate(2025, 7, 1);
    p.preferredLanguage = QStringLiteral("ky");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+996 555 550 147");
    p.messenger = QStringLiteral("WhatsApp +996 555 550 147");
    p.companions = {
        Companion{.name = QStringLiteral("Сүйүнбаева Гүлмира"), .nameLatin = QStringLiteral("Gulmira Suiunbaeva"),
                  .relation = QStringLiteral("wife"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1982, 12, 1), .passportNumber = QStringLiteral("AC2749164"),
                  .passportCountry = QStringLiteral("KG"), .passportExpiry = QDate(2032, 3, 3),
                  .phone = QStringLiteral("+996 555 550 148")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringInstitutionId = partners.bishkek;
    p.referringDoctor = QStringLiteral("Dr. Nurlan Osmonov");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::RemoteFollowUp;
    p.arrivalDate = QDate(2025, 5, 5);
    p.departureDate = QDate(2025, 5, 22);
    p.notes = QStringLiteral("Understands Russian well; interpreter Kyrgyz/Russian for consultations. "
                             "Physiotherapy in Bishkek.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("M51.1");
    dx.icd10Text = QStringLiteral("Lumbar disc herniation L4-L5 with left L5 radiculopathy");
    dx.diagnosedOn = QDate(2025, 2, 18);
    dx.basis = DiagnosisBasis::Imaging;
    dx.laterality = Laterality::Left;
    dx.institutionId = partners.bishkek;
    dx.notes = QStringLiteral("MRI: extruded L4-L5 disc with left foraminal stenosis and grade I "
                              "degenerative spondylolisthesis; foot-drop (dorsiflexion 3/5).");
    const qint64 dxId = w.add(dx);

    TreatmentCourse surgery = course(pid, dxId, TreatmentType::Surgery,
                                     QStringLiteral("Microdiscectomy and TLIF L4-L5"),
                                     TreatmentIntent::Curative, CourseStatus::Completed,
                                     QDate(2025, 5, 8), QDate(2025, 5, 8));
    surgery.notes = QStringLiteral("Left-sided TLIF with PEEK cage and pedicle screws; no dural tear.");
    w.add(surgery);

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2025, 5, 6), 178}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {{QDate(2025, 5, 6), 88.0}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 8, 19), 87.1}, {QDate(2025, 11, 18), 85.4}, {QDate(2026, 5, 19), 83.6},
        {QDate(2026, 10, 27), 83.0},
    }, 4));

    const QString alaToo = QStringLiteral("Ala-Too Neurosurgical Hospital");
    Visit before = teleConsultation(pid, utc(QDate(2025, 3, 26), 6), 40, partners.bishkek,
                                    QStringLiteral("Asia/Bishkek"));
    before.participants = {
        here(QStringLiteral("Dr. Gao Peng"), QStringLiteral("spine surgeon")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Nurlan Osmonov"), QStringLiteral("neurosurgeon"), alaToo),
        there(QStringLiteral("Torobek Suiunbaev"), QStringLiteral("patient")),
    };
    before.interpreter = QStringLiteral("Aida Toktosunova");
    before.interpreterLanguage = QStringLiteral("ky");
    before.question = QStringLiteral("Progressive left foot-drop despite 8 weeks of conservative "
                                     "treatment: decompression alone or with fusion?");
    before.findings = QStringLiteral("MRI and flexion-extension films: L4-L5 extrusion, 4 mm "
                                     "slip with instability.");
    before.recommendations = QStringLiteral("Microdiscectomy with TLIF L4-L5 here; admission early May.");
    w.add(before);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 5, 6), 2), 45,
                QStringLiteral("Admitted for spine surgery; wife accompanying.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 5, 16), 2), 30,
                QStringLiteral("Leg pain resolved, dorsiflexion 4/5; walking unaided.")));

    const struct {
        QDate day;
        const char *summary;
    } followUps[] = {
        {QDate(2025, 8, 20), "3 months: dorsiflexion 5/5, back pain VAS 2; X-ray: implants in place."},
        {QDate(2025, 11, 19), "6 months: back at work (driver); CT: fusion progressing."},
        {QDate(2026, 5, 20), "12 months: solid fusion on CT; no neurological deficit."},
        {QDate(2026, 10, 28), "18 months: occasional back ache after long drives; core exercises."},
    };
    for (const auto &f : followUps) {
        Visit v = teleConsultation(pid, utc(f.day, 6), 30, partners.bishkek, QStringLiteral("Asia/Bishkek"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Gao Peng"), QStringLiteral("spine surgeon")),
            there(QStringLiteral("Dr. Nurlan Osmonov"), QStringLiteral("neurosurgeon"), alaToo),
            there(QStringLiteral("Torobek Suiunbaev"), QStringLiteral("patient")),
        };
        v.interpreter = QStringLiteral("Aida Toktosunova");
        v.interpreterLanguage = QStringLiteral("ky");
        v.summary = QString::fromUtf8(f.summary);
        w.add(v);
    }
}

// ---- DEMO-0006: Chinese national living in Kazakhstan, diffuse large B-cell lymphoma ----

void addZhouHaifeng(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(5));

    Patient p;
    p.recordNumber = recordNumber(5);
    p.familyNameNative = QStringLiteral("周");
    p.givenNameNative = QStringLiteral("海峰");
    p.familyNameLatin = QStringLiteral("Zhou");
    p.givenNameLatin = QStringLiteral("Haifeng");
    p.sex = Sex::Male;
    p.birthDate = QDate(1984, 5, 21);
    p.nationality = QStringLiteral("CN");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("E58392017");
    p.passportCountry = QStringLiteral("CN");
    p.passportExpiry = QDate(2030, 10, 8);
    p.preferredLanguage = QStringLiteral("zh");
    p.interpreterNeeded = false;
    p.phone = QStringLiteral("+7 707 555 0186");
    p.email = QStringLiteral("zhou.haifeng@example.com");
    p.messenger = QStringLiteral("WeChat zhou_hf_demo");
    p.companions = {
        Companion{.name = QStringLiteral("刘静"), .nameLatin = QStringLiteral("Liu Jing"),
                  .relation = QStringLiteral("wife"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1986, 9, 12), .passportNumber = QStringLiteral("E58392018"),
                  .passportCountry = QStringLiteral("CN"), .passportExpiry = QDate(2030, 10, 8),
                  .phone = QStringLiteral("+7 707 555 0187")},
    };
    p.sponsorType = SponsorType::Insurer;
    p.sponsorName = QStringLiteral("Tengri Expat Health Insurance");
    p.sponsorReference = QStringLiteral("TEH-2025-118204");
    p.referringInstitutionId = partners.almaty;
    p.referringDoctor = QStringLiteral("Dr. Aigul Sarsenbayeva");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::RemoteFollowUp;
    p.arrivalDate = QDate(2025, 12, 14);
    p.departureDate = QDate(2026, 6, 14);
    p.notes = QStringLiteral("Works for a logistics company in Almaty (Khorgos route). Follow-up "
                             "imaging in Almaty.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C83.3");
    dx.icd10Text = QStringLiteral("Diffuse large B-cell lymphoma, germinal-centre type");
    dx.icdO3Morphology = QStringLiteral("9680/3");
    dx.icdO3Topography = QStringLiteral("C77.2");
    dx.diagnosedOn = QDate(2025, 12, 22);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::AnnArbor;
    dx.stage = QStringLiteral("IIA (IPI 1)");
    dx.notes = QStringLiteral("Excision biopsy of a mesenteric node; CD20+, BCL6+, Ki-67 70%; no "
                              "MYC rearrangement.");
    const qint64 dxId = w.add(dx);

    const double height = 172, weight = 70;
    const double bsaM2 = bsa(height, weight);
    TreatmentCourse rchop = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("R-CHOP × 6"),
                                   TreatmentIntent::Curative, CourseStatus::Completed,
                                   QDate(2026, 1, 12), QDate(2026, 5, 17));
    rchop.bestResponse = Response::CR;
    rchop.chemo.regimen = QStringLiteral("R-CHOP-21");
    rchop.chemo.plannedCycles = 6;
    rchop.chemo.givenCycles = 6;
    rchop.chemo.cycleLengthDays = 21;
    rchop.chemo.bsaUsed = bsaM2;
    rchop.chemo.cycles = regularCycles(1, QDate(2026, 1, 12), 6, 21);
    rchop.chemo.drugs = {
        perSquareMetre(QStringLiteral("Rituximab"), 375, bsaM2),
        perSquareMetre(QStringLiteral("Cyclophosphamide"), 750, bsaM2),
        perSquareMetre(QStringLiteral("Doxorubicin"), 50, bsaM2),
        perSquareMetre(QStringLiteral("Vincristine"), 1.4, bsaM2, 2.0),
        flatDose(QStringLiteral("Prednisone (per day, days 1-5)"), 100),
    };
    const qint64 rchopId = w.add(rchop);

    w.add(assessment(pid, rchopId, QDate(2026, 3, 10), Response::PR, AssessmentMethod::Imaging,
                     QStringLiteral("Interim PET-CT after 3 cycles: Deauville 3.")));
    w.add(assessment(pid, rchopId, QDate(2026, 6, 10), Response::CR, AssessmentMethod::Imaging,
                     QStringLiteral("End-of-treatment PET-CT: Deauville 2, complete metabolic response.")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2025, 12, 15), height}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 12, 15), 71.5}, {QDate(2026, 1, 11), weight}, {QDate(2026, 3, 9), 68.8},
        {QDate(2026, 5, 16), 69.5}, {QDate(2026, 6, 10), 70.4},
    }, 1));

    w.add(visit(pid, VisitType::Outpatient, utc(QDate(2025, 12, 15), 2), 40,
                QStringLiteral("Abdominal mass on ultrasound in Almaty; excision biopsy arranged.")));
    Visit mdt = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2025, 12, 29), 6), 30,
                      QStringLiteral("DLBCL stage IIA: R-CHOP × 6, PET-CT after cycle 3 and at the end."));
    mdt.participants = {
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("haematologist")),
        here(QStringLiteral("Dr. Sun Hui"), QStringLiteral("radiologist")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
    };
    w.add(mdt);
    Visit followUp = teleConsultation(pid, utc(QDate(2026, 9, 9), 7), 30, partners.almaty,
                                      QStringLiteral("Asia/Almaty"));
    followUp.type = VisitType::FollowUp;
    followUp.participants = {
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("haematologist")),
        there(QStringLiteral("Dr. Aigul Sarsenbayeva"), QStringLiteral("oncologist"),
              QStringLiteral("Alatau National Oncology Centre")),
        there(QStringLiteral("Zhou Haifeng"), QStringLiteral("patient")),
    };
    followUp.interpreter = QStringLiteral("Marat Iskakov");
    followUp.interpreterLanguage = QStringLiteral("ru");
    followUp.summary = QStringLiteral("3 months after treatment: in remission; CT every 6 months in Almaty.");
    w.add(followUp);
}

// ---- DEMO-0007: man from Russia, multiple myeloma, autologous transplant ----

void addOlegLaptev(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(6));

    Patient p;
    p.recordNumber = recordNumber(6);
    p.familyNameNative = QStringLiteral("Лаптев");
    p.givenNameNative = QStringLiteral("Олег");
    p.familyNameLatin = QStringLiteral("Laptev");
    p.givenNameLatin = QStringLiteral("Oleg");
    p.sex = Sex::Male;
    p.birthDate = QDate(1962, 2, 14);
    p.nationality = QStringLiteral("RU");
    p.residenceCountry = QStringLiteral("RU");
    p.passportNumber = QStringLiteral("753918264");
    p.passportCountry = QStringLiteral("RU");
    p.passportExpiry = QDate(2033, 4, 1);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("026102955");
    p.visaExpiry = QDate(2026, 7, 31);
    p.preferredLanguage = QStringLiteral("ru");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 913 555 0172");
    p.email = QStringLiteral("o.laptev@example.ru");
    p.messenger = QStringLiteral("Telegram +7 913 555 0172");
    p.companions = {
        Companion{.name = QStringLiteral("Лаптева Наталья"), .nameLatin = QStringLiteral("Natalia Lapteva"),
                  .relation = QStringLiteral("wife"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1964, 7, 30), .passportNumber = QStringLiteral("753918265"),
                  .passportCountry = QStringLiteral("RU"), .passportExpiry = QDate(2033, 4, 1),
                  .phone = QStringLiteral("+7 913 555 0173")},
    };
    p.sponsorType = SponsorType::Insurer;
    p.sponsorName = QStringLiteral("Ob River Mutual Insurance");
    p.sponsorReference = QStringLiteral("ORM-77-20260311");
    p.referringDoctor = QStringLiteral("Dr. Elena Markova (haematologist, Novosibirsk)");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::Discharged;
    p.arrivalDate = QDate(2026, 4, 16);
    p.departureDate = QDate(2026, 6, 18);
    p.notes = QStringLiteral("Lenalidomide maintenance prescribed by his haematologist in Novosibirsk.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C90.0");
    dx.icd10Text = QStringLiteral("Multiple myeloma, IgG kappa");
    dx.icdO3Morphology = QStringLiteral("9732/3");
    dx.icdO3Topography = QStringLiteral("C42.1");
    dx.diagnosedOn = QDate(2025, 11, 18);
    dx.basis = DiagnosisBasis::BoneMarrowMorphology;
    dx.stagingSystem = StagingSystem::Iss;
    dx.stage = QStringLiteral("II (R-ISS II)");
    dx.notes = QStringLiteral("Bone marrow 34% plasma cells; lytic lesions T8 and left iliac crest; "
                              "no high-risk cytogenetics.");
    const qint64 dxId = w.add(dx);

    const double height = 181, weightDx = 86, weightTx = 84.5;
    const double bsaDx = bsa(height, weightDx);
    TreatmentCourse vrd = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("VRd × 4"),
                                 TreatmentIntent::Curative, CourseStatus::Completed,
                                 QDate(2025, 12, 8), QDate(2026, 3, 1));
    vrd.atThisCentre = false;
    vrd.bestResponse = Response::PR;
    vrd.chemo.regimen = QStringLiteral("Bortezomib, lenalidomide, dexamethasone (21-day cycles)");
    vrd.chemo.plannedCycles = 4;
    vrd.chemo.givenCycles = 4;
    vrd.chemo.cycleLengthDays = 21;
    vrd.chemo.bsaUsed = bsaDx;
    vrd.chemo.cycles = regularCycles(1, QDate(2025, 12, 8), 4, 21);
    vrd.chemo.drugs = {
        perSquareMetre(QStringLiteral("Bortezomib (days 1, 4, 8, 11)"), 1.3, bsaDx),
        flatDose(QStringLiteral("Lenalidomide (per day, days 1-14)"), 25),
        flatDose(QStringLiteral("Dexamethasone (days 1, 2, 4, 5, 8, 9, 11, 12)"), 20),
    };
    vrd.notes = QStringLiteral("Given in Novosibirsk.");
    const qint64 vrdId = w.add(vrd);

    // Autologous transplant: counts every other day until aplasia, then daily.
    const QDate day0(2026, 5, 13);
    const QList<Measurement> anc =
        dailyCounts(pid, MeasurementKind::Anc, day0, -2, {3.8}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 0, {3.5}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 2, {2.2}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 4, {0.8}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 6,
                      {0.1, 0.02, 0.01, 0.05, 0.31, 0.74, 1.9, 3.6, 4.8, 5.2, 4.4}, 0, 30);
    const QList<Measurement> platelets =
        dailyCounts(pid, MeasurementKind::Platelets, day0, -2, {188}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 0, {170}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 2, {131}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 4, {83}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 6,
                      {42, 29, 18, 13, 15, 18, 24, 31, 45, 62, 80}, 0, 30);
    const QDate neutrophilsEngrafted = engraftment(w, clinical::neutrophilEngraftment(anc, day0),
                                                   day0.addDays(11), "neutrophil");
    const QDate plateletsEngrafted = engraftment(w, clinical::plateletEngraftment(platelets, day0),
                                                 day0.addDays(12), "platelet");

    const double bsaTx = bsa(height, weightTx);
    TreatmentCourse asct = course(pid, dxId, TreatmentType::StemCellTransplant,
                                  QStringLiteral("Autologous HSCT (MEL200)"), TreatmentIntent::Consolidation,
                                  CourseStatus::Completed, QDate(2026, 4, 20), QDate(2026, 6, 12));
    asct.bestResponse = Response::CR;
    asct.hsct.kind = TransplantKind::Autologous;
    asct.hsct.donorRelation = DonorRelation::Self;
    asct.hsct.recipientAbo = QStringLiteral("A+");
    asct.hsct.source = StemCellSource::PeripheralBlood;
    asct.hsct.conditioningRegimen = QStringLiteral("Melphalan 200 mg/m² (MEL200)");
    asct.hsct.conditioningIntensity = ConditioningIntensity::Mac;
    asct.hsct.conditioningStart = QDate(2026, 5, 11);
    asct.hsct.infusionDate = day0;
    asct.hsct.neutrophilEngraftment = neutrophilsEngrafted;
    asct.hsct.plateletEngraftment = plateletsEngrafted;
    asct.hsct.protectedUnitDischarge = QDate(2026, 5, 28);
    asct.notes = QStringLiteral("Mobilisation with G-CSF and plerixafor from 2026-04-20; 5.2 × 10⁶ "
                                "CD34+ cells/kg collected on 2026-04-27 and 28. Melphalan %1 mg "
                                "(BSA %2 m²) on day -2. Grade 2 mucositis.")
                     .arg(roundTo(200 * bsaTx, 0))
                     .arg(bsaTx);
    const qint64 asctId = w.add(asct);
    addAll(w, anc);
    addAll(w, platelets);

    TreatmentCourse maintenance = course(pid, dxId, TreatmentType::Chemotherapy,
                                         QStringLiteral("Lenalidomide maintenance"),
                                         TreatmentIntent::Consolidation, CourseStatus::Ongoing,
                                         QDate(2026, 8, 20), QDate());
    maintenance.atThisCentre = false;
    maintenance.chemo.regimen = QStringLiteral("Lenalidomide 10 mg daily, 28-day cycles");
    maintenance.chemo.cycleLengthDays = 28;
    maintenance.chemo.givenCycles = 3;
    maintenance.chemo.cycles = regularCycles(1, QDate(2026, 8, 20), 3, 28);
    maintenance.chemo.drugs = {flatDose(QStringLiteral("Lenalidomide (per day)"), 10)};
    w.add(maintenance);

    w.add(assessment(pid, vrdId, QDate(2026, 3, 20), Response::PR, AssessmentMethod::Clinical,
                     QStringLiteral("After 4 cycles: M-protein 31 → 2.1 g/L (VGPR by IMWG).")));
    w.add(assessment(pid, asctId, QDate(2026, 8, 14), Response::CR, AssessmentMethod::Clinical,
                     QStringLiteral("Day +93 (Novosibirsk): immunofixation negative, marrow < 5% "
                                    "plasma cells.")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2026, 4, 17), height}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 11, 18), weightDx}, {QDate(2026, 4, 17), weightTx}, {QDate(2026, 5, 20), 82.6},
        {QDate(2026, 6, 12), 80.9},
    }, 1));

    w.add(visit(pid, VisitType::Admission, utc(QDate(2026, 4, 17), 2), 45,
                QStringLiteral("Admitted for stem-cell mobilisation and autologous transplant.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2026, 5, 28), 2), 30,
                QStringLiteral("Discharged from the transplant unit on day +15; outpatient until mid-June.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2026, 6, 16), 2), 30,
                QStringLiteral("Final visit before the flight home; letter for the Novosibirsk haematologist "
                               "(lenalidomide maintenance from day +100, re-vaccination at 6 months).")));
}

// ---- DEMO-0008: woman from Uzbekistan, enquiry about breast cancer ----

void addGulnoraTokhtayeva(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(7));

    Patient p;
    p.recordNumber = recordNumber(7);
    p.familyNameNative = QStringLiteral("Toʻxtayeva");
    p.givenNameNative = QStringLiteral("Gulnora");
    p.familyNameLatin = QStringLiteral("Tokhtayeva");
    p.givenNameLatin = QStringLiteral("Gulnora");
    p.sex = Sex::Female;
    p.birthDate = QDate(1971, 6, 3);
    p.nationality = QStringLiteral("UZ");
    p.residenceCountry = QStringLiteral("UZ");
    p.passportNumber = QStringLiteral("FA4926183");
    p.passportCountry = QStringLiteral("UZ");
    p.passportExpiry = QDate(2031, 5, 19);
    p.preferredLanguage = QStringLiteral("uz");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+998 90 555 0126");
    p.email = QStringLiteral("madina.t@example.uz");
    p.messenger = QStringLiteral("Telegram +998 90 555 0126 (daughter)");
    p.companions = {
        Companion{.name = QStringLiteral("Toʻxtayeva Madina"), .nameLatin = QStringLiteral("Madina Tokhtayeva"),
                  .relation = QStringLiteral("daughter"), .accompanying = false, .nextOfKin = true,
                  .birthDate = QDate(1996, 2, 9), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+998 90 555 0126")},
    };
    p.referringDoctor = QStringLiteral("Dr. Shavkat Yuldashev (oncologist, Tashkent)");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::Enquiry;
    p.notes = QStringLiteral("Enquiry by e-mail from the daughter; pathology report and MRI received, "
                             "slides requested for review. Tele-consultation booked.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C50.4");
    dx.icd10Text = QStringLiteral("Invasive breast carcinoma, upper-outer quadrant");
    dx.icdO3Morphology = QStringLiteral("8500/3");
    dx.icdO3Topography = QStringLiteral("C50.4");
    dx.diagnosedOn = QDate(2026, 10, 19);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::Tnm;
    dx.stage = QStringLiteral("cT2 N1 M0");
    dx.laterality = Laterality::Left;
    dx.notes = QStringLiteral("Core biopsy in Tashkent: ER 90%, PR 60%, HER2 2+ (FISH pending), Ki-67 25%.");
    w.add(dx);

    Visit planned = teleConsultation(pid, utc(QDate(2026, 12, 3), 6), 45, std::nullopt,
                                     QStringLiteral("Asia/Tashkent"));
    planned.participants = {
        here(QStringLiteral("Dr. Xu Jing"), QStringLiteral("breast surgeon")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Gulnora Tokhtayeva"), QStringLiteral("patient")),
        there(QStringLiteral("Madina Tokhtayeva"), QStringLiteral("daughter")),
    };
    planned.interpreter = QStringLiteral("Dilshod Rakhimov");
    planned.interpreterLanguage = QStringLiteral("ru");
    planned.question = QStringLiteral("Second opinion: neoadjuvant systemic therapy or primary surgery, and "
                                      "could treatment be given here?");
    w.add(planned);
}

// ---- DEMO-0009: woman from Tajikistan, AML in remission, awaiting visa for a haplo transplant ----

void addMavjudaSharifova(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(8));

    Patient p;
    p.recordNumber = recordNumber(8);
    p.familyNameNative = QStringLiteral("Шарифова");
    p.givenNameNative = QStringLiteral("Мавҷуда");
    p.familyNameLatin = QStringLiteral("Sharifova");
    p.givenNameLatin = QStringLiteral("Mavjuda");
    p.sex = Sex::Female;
    p.birthDate = QDate(1992, 1, 27);
    p.nationality = QStringLiteral("TJ");
    p.residenceCountry = QStringLiteral("TJ");
    p.passportNumber = QStringLiteral("401638275");
    p.passportCountry = QStringLiteral("TJ");
    p.passportExpiry = QDate(2034, 2, 6);
    p.visaType = QStringLiteral("S2 (medical treatment, family), applied");
    p.preferredLanguage = QStringLiteral("tg");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+992 93 555 0118");
    p.messenger = QStringLiteral("WhatsApp +992 93 555 0118");
    p.companions = {
        Companion{.name = QStringLiteral("Шарифов Ҷамшед"), .nameLatin = QStringLiteral("Jamshed Sharifov"),
                  .relation = QStringLiteral("brother (stem-cell donor)"), .accompanying = true,
                  .nextOfKin = true, .birthDate = QDate(1989, 4, 15),
                  .passportNumber = QStringLiteral("400917342"), .passportCountry = QStringLiteral("TJ"),
                  .passportExpiry = QDate(2026, 12, 19),   // expires before the donation: renew first
                  .phone = QStringLiteral("+992 93 555 0119")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringDoctor = QStringLiteral("Dr. Firuz Nazarov (haematologist, Dushanbe)");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::AwaitingVisa;
    p.arrivalDate = QDate(2026, 12, 10);
    p.notes = QStringLiteral("Invitation letter sent 2026-10-20; visa applications lodged in Dushanbe "
                             "2026-10-29. The donor brother's passport expires 2026-12-19 and must be "
                             "renewed before his visa can be issued.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C92.0");
    dx.icd10Text = QStringLiteral("Acute myeloid leukaemia");
    dx.icdO3Morphology = QStringLiteral("9861/3");
    dx.icdO3Topography = QStringLiteral("C42.1");
    dx.diagnosedOn = QDate(2026, 4, 14);
    dx.basis = DiagnosisBasis::BoneMarrowMorphology;
    dx.stagingSystem = StagingSystem::RiskGroup;
    dx.stage = QStringLiteral("ELN 2022 intermediate");
    dx.notes = QStringLiteral("Normal karyotype, FLT3-ITD negative, NPM1 wild type.");
    const qint64 dxId = w.add(dx);

    const double height = 162, weight = 58;
    const double bsaM2 = bsa(height, weight);
    TreatmentCourse induction = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("7+3 induction"),
                                       TreatmentIntent::Curative, CourseStatus::Completed,
                                       QDate(2026, 4, 20), QDate(2026, 5, 18));
    induction.atThisCentre = false;
    induction.bestResponse = Response::CR;
    induction.chemo.regimen = QStringLiteral("Cytarabine × 7 days + daunorubicin × 3 days");
    induction.chemo.plannedCycles = 1;
    induction.chemo.givenCycles = 1;
    induction.chemo.bsaUsed = bsaM2;
    induction.chemo.cycles = {ChemoCycle{1, QDate(2026, 4, 20)}};
    induction.chemo.drugs = {
        perSquareMetre(QStringLiteral("Cytarabine (per day, continuous)"), 100, bsaM2),
        perSquareMetre(QStringLiteral("Daunorubicin"), 60, bsaM2),
    };
    const qint64 inductionId = w.add(induction);

    TreatmentCourse hidac = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("HiDAC consolidation"),
                                   TreatmentIntent::Consolidation, CourseStatus::Completed,
                                   QDate(2026, 6, 8), QDate(2026, 8, 2));
    hidac.atThisCentre = false;
    hidac.bestResponse = Response::MrdNegative;
    hidac.chemo.regimen = QStringLiteral("High-dose cytarabine 3 g/m² every 12 h, days 1, 3, 5");
    hidac.chemo.plannedCycles = 2;
    hidac.chemo.givenCycles = 2;
    hidac.chemo.cycleLengthDays = 28;
    hidac.chemo.bsaUsed = bsaM2;
    hidac.chemo.cycles = regularCycles(1, QDate(2026, 6, 8), 2, 28);
    hidac.chemo.drugs = {perSquareMetre(QStringLiteral("Cytarabine (per dose)"), 3000, bsaM2)};
    const qint64 hidacId = w.add(hidac);

    TreatmentCourse haplo = course(pid, dxId, TreatmentType::StemCellTransplant,
                                   QStringLiteral("Haploidentical HSCT (brother donor)"),
                                   TreatmentIntent::Consolidation, CourseStatus::Planned,
                                   QDate(2026, 12, 14), QDate());
    haplo.hsct.kind = TransplantKind::Allogeneic;
    haplo.hsct.donorRelation = DonorRelation::Haploidentical;
    haplo.hsct.hlaMatch = QStringLiteral("5/10");
    haplo.hsct.donorSex = Sex::Male;
    haplo.hsct.donorAbo = QStringLiteral("A+");
    haplo.hsct.recipientAbo = QStringLiteral("O+");
    haplo.hsct.source = StemCellSource::PeripheralBlood;
    haplo.hsct.conditioningRegimen = QStringLiteral("Busulfan/cyclophosphamide + ATG");
    haplo.hsct.conditioningIntensity = ConditioningIntensity::Mac;
    haplo.hsct.conditioningStart = QDate(2026, 12, 15);
    haplo.hsct.infusionDate = QDate(2026, 12, 24);
    haplo.notes = QStringLiteral("Donor work-up on arrival; no donor-specific antibodies on the "
                                 "screen sent from Dushanbe.");
    w.add(haplo);

    Assessment cr = assessment(pid, inductionId, QDate(2026, 5, 19), Response::CR,
                               AssessmentMethod::Morphology, QStringLiteral("Day 28 marrow: 2% blasts."));
    cr.blastPercent = 2;
    w.add(cr);
    w.add(assessment(pid, hidacId, QDate(2026, 8, 5), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("After consolidation: MRD < 0.1% (flow, Dushanbe).")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2026, 4, 15), height}}, 4));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2026, 4, 15), weight}, {QDate(2026, 6, 7), 55.9}, {QDate(2026, 9, 20), 57.4},
    }, 4));

    Visit tele = teleConsultation(pid, utc(QDate(2026, 9, 23), 7), 45, std::nullopt,
                                  QStringLiteral("Asia/Dushanbe"));
    tele.participants = {
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("transplant physician")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Firuz Nazarov"), QStringLiteral("haematologist"),
              QStringLiteral("city haematology hospital, Dushanbe")),
        there(QStringLiteral("Mavjuda Sharifova"), QStringLiteral("patient")),
        there(QStringLiteral("Jamshed Sharifov"), QStringLiteral("brother")),
    };
    tele.interpreter = QStringLiteral("Dilshod Rakhimov");
    tele.interpreterLanguage = QStringLiteral("ru");
    tele.question = QStringLiteral("AML in first remission, intermediate risk, no matched sibling: "
                                   "haploidentical transplant from her brother?");
    tele.findings = QStringLiteral("MRD negative after HiDAC × 2; brother 5/10 haploidentical, "
                                   "healthy, 37 years.");
    tele.recommendations = QStringLiteral("Haploidentical transplant (Bu/Cy/ATG) in December; arrival "
                                          "2026-12-10 for donor and recipient work-up.");
    w.add(tele);
}

} // namespace

QStringList demoRecordNumbers()
{
    QStringList numbers;
    for (const char *number : kRecordNumbers)
        numbers << QString::fromLatin1(number);
    return numbers;
}

Status loadDemoCases(Store &store)
{
    for (const QString &number : demoRecordNumbers()) {
        if (store.patientIdByRecordNumber(number))
            return Error{DemoCases::tr("The demo cases are already loaded: record number %1 is in use.")
                             .arg(number)};
    }

    Transaction tx(store.database());
    if (!tx.started())
        return tx.started();

    Writer w(store);
    const Partners partners = addPartners(w);
    using AddCase = void (*)(Writer &, const Partners &);
    const AddCase cases[] = {
        addUmarMalik, addNailaQureshi, addDauletOmirzakov, addSerikBekmukhambetov, addTorobekSuiunbaev,
        addZhouHaifeng, addOlegLaptev, addGulnoraTokhtayeva, addMavjudaSharifova,
    };
    for (const AddCase addCase : cases) {
        if (w.failed())
            break;
        addCase(w, partners);
    }
    if (w.failed())
        return w.status();   // the guard rolls everything back

    store.announceReset();
    return tx.commit();
}

} // namespace caravan
