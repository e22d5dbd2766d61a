// Synthetic records: writes what belongs to a patient once the plan is on the
// calendar: the diagnosis (and sometimes a comorbidity), the kept treatment
// courses, the assessments that have happened, measurement series (weights,
// heights, disease markers, and blood counts around each infusion coherent with
// the recorded engraftment) sent as one createMany batch, and the visits
// (tele-consultations before and after the stay, admission, MDT, ward review,
// discharge, follow-ups). All writes go through Generator::put / Store; the first
// failure stops the patient.
#include "synthetic/syntheticgenerator.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace caravan::synthetic {

void Generator::writeParts()
{
    const DiseaseStrings &text = m_diseaseText[size_t(m_diseaseIndex)];
    Diagnosis dx;
    dx.patientId = m_patientId;
    dx.icd10Code = text.code;
    dx.icd10Text = text.text;
    dx.icdO3Morphology = text.morphology;
    dx.icdO3Topography = text.topography;
    dx.diagnosedOn = day(m_dx);
    dx.basis = m_disease->basis;
    dx.stagingSystem = m_disease->staging;
    if (!text.stages.empty())
        dx.stage = text.stages[size_t(m_rng.index(text.stages.size()))];
    if (m_disease->lateral) {
        const int k = m_rng.weighted({ 48, 48, m_disease->plan == PlanKind::Ovary ? 40 : 0, 3 });
        dx.laterality = std::array{ Laterality::Left, Laterality::Right, Laterality::Bilateral,
                                    Laterality::Unknown }[size_t(k)];
    }
    if (m_rng.chance(0.12))
        dx.institutionId = m_inst[m_nat == PK ? iRawalpindiLab : m_nat == KZ ? iAlmatyLab : iCnLab];
    else
        dx.institutionId = m_referrer;
    if (m_disease->oncology && m_rng.chance(0.2))
        dx.notes = QStringLiteral("Pathology reviewed at this centre: diagnosis confirmed.");
    if (!put(dx))
        return;
    m_diagnosisId = dx.id;

    const qint64 fortieth = m_birth + 40 * 365;
    if (fortieth < m_lastDay && m_rng.chance(0.15)) {
        const ComorbidityDef &c = m_rng.pick(kComorbidities);
        if (qstrcmp(c.code, m_disease->code) != 0) {
            Diagnosis co;
            co.patientId = m_patientId;
            co.icd10Code = QLatin1String(c.code);
            co.icd10Text = QLatin1String(c.text);
            const qint64 from = std::max(m_birth + 25 * 365, m_lastDay - 15 * 365);
            co.diagnosedOn = day(from + m_rng.between(0, int(m_lastDay - from)));
            co.basis = DiagnosisBasis::Clinical;
            co.institutionId = m_referrer;
            put(co);
        }
    }

    for (size_t i = 0; i < m_plan.courses.size(); ++i) {
        if (!m_plan.kept[i])
            continue;
        TreatmentCourse &t = m_plan.courses[i];
        t.patientId = m_patientId;
        t.diagnosisId = m_diagnosisId;
        if (!put(t))
            return;
        m_plan.ids[i] = t.id;
    }

    for (const PlannedAssessment &pa : m_plan.assessments) {
        if (!pa.day)
            continue;
        Assessment a;
        a.patientId = m_patientId;
        if (pa.course >= 0)
            a.courseId = m_plan.ids[size_t(pa.course)];
        a.assessedOn = day(pa.day);
        a.result = pa.result;
        if (pa.blasts >= 0)
            a.blastPercent = pa.blasts;
        a.method = pa.method;
        if (pa.place == Place::Home)
            a.institutionId = m_referrer;
        a.notes = pa.note;
        if (!put(a))
            return;
    }
    m_pendingMeasurements.clear();
    writeMeasurements();
    // A patient's series goes in as one batch, as a laboratory import would.
    if (!m_error && !m_pendingMeasurements.isEmpty()) {
        if (Status s = m_store.createMany(m_pendingMeasurements); !s) {
            Error e = s.error();
            e.message = SyntheticCentre::tr("Synthetic patient %1, measurements: %2").arg(m_recordNumber, e.message);
            m_error = std::move(e);
            return;
        }
    }
    writeVisits();
}

bool Generator::measure(qint64 jd, MeasurementKind kind, double value, const QString &unit, const QString &label)
{
    if (m_error)
        return false;
    if (jd > m_lastDay || jd < m_birth)
        return true;
    Measurement &m = m_pendingMeasurements.emplace_back();
    m.patientId = m_patientId;
    m.kind = kind;
    m.value = value;
    m.unit = unit;
    m.label = label;
    const qint64 minutes = m_rng.between(60, 540); // 09:00-17:00 in Beijing
    m.takenAt = QDateTime::fromMSecsSinceEpoch(((jd - kUnixEpochJd) * 1440 + minutes) * 60000, Qt::UTC);
    return true;
}

void Generator::writeMeasurements()
{
    static const QString kg = QStringLiteral("kg"), cm = QStringLiteral("cm"), count = QStringLiteral("10^9/L"),
                         gl = QStringLiteral("g/L"), percent = QStringLiteral("%"), uml = QStringLiteral("U/mL"),
                         ngml = QStringLiteral("ng/mL"), ugl = QStringLiteral("µg/L"), mmol = QStringLiteral("mmol/L");
    const auto ageOn = [&](qint64 jd) { return double(jd - m_birth) / 365.25; };
    const auto weight = [&](qint64 jd, double factor) {
        measure(jd, MeasurementKind::Weight, round1(std::clamp(m_body.weight(ageOn(jd)) * factor, 0.5, 300.0)), kg);
    };
    const auto height = [&](qint64 jd) {
        measure(jd, MeasurementKind::Height, round1(std::max(25.0, m_body.height(ageOn(jd)))), cm);
    };
    const bool child = ageOn(m_lastDay) < 18;
    const double sick = m_disease->oncology ? m_rng.real(0.88, 0.99) : 1.0;
    const bool arrived = m_arrival && m_arrival <= m_lastDay;

    if (m_rng.chance(0.5))
        weight(m_dx + m_rng.between(0, 3), m_rng.real(0.97, 1.03));
    if (!arrived) {
        const qint64 reported = std::max(m_dx, m_lastDay - m_rng.between(0, 20));
        weight(reported, sick);
        height(reported);
    } else {
        weight(m_arrival + 1, sick);
        height(m_arrival + 1);
        int weighed = 0;
        for (size_t i = 0; i < m_plan.courses.size() && weighed < 3; ++i) {
            const TreatmentCourse &t = m_plan.courses[i];
            if (!m_plan.kept[i] || m_plan.places[i] == Place::Home || t.status == CourseStatus::Planned)
                continue;
            const qint64 start = jdOf(t.startDate);
            if (start <= m_arrival + 2)
                continue;
            weight(start, sick * m_rng.real(0.96, 1.02));
            ++weighed;
        }
        if (m_departure) {
            weight(m_departure - 1, sick * m_rng.real(0.95, 1.0));
            if (child)
                height(m_departure - 1);
            if (m_rng.chance(0.4))
                weight(m_departure + m_rng.between(150, 200), m_rng.real(0.97, 1.04));
        }
        for (size_t i = 0; i < m_plan.courses.size(); ++i) {
            const TreatmentCourse &t = m_plan.courses[i];
            if (m_plan.kept[i] && m_plan.places[i] != Place::Home && t.status != CourseStatus::Planned
                && (t.type == TreatmentType::CarT || t.type == TreatmentType::StemCellTransplant))
                writeCounts(t);
        }
    }

    const qint64 lab = arrived ? m_arrival + 1 : m_dx;
    const qint64 end = m_plan.hereEnd;
    switch (m_disease->plan) {
    case PlanKind::AllChild:
    case PlanKind::AllAdult:
    case PlanKind::AmlChild:
    case PlanKind::AmlAdult:
    case PlanKind::Cml: {
        const bool cml = m_disease->plan == PlanKind::Cml;
        measure(lab, MeasurementKind::Wbc, round1(m_rng.real(1.5, cml ? 120 : 60)), count);
        measure(lab, MeasurementKind::Haemoglobin, std::round(m_rng.real(70, 115)), gl);
        measure(lab, MeasurementKind::BlastPercent, round1(m_rng.real(cml ? 1 : 5, cml ? 8 : 85)), percent);
        break;
    }
    case PlanKind::Ovary: {
        static const QString ca125 = QStringLiteral("CA-125");
        measure(m_dx, MeasurementKind::TumourMarker, std::round(m_rng.real(300, 3000)), uml, ca125);
        if (arrived)
            measure(m_arrival + 1, MeasurementKind::TumourMarker, std::round(m_rng.real(40, 600)), uml, ca125);
        measure(end, MeasurementKind::TumourMarker, std::round(m_rng.real(8, 60)), uml, ca125);
        break;
    }
    case PlanKind::Breast: {
        static const QString ca153 = QStringLiteral("CA 15-3");
        measure(m_dx, MeasurementKind::TumourMarker, round1(m_rng.real(25, 120)), uml, ca153);
        measure(end, MeasurementKind::TumourMarker, round1(m_rng.real(8, 30)), uml, ca153);
        break;
    }
    case PlanKind::Lung: {
        static const QString cea = QStringLiteral("CEA");
        measure(m_dx, MeasurementKind::TumourMarker, round1(m_rng.real(5, 150)), ngml, cea);
        measure(end, MeasurementKind::TumourMarker, round1(m_rng.real(2, 40)), ngml, cea);
        break;
    }
    case PlanKind::Myeloma: {
        static const QString mProtein = QStringLiteral("Serum M-protein");
        measure(m_dx, MeasurementKind::Other, round1(m_rng.real(20, 60)), gl, mProtein);
        if (arrived)
            measure(m_arrival + 1, MeasurementKind::Other, round1(m_rng.real(5, 20)), gl, mProtein);
        measure(end + 90, MeasurementKind::Other, round1(m_rng.real(0.5, 5)), gl, mProtein);
        break;
    }
    case PlanKind::Thalassaemia: {
        static const QString ferritin = QStringLiteral("Ferritin");
        measure(lab, MeasurementKind::Haemoglobin, std::round(m_rng.real(65, 92)), gl);
        measure(lab, MeasurementKind::Other, std::round(m_rng.real(1500, 6000)), ugl, ferritin);
        if (arrived)
            measure(end + 60, MeasurementKind::Haemoglobin, std::round(m_rng.real(95, 125)), gl);
        break;
    }
    case PlanKind::Cardiac: {
        static const QString ldl = QStringLiteral("LDL cholesterol"), ef = QStringLiteral("LV ejection fraction");
        measure(lab, MeasurementKind::Other, round1(m_rng.real(2.0, 4.5)), mmol, ldl);
        measure(lab, MeasurementKind::Other, std::round(m_rng.real(35, 60)), percent, ef);
        break;
    }
    default:
        break;
    }
}

// Neutrophils and platelets around day 0 of a transplant or CAR-T infusion,
// coherent with the recorded engraftment dates.
void Generator::writeCounts(const TreatmentCourse &t)
{
    static const QString count = QStringLiteral("10^9/L");
    const qint64 d0 = jdOf(t.dayZero());
    if (!d0)
        return;
    if (t.type == TreatmentType::StemCellTransplant) {
        const qint64 ancDay = jdOf(t.hsct.neutrophilEngraftment);
        const qint64 pltDay = jdOf(t.hsct.plateletEngraftment);
        for (int offset : { 0, 7, 14, 21 }) {
            const qint64 jd = d0 + offset;
            if (jd > m_lastDay)
                break;
            const double anc = ancDay && jd >= ancDay ? 0.5 + double(jd - ancDay) * 0.12 + m_rng.real(0, 0.6)
                    : offset == 0                     ? m_rng.real(0.05, 0.8)
                                                      : m_rng.real(0.0, 0.3);
            const double plt = pltDay && jd >= pltDay ? 20 + double(jd - pltDay) * 4 + m_rng.real(0, 25)
                    : offset == 0                     ? m_rng.real(15, 60)
                                                      : m_rng.real(3, 18);
            measure(jd, MeasurementKind::Anc, round2(anc), count);
            measure(jd, MeasurementKind::Platelets, std::round(plt), count);
        }
        return;
    }
    static const int offsets[] = { 0, 7, 14, 28 };
    static const double ancLo[] = { 0.2, 0.05, 0.3, 0.8 }, ancHi[] = { 1.5, 0.6, 2.0, 3.5 };
    static const double pltLo[] = { 40, 15, 20, 40 }, pltHi[] = { 160, 80, 120, 220 };
    for (size_t k = 0; k < 4; ++k) {
        const qint64 jd = d0 + offsets[k];
        if (jd > m_lastDay)
            break;
        measure(jd, MeasurementKind::Anc, round2(m_rng.real(ancLo[k], ancHi[k])), count);
        measure(jd, MeasurementKind::Platelets, std::round(m_rng.real(pltLo[k], pltHi[k])), count);
    }
}

bool Generator::visit(VisitType type, qint64 jd, int durationMinutes, const QString &question, const QString &findings,
                      const QString &summary, const QString &recommendations, bool remote)
{
    if (m_error)
        return false;
    static const QString centreZone = QStringLiteral("Asia/Shanghai");
    static const QString coordinatorRole = QStringLiteral("coordinator");
    static const QString referrerRole = QStringLiteral("referring physician");
    Visit &v = m_visit;
    v.patientId = m_patientId;
    v.type = type;
    const qint64 minutes = remote ? m_rng.between(300, 510) : m_rng.between(60, 540);
    v.startsAt = QDateTime::fromMSecsSinceEpoch(((jd - kUnixEpochJd) * 1440 + minutes) * 60000, Qt::UTC);
    v.durationMinutes = durationMinutes;
    v.localTimeZone = centreZone;
    v.remoteTimeZone = remote ? m_remoteZone : QString();
    v.institutionId = remote ? m_referrer : std::nullopt;
    v.participants.clear();
    if (type == VisitType::TeleConsultation || type == VisitType::MultidisciplinaryMeeting
        || type == VisitType::FollowUp) {
        const size_t lead = size_t(m_disease->lead);
        v.participants.append({ m_doctorName[lead], m_doctorRole[lead], QString(), ParticipantSide::Local });
        if (type == VisitType::MultidisciplinaryMeeting) {
            const size_t second = size_t(m_disease->second);
            v.participants.append({ m_doctorName[second], m_doctorRole[second], QString(), ParticipantSide::Local });
        }
        v.participants.append({ m_coordinator, coordinatorRole, QString(), ParticipantSide::Local });
        if (remote) {
            if (!m_referringDoctor.isEmpty())
                v.participants.append({ m_referringDoctor, referrerRole, m_instName[size_t(m_referrerIndex)],
                                        ParticipantSide::Remote });
            v.participants.append({ m_contactName, m_contactRole, QString(), ParticipantSide::Remote });
        }
    }
    const bool interpreted = !m_interpreterName.isEmpty() && type != VisitType::MultidisciplinaryMeeting;
    v.interpreter = interpreted ? m_interpreterName : QString();
    v.interpreterLanguage = interpreted ? m_language : QString();
    v.question = question;
    v.findings = findings;
    v.summary = summary;
    v.recommendations = recommendations;
    return put(v);
}

void Generator::writeVisits()
{
    using S = CaseStatus;
    static const QString preFindings =
            QStringLiteral("Referral letter, pathology and imaging reviewed with the referring team.");
    static const QString preSummary =
            QStringLiteral("Case discussed across borders; plan and cost estimate agreed with the family.");
    static const QString reviewQuestion = QStringLiteral("Review of new results before the decision to travel.");
    static const QString mdtFindings = QStringLiteral("Eligibility confirmed; organ function adequate.");
    static const QString wardFindings = QStringLiteral("Tolerating treatment; no new complaints.");
    static const QString wardSummary = QStringLiteral("Ward review; plan unchanged.");
    static const QString dischargeSummary =
            QStringLiteral("Discharged home; treatment summary sent to the referring team.");
    static const QString dischargeAdvice =
            QStringLiteral("Follow-up tele-consultations at 3, 6 and 12 months; blood counts locally every 2–4 weeks.");
    static const QString followQuestion = QStringLiteral("Follow-up after treatment at this centre.");
    static const QString followSummary = QStringLiteral("Routine follow-up.");
    static const QString followAdvice =
            QStringLiteral("Next review in three months; repeat labs locally and send the results.");
    static const QString progression =
            QStringLiteral("Progression reported by the referring team; palliative care at home.");
    static const QString scheduled = QStringLiteral("Scheduled follow-up tele-consultation.");
    static const std::array<QString, 3> wellFindings = {
        QStringLiteral("Well; blood counts and examination unremarkable."),
        QStringLiteral("Doing well at home; no signs of relapse."),
        QStringLiteral("Mild fatigue; labs stable; continues follow-up at home.")
    };
    const DiseaseStrings &text = m_diseaseText[size_t(m_diseaseIndex)];
    const qint64 today = m_today;
    if (m_status == S::Enquiry)
        return;

    qint64 tele = m_status == S::TeleConsultation ? today - m_rng.between(0, 25) : m_arrival - m_rng.between(14, 75);
    if (m_arrival && tele >= m_arrival)
        tele = m_arrival - 1;
    tele = std::min(std::max(tele, m_dx + 1), today);
    if (!visit(VisitType::TeleConsultation, tele, m_rng.between(30, 60), text.question, preFindings, preSummary,
               text.recommendation, true))
        return;
    if (m_status == S::TeleConsultation) {
        if (m_rng.chance(0.4))
            visit(VisitType::TeleConsultation, today + m_rng.between(3, 21), 45, reviewQuestion, QString(), QString(),
                  QString(), true);
        return;
    }
    if (!m_arrival || m_arrival > m_lastDay)
        return;

    QString admission = text.admission;
    for (size_t i = 0; i < m_plan.courses.size(); ++i) {
        if (m_plan.kept[i] && m_plan.places[i] != Place::Home) {
            admission += QStringLiteral(" Plan: ") + m_plan.courses[i].name + QLatin1Char('.');
            break;
        }
    }
    visit(VisitType::Admission, std::min(m_lastDay, m_arrival + m_rng.between(0, 1)), 0, QString(), QString(),
          admission, QString(), false);
    for (size_t i = 0; i < m_plan.courses.size(); ++i) {
        const TreatmentCourse &t = m_plan.courses[i];
        if (!m_plan.kept[i] || m_plan.places[i] == Place::Home)
            continue;
        if (t.type == TreatmentType::CarT || t.type == TreatmentType::StemCellTransplant
            || t.type == TreatmentType::Surgery || t.type == TreatmentType::GeneTherapy) {
            const qint64 jd = std::max(m_arrival + 1, jdOf(t.startDate) - m_rng.between(1, 5));
            if (m_rng.chance(0.5) && jd <= m_lastDay)
                visit(VisitType::MultidisciplinaryMeeting, jd, m_rng.between(30, 45), text.question, mdtFindings,
                      QStringLiteral("MDT agreed: ") + t.name + QLatin1Char('.'), text.recommendation, false);
            break;
        }
    }
    if (m_status == S::InTreatment && m_rng.chance(0.4) && m_arrival + 2 <= today)
        visit(VisitType::Outpatient, std::max(m_arrival + 2, today - m_rng.between(0, 7)), m_rng.between(15, 30),
              QString(), wardFindings, wardSummary, QString(), false);
    if (!m_departure)
        return;
    visit(VisitType::Discharge, m_departure, m_rng.between(20, 40), QString(), QString(), dischargeSummary,
          dischargeAdvice, false);

    static const int offsets[] = { 90, 180, 365, 730 };
    const int limit = m_status == S::LostToFollowUp ? 1 : 4;
    for (int k = 0; k < limit; ++k) {
        const qint64 jd = m_departure + offsets[k] + m_rng.between(-7, 7);
        if (jd > m_lastDay) {
            if (m_status == S::RemoteFollowUp && m_rng.chance(0.4))
                visit(VisitType::TeleConsultation, jd, 30, scheduled, QString(), QString(), QString(), true);
            break;
        }
        const bool lastBeforeDeath = m_death && (k == 3 || m_departure + offsets[k + 1] - 7 > m_death);
        const bool remote = m_rng.chance(0.85);
        visit(remote ? VisitType::TeleConsultation : VisitType::FollowUp, jd, m_rng.between(20, 40), followQuestion,
              lastBeforeDeath ? progression : wellFindings[size_t(m_rng.index(3))], followSummary, followAdvice,
              remote);
    }
}

} // namespace caravan::synthetic
