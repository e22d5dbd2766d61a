// Synthetic calendar: puts a planned history on the calendar. todayInPlan picks
// where "today" falls in the plan for the patient's case status; settle then
// decides, course by course, what is completed, ongoing, planned or never happens,
// stops courses on death, keeps only assessments that have happened and sets each
// course's best response from them, and corrects the status to what the dates
// show. Works on the Generator's Plan in place; nothing is written here.
#include "synthetic/syntheticgenerator.h"

#include <algorithm>

namespace caravan::synthetic {

namespace {

void moveDate(QDate &d, qint64 delta)
{
    if (d.isValid())
        d = QDate::fromJulianDay(d.toJulianDay() + delta);
}
void dropAfter(QDate &d, qint64 today)
{
    if (d.isValid() && d.toJulianDay() > today)
        d = QDate();
}

// What is known of a course that has begun but not ended by today.
void makeOngoing(TreatmentCourse &t, qint64 today)
{
    t.status = CourseStatus::Ongoing;
    t.endDate = QDate();
    t.bestResponse = Response::NotAssessed;
    auto &ch = t.chemo;
    while (!ch.cycles.isEmpty() && jdOf(ch.cycles.constLast().startDate) > today)
        ch.cycles.removeLast();
    if (ch.givenCycles)
        ch.givenCycles = int(ch.cycles.size());
    auto &ct = t.cart;
    dropAfter(ct.lymphodepletionStart, today);
    dropAfter(ct.lymphodepletionEnd, today);
    dropAfter(ct.infusionDate, today);
    if (!ct.infusionDate.isValid() || today - jdOf(ct.infusionDate) < 3) {
        if (t.type == TreatmentType::CarT) {
            ct.crsGrade = 0;
            ct.icansGrade = 0;
        }
        ct.tocilizumab = ct.steroids = false;
    }
    if (!ct.infusionDate.isValid()) {
        ct.crsGrade.reset();
        ct.icansGrade.reset();
    }
    auto &h = t.hsct;
    dropAfter(h.infusionDate, today);
    dropAfter(h.neutrophilEngraftment, today);
    dropAfter(h.plateletEngraftment, today);
    dropAfter(h.protectedUnitDischarge, today);
    if (!h.infusionDate.isValid()) {
        h.neutrophilEngraftment = h.plateletEngraftment = QDate();
        h.acuteGvhdGrade.reset();
    } else if (today - jdOf(h.infusionDate) < 14) {
        h.acuteGvhdGrade.reset();
    }
    if (t.type == TreatmentType::StemCellTransplant)
        h.chronicGvhd = ChronicGvhd::Unknown;
}

// A course not yet begun: the schedule stays, outcomes go.
void makePlanned(TreatmentCourse &t)
{
    t.status = CourseStatus::Planned;
    t.bestResponse = Response::NotAssessed;
    t.chemo.givenCycles.reset();
    t.chemo.cycles.clear();
    for (auto &d : t.chemo.drugs)
        d.doseGivenMg.reset();
    t.cart.crsGrade.reset();
    t.cart.icansGrade.reset();
    t.cart.tocilizumab = t.cart.steroids = false;
    auto &h = t.hsct;
    h.neutrophilEngraftment = h.plateletEngraftment = h.protectedUnitDischarge = QDate();
    h.acuteGvhdGrade.reset();
    h.chronicGvhd = ChronicGvhd::Unknown;
}

int responseRank(Response r)
{
    switch (r) {
    case Response::MrdNegative:
        return 8;
    case Response::CR:
        return 7;
    case Response::CRi:
        return 6;
    case Response::PR:
        return 5;
    case Response::MrdPositive:
        return 4;
    case Response::SD:
        return 3;
    case Response::Relapse:
        return 2;
    case Response::PD:
        return 1;
    case Response::NotAssessed:
        break;
    }
    return 0;
}

} // namespace

void moveCourse(TreatmentCourse &t, qint64 delta)
{
    for (QDate *d : { &t.startDate, &t.endDate, &t.cart.apheresisDate, &t.cart.lymphodepletionStart,
                      &t.cart.lymphodepletionEnd, &t.cart.infusionDate, &t.hsct.conditioningStart, &t.hsct.infusionDate,
                      &t.hsct.neutrophilEngraftment, &t.hsct.plateletEngraftment, &t.hsct.protectedUnitDischarge })
        moveDate(*d, delta);
    for (auto &cycle : t.chemo.cycles)
        moveDate(cycle.startDate, delta);
}

qint64 Generator::todayInPlan(qint64 departure)
{
    const qint64 arrival = m_plan.arrival;
    const auto before = [&](int lo, int hi) {
        const qint64 latest = std::max(kBase + 1, arrival - 1);
        return std::clamp(arrival - m_rng.between(lo, hi), kBase + 1, latest);
    };
    switch (m_status) {
    case CaseStatus::Enquiry:
        return before(10, 120);
    case CaseStatus::TeleConsultation:
        return before(5, 60);
    case CaseStatus::AwaitingVisa:
        return before(8, 45);
    case CaseStatus::Travelling:
        return before(1, 7);
    case CaseStatus::InTreatment:
        return arrival + m_rng.between(0, int(m_plan.hereEnd - arrival));
    case CaseStatus::Discharged:
        return departure + m_rng.between(0, 60);
    case CaseStatus::RemoteFollowUp:
        return departure + m_rng.between(45, 1500);
    case CaseStatus::Closed:
        return departure + m_rng.between(365, 3000);
    case CaseStatus::Deceased:
        if (m_plan.deathCourse >= 0)
            return endOf(m_plan.deathCourse) + m_rng.between(30, 900);
        return departure + m_rng.between(60, 1000);
    case CaseStatus::LostToFollowUp:
        return departure + m_rng.between(400, 2500);
    }
    return departure;
}

void Generator::settle(qint64 departure)
{
    using S = CaseStatus;
    const qint64 today = m_today;
    const bool notComing = m_status == S::Enquiry || m_status == S::TeleConsultation;
    const bool mayPlan = m_status == S::AwaitingVisa || m_status == S::Travelling || m_status == S::InTreatment;
    const size_t n = m_plan.courses.size();
    m_plan.kept.assign(n, 1);
    m_plan.ids.assign(n, 0);
    bool planned = false;
    bool ongoingHere = false;
    for (size_t i = 0; i < n; ++i) {
        TreatmentCourse &t = m_plan.courses[i];
        const bool here = m_plan.places[i] != Place::Home;
        if (here && notComing) {
            m_plan.kept[i] = 0;
            continue;
        }
        if (jdOf(t.startDate) > today) {
            if (here && mayPlan && !planned) {
                makePlanned(t);
                planned = true;
            } else {
                m_plan.kept[i] = 0;
            }
            continue;
        }
        if (jdOf(t.endDate) > today) {
            makeOngoing(t, today);
            ongoingHere = ongoingHere || here;
            continue;
        }
        TransplantDetails &h = t.hsct;
        if (h.infusionDate.isValid() && today - jdOf(h.infusionDate) < 100)
            h.chronicGvhd = ChronicGvhd::Unknown;
        dropAfter(h.plateletEngraftment, today);
        if (t.type == TreatmentType::Chemotherapy && t.chemo.cycles.size() >= 3 && int(i) != m_plan.deathCourse
            && m_rng.chance(0.04)) {
            const int given = m_rng.between(1, int(t.chemo.cycles.size()) - 1);
            const qint64 stop = jdOf(t.chemo.cycles.at(given - 1).startDate) + t.chemo.cycleLengthDays.value_or(21) - 1;
            makeOngoing(t, stop);
            t.status = CourseStatus::Stopped;
            t.endDate = day(stop);
            t.stopReason = q(m_rng.pick(kStopReasons));
        }
    }

    m_arrival = notComing ? 0 : m_plan.arrival;
    m_departure = m_death = 0;
    switch (m_status) {
    case S::Discharged:
    case S::RemoteFollowUp:
    case S::Closed:
    case S::LostToFollowUp:
        m_departure = std::min(departure, today);
        break;
    case S::Deceased:
        if (m_plan.deathCourse >= 0) {
            m_death = std::min(today, endOf(m_plan.deathCourse));
        } else {
            m_departure = std::min(departure, today);
            m_death = m_departure + m_rng.between(30, std::max(30, int(today - m_departure)));
            m_death = std::min(m_death, today);
        }
        break;
    default:
        break;
    }

    if (m_death) {
        static const char *const causes[] = { "Patient died of septic shock", "Patient died of progressive disease",
                                              "Patient died of intracranial haemorrhage" };
        for (size_t i = 0; i < n; ++i) {
            if (!m_plan.kept[i])
                continue;
            TreatmentCourse &t = m_plan.courses[i];
            const bool dying = int(i) == m_plan.deathCourse;
            if (jdOf(t.startDate) > m_death) {
                m_plan.kept[i] = 0;
            } else if (dying || !t.endDate.isValid() || jdOf(t.endDate) > m_death) {
                makeOngoing(t, m_death);
                t.status = CourseStatus::Stopped;
                t.endDate = day(m_death);
                t.stopReason = dying ? q(m_rng.pick(causes)) : QStringLiteral("Patient died");
                if (dying)
                    t.hsct.protectedUnitDischarge = QDate();
            }
        }
    }
    m_lastDay = m_death ? m_death : today;

    for (size_t i = 0; i < n; ++i)
        if (m_plan.kept[i] && m_plan.courses[i].status != CourseStatus::Planned)
            m_plan.courses[i].bestResponse = Response::NotAssessed;
    for (PlannedAssessment &a : m_plan.assessments) {
        bool keep = a.day <= m_lastDay && a.day >= m_dx && !(notComing && a.place != Place::Home);
        if (keep && a.course >= 0) {
            const size_t c = size_t(a.course);
            keep = m_plan.kept[c] && m_plan.courses[c].status != CourseStatus::Planned;
            if (keep && responseRank(a.result) > responseRank(m_plan.courses[c].bestResponse))
                m_plan.courses[c].bestResponse = a.result;
        }
        if (!keep)
            a.day = 0;
    }

    if (!notComing && m_status != S::Deceased) {
        if (m_arrival > today)
            m_status = m_arrival - today <= 7 ? S::Travelling : S::AwaitingVisa;
        else if (m_status == S::AwaitingVisa || m_status == S::Travelling || ongoingHere || planned)
            m_status = S::InTreatment;
    }
}

} // namespace caravan::synthetic
