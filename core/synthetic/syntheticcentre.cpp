// Synthetic centre: generateSyntheticCentre and the Generator's outer loop (see
// syntheticcentre.h for the contract and syntheticgenerator.h for how the
// Generator is split). This file owns the order of work: convert the catalogue
// once, create or reuse the institutions, then for each patient in batches of
// kBatch draw who they are and what they have, plan their history, place it on the
// calendar and write the patient and its records. Everything drawn comes from one
// Random(seed); everything written goes through Store::create/createMany, each
// batch in one transaction; progress is reported after each committed batch.
#include "synthetic/syntheticcentre.h"

#include "synthetic/syntheticgenerator.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QHash>

#include <algorithm>

namespace caravan {

namespace synthetic {

namespace {

constexpr int kBatch = 500;

} // namespace

Generator::Generator(Store &store, const SyntheticOptions &options)
    : m_store(store), m_rng(options.seed), m_patients(std::max(0, options.patients))
{
    const QDate realToday = QDate::currentDate();
    QDate today = options.today.isValid() ? options.today : realToday;
    if (today > realToday)
        today = realToday;
    m_today = today.toJulianDay();

    m_maleNames = maleGivenNames();
    m_femaleNames = femaleGivenNames();
    m_familyNames = familyNames();

    for (size_t n = 0; n < NatCount; ++n) {
        int total = 0;
        for (size_t d = 0; d < size_t(kDiseaseCount); ++d) {
            double w = kDiseases[d].weight * 10;
            const PlanKind plan = kDiseases[d].plan;
            if (plan == PlanKind::Thalassaemia)
                w *= n == PK ? 3.0 : n == UZ ? 1.5 : n == CN ? 0.8 : 0.25;
            if (plan == PlanKind::Cardiac && (n == RU || n == KZ))
                w *= 1.6;
            if (plan == PlanKind::Vsd && n == CN)
                w *= 0.5;
            m_diseaseWeights[n][d] = int(w);
            total += int(w);
        }
        m_diseaseTotals[n] = total;
        m_nationWeights[n] = nations()[n].weight;
        m_nationTotal += nations()[n].weight;
        m_natCode[n] = q(nations()[n].code);
        m_natZone[n] = q(nations()[n].zone);
    }
    for (size_t d = 0; d < size_t(kDiseaseCount); ++d) {
        const DiseaseDef &def = kDiseases[d];
        DiseaseStrings &s = m_diseaseText[d];
        s.code = q(def.code);
        s.text = q(def.text);
        s.morphology = q(def.morphology);
        s.topography = q(def.topography);
        s.question = q(def.question);
        s.recommendation = q(def.recommendation);
        s.admission = q(def.admission);
        for (const char *stage : def.stages)
            if (stage)
                s.stages.push_back(q(stage));
    }
    for (size_t r = 0; r < RegCount; ++r) {
        m_regimenName[r] = q(kRegimens[r].name);
        for (size_t k = 0; k < 5; ++k)
            m_drugName[r][k] = q(kRegimens[r].drugs[k].drug);
    }
    for (size_t i = 0; i < InstitutionCount; ++i) {
        m_instName[i] = q(kInstitutions[i].name);
        m_instZone[i] = q(kInstitutions[i].zone);
    }
    for (size_t i = 0; i < DoctorCount; ++i) {
        m_doctorName[i] = q(kDoctors[i].name);
        m_doctorRole[i] = q(kDoctors[i].role);
    }
    m_plan.courses.reserve(16);
}

Status Generator::run(const std::function<void(int, int)> &progress)
{
    Database &db = m_store.database();
    {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        if (Status s = createInstitutions(); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    const int total = m_patients;
    for (int first = 0; first < total; first += kBatch) {
        const int last = std::min(total, first + kBatch);
        {
            Transaction tx(db);
            if (!tx.started())
                return tx.started();
            for (int i = first; i < last; ++i)
                if (Status s = createPatient(i); !s)
                    return s;
            if (Status s = tx.commit(); !s)
                return s;
        }
        if (progress)
            progress(last, total);
    }
    return {};
}

Status Generator::createInstitutions()
{
    QHash<QString, qint64> existing;
    for (const Institution &i : m_store.institutions())
        existing.insert(i.name, i.id);
    for (int k = 0; k < InstitutionCount; ++k) {
        const InstitutionDef &d = kInstitutions[k];
        const QString name = q(d.name);
        if (const auto it = existing.constFind(name); it != existing.constEnd()) {
            m_inst[size_t(k)] = *it;
            continue;
        }
        Institution inst;
        inst.name = name;
        inst.nameLocal = q(d.local);
        inst.kind = d.kind;
        inst.country = q(d.country);
        inst.city = q(d.city);
        inst.timeZone = q(d.zone);
        inst.contactPerson = q(d.contact);
        inst.phone = q(d.phone);
        inst.email = q(d.email);
        const Result<qint64> created = m_store.create(inst);
        if (!created) {
            Error e = created.error();
            e.message = SyntheticCentre::tr("Synthetic institution %1: %2").arg(name, e.message);
            return e;
        }
        m_inst[size_t(k)] = *created;
    }
    return {};
}

// ---------------------------------------------------------------------------
// One patient: who, what, the plan of the history, then the calendar.

Status Generator::createPatient(int index)
{
    m_recordNumber = QStringLiteral("SYN-%1").arg(index + 1, 7, 10, QLatin1Char('0'));
    m_error.reset();

    m_nat = Nat(m_rng.weighted(m_nationWeights, m_nationTotal));
    m_diseaseIndex = m_rng.weighted(m_diseaseWeights[size_t(m_nat)], m_diseaseTotals[size_t(m_nat)]);
    m_disease = &kDiseases[m_diseaseIndex];
    m_female = m_rng.between(0, 99) < m_disease->femalePercent;
    m_sex = m_female ? Sex::Female : Sex::Male;
    m_ageAtDx = m_rng.triangular(m_disease->ageMin, m_disease->ageMode, m_disease->ageMax);
    m_body.male = !m_female;
    m_body.heightFactor = nations()[size_t(m_nat)].heightFactor * std::clamp(m_rng.normal(1, 0.035), 0.9, 1.1);
    m_body.adultBmi = std::clamp(m_rng.normal(m_nat == CN ? 23 : 25, 3.5), 17.0, 38.0);
    if (m_disease->oncology)
        m_body.adultBmi = std::max(17.0, m_body.adultBmi - 1);
    m_body.childBmiFactor = std::clamp(m_rng.normal(1, 0.08), 0.8, 1.25);
    static const char *const abo[] = { "O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-" };
    m_abo = QLatin1String(abo[m_rng.weighted({ 30, 28, 28, 8, 2, 2, 1, 1 })]);

    const auto &home = nations()[size_t(m_nat)].home;
    m_referrerIndex = m_rng.chance(0.92) ? home[size_t(m_rng.index(home.size()))] : -1;
    if (m_disease->plan == PlanKind::Thalassaemia && m_nat == PK && m_rng.chance(0.5))
        m_referrerIndex = iMultan;
    m_referrer = m_referrerIndex >= 0 ? std::optional<qint64>(m_inst[size_t(m_referrerIndex)]) : std::nullopt;
    m_remoteZone = m_referrerIndex >= 0 ? m_instZone[size_t(m_referrerIndex)] : m_natZone[size_t(m_nat)];

    const bool mayDie = m_disease->oncology || m_disease->plan == PlanKind::Aplastic;
    m_status = CaseStatus(m_rng.weighted({ 7, 8, 5, 2, 14, 10, 30, mayDie ? 12 : 19, mayDie ? 7 : 0, 5 }));

    m_plan.clear();
    m_c = kBase;
    planHistory();
    if (m_status == CaseStatus::Deceased && m_rng.chance(0.35)) {
        for (int i = int(m_plan.courses.size()) - 1; i >= 0; --i)
            if (m_plan.places[size_t(i)] != Place::Home) {
                m_plan.deathCourse = i;
                break;
            }
    }

    // Place the plan on the calendar: pick where "today" falls in it for this status.
    const qint64 departureRel = m_plan.hereEnd + m_rng.between(1, 7);
    const qint64 delta = m_today - todayInPlan(departureRel);
    for (auto &t : m_plan.courses)
        moveCourse(t, delta);
    for (auto &a : m_plan.assessments)
        a.day += delta;
    m_plan.arrival += delta;
    m_plan.hereEnd += delta;
    m_dx = kBase + delta;
    m_birth = std::min(m_dx, m_dx - qint64(m_ageAtDx * 365.25));
    settle(departureRel + delta);

    Patient p;
    fillPatient(p);
    if (!put(p))
        return *m_error;
    m_patientId = p.id;
    writeParts();
    if (m_error)
        return *m_error;
    return {};
}

void Generator::planHistory()
{
    switch (m_disease->plan) {
    case PlanKind::AllChild:
        planAll(true);
        break;
    case PlanKind::AllAdult:
        planAll(false);
        break;
    case PlanKind::AmlChild:
        planAml(true);
        break;
    case PlanKind::AmlAdult:
        planAml(false);
        break;
    case PlanKind::Dlbcl:
        planDlbcl();
        break;
    case PlanKind::Myeloma:
        planMyeloma();
        break;
    case PlanKind::Ovary:
        planOvary();
        break;
    case PlanKind::Breast:
        planBreast();
        break;
    case PlanKind::Ewing:
        planEwing();
        break;
    case PlanKind::Medullo:
        planMedullo();
        break;
    case PlanKind::Glioblastoma:
        planGlioblastoma();
        break;
    case PlanKind::Hodgkin:
        planHodgkin();
        break;
    case PlanKind::Lung:
        planLung();
        break;
    case PlanKind::Cml:
        planCml();
        break;
    case PlanKind::Thalassaemia:
        planThalassaemia();
        break;
    case PlanKind::Aplastic:
        planAplastic();
        break;
    case PlanKind::Cardiac:
        planCardiac();
        break;
    case PlanKind::Spine:
        planSpine();
        break;
    case PlanKind::Vsd:
        planVsd();
        break;
    }
    if (m_plan.arrival == 0)
        arrive();
    m_plan.hereEnd = std::max(m_plan.hereEnd, m_plan.arrival + m_rng.between(3, 10));
}

} // namespace synthetic

Status generateSyntheticCentre(Store &store, const SyntheticOptions &options,
                               const std::function<void(int done, int total)> &progress)
{
    synthetic::Generator generator(store, options);
    const Status status = generator.run(progress);
    store.announceReset();
    return status;
}

} // namespace caravan
