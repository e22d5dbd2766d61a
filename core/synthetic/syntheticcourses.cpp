// Synthetic courses: the building blocks a planned history is made of. Each adds
// one treatment course to the Generator's Plan at the planning cursor (days from
// the diagnosis) and moves the cursor past it: chemotherapy with cycles and doses
// from the regimen table and the patient's BSA, CAR-T with CRS/ICANS grades by
// product, stem-cell transplants with donor, conditioning and engraftment days
// coherent with the kind of graft, and simple courses (surgery, radiotherapy,
// immunotherapy, ...). Assessments are only noted here; nothing is written to the
// store until the plan has been placed on the calendar.
#include "synthetic/syntheticgenerator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace caravan::synthetic {

int Generator::addCourse(TreatmentType type, const QString &name, TreatmentIntent intent, qint64 start, qint64 end,
                         Place place, int partner)
{
    if (place != Place::Home && m_plan.arrival == 0)
        m_plan.arrival = std::max(kBase + 2, start - m_rng.between(1, 4));
    TreatmentCourse &t = m_plan.courses.emplace_back();
    t.type = type;
    t.name = name;
    t.intent = intent;
    t.status = CourseStatus::Completed;
    t.startDate = day(start);
    t.endDate = day(std::max(start, end));
    t.atThisCentre = place == Place::Centre;
    if (place == Place::Home)
        t.institutionId = m_referrer;
    else if (place == Place::Partner && partner >= 0)
        t.institutionId = m_inst[size_t(partner)];
    m_plan.places.push_back(place);
    if (place != Place::Home)
        m_plan.hereEnd = std::max(m_plan.hereEnd, end);
    return int(m_plan.courses.size()) - 1;
}

int Generator::chemo(Reg regimen, int cycles, int length, TreatmentIntent intent, Place place)
{
    std::array<qint64, 32> starts{};
    cycles = std::clamp(cycles, 1, int(starts.size()));
    qint64 s = m_c;
    for (int k = 0; k < cycles; ++k) {
        starts[size_t(k)] = s;
        s += length + (m_rng.chance(0.25) ? m_rng.between(1, 7) : 0);
    }
    const qint64 end = starts[size_t(cycles - 1)] + length - 1;
    const int idx = addCourse(TreatmentType::Chemotherapy, m_regimenName[regimen], intent, starts[0], end, place);
    ChemoDetails &ch = m_plan.courses[size_t(idx)].chemo;
    ch.regimen = m_regimenName[regimen];
    ch.plannedCycles = cycles;
    ch.givenCycles = cycles;
    ch.cycleLengthDays = length;
    const double age = ageAt(starts[0]);
    const double bsa = round2(m_body.bsa(age));
    const double weight = m_body.weight(age);
    ch.bsaUsed = bsa;
    ch.cycles.reserve(cycles);
    for (int k = 0; k < cycles; ++k)
        ch.cycles.append(ChemoCycle{ k + 1, day(starts[size_t(k)]) });
    const RegimenDef &r = kRegimens[regimen];
    ch.drugs.reserve(5);
    for (size_t k = 0; k < r.drugs.size() && r.drugs[k].drug; ++k) {
        const DrugDef &d = r.drugs[k];
        DrugDose dose;
        dose.drug = m_drugName[regimen][k];
        dose.basis = d.basis;
        dose.dosePerUnit = d.dose;
        double given = d.basis == DoseBasis::PerSquareMetre ? d.dose * bsa
                : d.basis == DoseBasis::PerKilogram         ? d.dose * weight
                                                            : d.dose;
        if (d.capMg > 0)
            given = std::min(given, d.capMg);
        dose.doseGivenMg = given >= 100 ? std::round(given) : round1(given);
        ch.drugs.append(dose);
    }
    m_c = end + 1;
    return idx;
}

int Generator::carT(const CarProduct &p, TreatmentIntent intent)
{
    const qint64 apheresis = m_c;
    const qint64 infusion = apheresis + m_rng.between(14, 24);
    const qint64 end = infusion + 28;
    const int idx = addCourse(TreatmentType::CarT, q(p.product), intent, apheresis, end, Place::Centre);
    CarTDetails &c = m_plan.courses[size_t(idx)].cart;
    c.target = QLatin1String(p.target);
    c.product = m_plan.courses[size_t(idx)].name;
    c.apheresisDate = day(apheresis);
    c.lymphodepletionRegimen = QStringLiteral("Flu/Cy");
    c.lymphodepletionStart = day(infusion - 5);
    c.lymphodepletionEnd = day(infusion - 3);
    c.infusionDate = day(infusion);
    c.cellDose = q(p.cellDose);
    int crs = 0, icans = 0;
    switch (p.risk) {
    case 0:
        crs = m_rng.weighted({ 15, 40, 28, 12, 5 });
        icans = m_rng.weighted({ 60, 15, 13, 9, 3 });
        break;
    case 1:
        crs = m_rng.weighted({ 20, 45, 25, 8, 2 });
        icans = m_rng.weighted({ 65, 12, 12, 9, 2 });
        break;
    case 2:
        crs = m_rng.weighted({ 10, 55, 28, 5, 2 });
        icans = m_rng.weighted({ 85, 8, 5, 2, 0 });
        break;
    default:
        crs = m_rng.weighted({ 15, 40, 30, 12, 3 });
        icans = m_rng.weighted({ 75, 10, 8, 5, 2 });
        break;
    }
    c.crsGrade = crs;
    c.icansGrade = icans;
    c.tocilizumab = crs >= 2 ? m_rng.chance(0.85) : crs == 1 && m_rng.chance(0.15);
    c.steroids = (icans >= 2 || crs >= 3) ? m_rng.chance(0.9) : icans == 1 && m_rng.chance(0.3);
    m_c = end + 1;
    return idx;
}

int Generator::hsct(TransplantKind kind, DonorRelation relation, StemCellSource source, const QString &regimen,
                    ConditioningIntensity intensity, int conditioningDays, TreatmentIntent intent, Place place)
{
    const qint64 conditioning = m_c;
    const qint64 d0 = conditioning + conditioningDays;
    int ancLo = 12, ancHi = 17, pltLo = 12, pltHi = 22;
    if (kind == TransplantKind::Autologous) {
        ancLo = 10;
        ancHi = 13;
        pltLo = 11;
        pltHi = 16;
    } else if (relation == DonorRelation::Cord) {
        ancLo = 18;
        ancHi = 32;
        pltLo = 30;
        pltHi = 55;
    } else if (source == StemCellSource::BoneMarrow) {
        ancLo = 16;
        ancHi = 23;
        pltLo = 18;
        pltHi = 30;
    } else if (relation == DonorRelation::Haploidentical) {
        ancLo = 12;
        ancHi = 19;
        pltLo = 13;
        pltHi = 28;
    }
    qint64 anc = 0, plt = 0;
    if (!m_rng.chance(kind == TransplantKind::Autologous ? 0.005 : 0.015)) {
        anc = d0 + m_rng.between(ancLo, ancHi);
        if (!m_rng.chance(0.04))
            plt = std::max(anc - 2, d0 + m_rng.between(pltLo, pltHi));
    }
    const qint64 discharge = (anc ? std::max(anc, d0 + 14) : d0 + 35) + m_rng.between(3, 10);

    QString name;
    QString hla;
    const bool allo = kind == TransplantKind::Allogeneic;
    switch (relation) {
    case DonorRelation::Related:
        hla = m_rng.chance(0.9) ? QStringLiteral("10/10") : QStringLiteral("9/10");
        name = QStringLiteral("Related-donor allogeneic HSCT");
        break;
    case DonorRelation::Haploidentical:
        hla = QLatin1String(std::array{ "5/10", "6/10", "7/10" }[size_t(m_rng.weighted({ 55, 25, 20 }))]);
        name = QStringLiteral("Haploidentical allogeneic HSCT");
        break;
    case DonorRelation::Unrelated:
        hla = QLatin1String(std::array{ "10/10", "9/10", "8/8" }[size_t(m_rng.weighted({ 55, 30, 15 }))]);
        name = hla == QLatin1String("9/10") ? QStringLiteral("Mismatched unrelated allogeneic HSCT")
                                            : QStringLiteral("Matched unrelated allogeneic HSCT");
        break;
    case DonorRelation::Cord:
        hla = QLatin1String(std::array{ "4/6", "5/6", "6/6" }[size_t(m_rng.weighted({ 40, 45, 15 }))]);
        name = QStringLiteral("Cord blood transplant");
        break;
    default:
        name = QStringLiteral("Autologous HSCT");
        break;
    }
    name += QStringLiteral(" (") + regimen + QLatin1Char(')');

    const int idx = addCourse(TreatmentType::StemCellTransplant, name, intent, conditioning, discharge, place);
    TransplantDetails &h = m_plan.courses[size_t(idx)].hsct;
    h.kind = kind;
    h.donorRelation = relation;
    h.hlaMatch = hla;
    h.source = source;
    h.conditioningRegimen = regimen;
    h.conditioningIntensity = intensity;
    h.conditioningStart = day(conditioning);
    h.infusionDate = day(d0);
    if (anc)
        h.neutrophilEngraftment = day(anc);
    if (plt)
        h.plateletEngraftment = day(plt);
    h.protectedUnitDischarge = day(discharge);
    h.recipientAbo = m_abo;
    if (allo) {
        static const char *const abo[] = { "O+", "A+", "B+", "AB+", "O-", "A-" };
        h.donorAbo = relation == DonorRelation::Related && m_rng.chance(0.5)
                ? m_abo
                : QLatin1String(abo[m_rng.weighted({ 30, 28, 28, 8, 3, 3 })]);
        h.donorSex = relation == DonorRelation::Unrelated ? (m_rng.chance(0.65) ? Sex::Male : Sex::Female)
                                                          : (m_rng.chance(0.5) ? Sex::Male : Sex::Female);
        if (relation == DonorRelation::Unrelated || relation == DonorRelation::Cord) {
            int registry = iCnRegistry;
            if (relation == DonorRelation::Unrelated) {
                if (m_nat == KZ && m_rng.chance(0.3))
                    registry = iKzRegistry;
                else if ((m_nat == RU || m_nat == KZ) && m_rng.chance(0.3))
                    registry = iRuRegistry;
                else if (m_rng.chance(0.3))
                    registry = iIntlRegistry;
            }
            h.donorRegistryId = m_inst[size_t(registry)];
        }
        h.acuteGvhdGrade = m_rng.weighted({ 55, 20, 15, 7, 3 });
        h.chronicGvhd = ChronicGvhd(1 + m_rng.weighted({ 60, 20, 14, 6 }));
    }
    m_c = discharge + 1;
    return idx;
}

int Generator::hsctAuto(const QString &regimen, int conditioningDays, TreatmentIntent intent, Place place)
{
    return hsct(TransplantKind::Autologous, DonorRelation::Self, StemCellSource::PeripheralBlood, regimen,
                ConditioningIntensity::Mac, conditioningDays, intent, place);
}

int Generator::hsctAllo(TreatmentIntent intent)
{
    const PlanKind plan = m_disease->plan;
    const double age = ageAt(m_c);
    DonorRelation relation;
    switch (plan) {
    case PlanKind::Thalassaemia:
        relation = std::array{ DonorRelation::Related, DonorRelation::Haploidentical,
                               DonorRelation::Unrelated }[size_t(m_rng.weighted({ 55, 35, 10 }))];
        break;
    case PlanKind::Aplastic:
        relation = std::array{ DonorRelation::Related, DonorRelation::Haploidentical,
                               DonorRelation::Unrelated }[size_t(m_rng.weighted({ 40, 45, 15 }))];
        break;
    case PlanKind::Cml:
        relation = std::array{ DonorRelation::Related, DonorRelation::Haploidentical,
                               DonorRelation::Unrelated }[size_t(m_rng.weighted({ 40, 15, 45 }))];
        break;
    default:
        relation = std::array{ DonorRelation::Related, DonorRelation::Haploidentical, DonorRelation::Unrelated,
                               DonorRelation::Cord }[size_t(m_rng.weighted({ 30, 45, 20, 5 }))];
        break;
    }
    StemCellSource source = StemCellSource::PeripheralBlood;
    switch (relation) {
    case DonorRelation::Related:
        source = m_rng.chance(plan == PlanKind::Thalassaemia ? 0.7 : 0.45) ? StemCellSource::BoneMarrow
                                                                           : StemCellSource::PeripheralBlood;
        break;
    case DonorRelation::Haploidentical:
        source = m_rng.chance(0.4) ? StemCellSource::BoneMarrow : StemCellSource::PeripheralBlood;
        break;
    case DonorRelation::Unrelated:
        source = m_rng.chance(0.2) ? StemCellSource::BoneMarrow : StemCellSource::PeripheralBlood;
        break;
    default:
        source = StemCellSource::CordBlood;
        break;
    }
    const bool atg = relation == DonorRelation::Haploidentical || relation == DonorRelation::Unrelated;
    QString regimen;
    ConditioningIntensity intensity = ConditioningIntensity::Mac;
    int days = 8;
    switch (plan) {
    case PlanKind::Thalassaemia:
        regimen = m_rng.chance(0.5) ? QStringLiteral("Bu/Cy/ATG") : QStringLiteral("Flu/Bu/Thiotepa/ATG");
        days = 9;
        break;
    case PlanKind::Aplastic:
        regimen = QStringLiteral("Flu/Cy/ATG");
        intensity = ConditioningIntensity::Ric;
        days = 6;
        break;
    case PlanKind::AllChild:
    case PlanKind::AllAdult:
        if (age >= 4 && m_rng.chance(0.5)) {
            regimen = QStringLiteral("TBI/Cy");
            days = 7;
        } else {
            regimen = QStringLiteral("Bu/Flu/Cy");
            days = 9;
        }
        if (atg)
            regimen += QStringLiteral(" + ATG");
        break;
    default:
        if (age > 55) {
            const int k = m_rng.weighted({ 45, 40, 15 });
            regimen = std::array{ QStringLiteral("Flu/Bu2"), QStringLiteral("Flu/Mel"),
                                  QStringLiteral("Flu/Cy/TBI 2 Gy") }[size_t(k)];
            intensity = k == 2 ? ConditioningIntensity::Nma : ConditioningIntensity::Ric;
            days = k == 1 ? 5 : 6;
        } else if (relation == DonorRelation::Haploidentical) {
            regimen = QStringLiteral("Ara-C/Bu/Cy/Me-CCNU + ATG");
            days = 10;
        } else {
            regimen = atg ? QStringLiteral("Bu/Cy + ATG") : QStringLiteral("Bu/Cy");
            days = 8;
        }
        break;
    }
    return hsct(TransplantKind::Allogeneic, relation, source, regimen, intensity, days, intent, Place::Centre);
}

int Generator::simple(TreatmentType type, const QString &name, int length, TreatmentIntent intent, Place place,
                      int partner)
{
    const qint64 start = m_c;
    const qint64 end = start + std::max(1, length) - 1;
    const int idx = addCourse(type, name, intent, start, end, place, partner);
    m_c = end + 1;
    return idx;
}

int Generator::radiotherapy(const QString &name, int fractions, TreatmentIntent intent, Place place, int partner)
{
    const int days = (fractions - 1) / 5 * 7 + (fractions - 1) % 5 + 1 + m_rng.between(0, 3);
    return simple(TreatmentType::Radiotherapy, name, days, intent, place, partner);
}

void Generator::assess(int course, qint64 jd, Response result, AssessmentMethod method, double blasts, Place place,
                       const QString &note)
{
    m_plan.assessments.push_back({ course, jd, result, blasts, method, place, note });
}

} // namespace caravan::synthetic
