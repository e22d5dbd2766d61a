// TimelineModel: see timelinemodel.h. One add*() per lane; each reads only the
// record passed in.
#include "timelinemodel.h"

#include "clinical/clinicalfacts.h"
#include "domain/patientrecord.h"

#include <QTimeZone>
#include <algorithm>

namespace caravan::timeline {

namespace {

using Kind = TimelineItem::Kind;
using Role = TimelineItem::Role;

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

TimelineItem item(const char *table, qint64 id, QString label, QDate start, QDate end, Kind kind, Role role)
{
    TimelineItem it;
    it.table = QLatin1String(table);
    it.id = id;
    it.label = std::move(label);
    it.start = start;
    it.end = end.isValid() && end >= start ? end : start;
    it.kind = kind;
    it.role = role;
    return it;
}

bool isRemission(Response r)
{
    return r == Response::CR || r == Response::CRi || r == Response::MrdNegative;
}
bool isRelapse(Response r)
{
    return r == Response::Relapse || r == Response::PD;
}

// Spans first, then segments, then markers: the painter draws in this order and
// hit-tests in reverse.
void sortItems(QList<TimelineItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const TimelineItem &a, const TimelineItem &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.start < b.start;
    });
}

QDate visitDate(const Visit &v)
{
    const QTimeZone zone(v.localTimeZone.toUtf8());
    return (zone.isValid() ? v.startsAt.toTimeZone(zone) : v.startsAt.toUTC()).date();
}

} // namespace

TimelineModel TimelineModel::build(const PatientRecord &record, QDate today, const Translation &language)
{
    TimelineModel m;
    m.m_language = language;
    m.addDisease(record);
    m.addTreatments(record, today);
    m.addAssessments(record);
    m.addVisits(record);
    m.addStay(record, today);
    m.updateBounds();
    // Open-ended status spans run to the end of what is known.
    if (auto *disease = const_cast<TimelineLane *>(m.lane(TimelineLane::Id::Disease)))
        for (TimelineItem &it : disease->items)
            if (it.kind == Kind::Span && !it.end.isValid())
                it.end = std::max(it.start, m.m_last);
    m.updateBounds();
    return m;
}

const TimelineLane *TimelineModel::lane(TimelineLane::Id id) const
{
    for (const TimelineLane &l : m_lanes)
        if (l.id == id)
            return &l;
    return nullptr;
}

int TimelineModel::itemCount() const
{
    int n = 0;
    for (const TimelineLane &l : m_lanes)
        n += int(l.items.size());
    return n;
}

void TimelineModel::updateBounds()
{
    m_first = m_last = QDate();
    for (const TimelineLane &l : m_lanes)
        for (const TimelineItem &it : l.items) {
            if (it.start.isValid() && (!m_first.isValid() || it.start < m_first))
                m_first = it.start;
            const QDate end = it.end.isValid() ? it.end : it.start;
            if (end.isValid() && (!m_last.isValid() || end > m_last))
                m_last = end;
        }
}

void TimelineModel::addDisease(const PatientRecord &r)
{
    TimelineLane lane{ TimelineLane::Id::Disease, trLang("Diagnosis and status"), 0, {} };
    QList<Diagnosis> diagnoses = r.diagnoses;
    diagnoses.removeIf([](const Diagnosis &d) { return !d.diagnosedOn.isValid(); });
    std::sort(diagnoses.begin(), diagnoses.end(),
              [](const Diagnosis &a, const Diagnosis &b) { return a.diagnosedOn < b.diagnosedOn; });
    QList<Assessment> assessments = r.assessments;
    std::sort(assessments.begin(), assessments.end(),
              [](const Assessment &a, const Assessment &b) { return a.assessedOn < b.assessedOn; });
    QHash<qint64, std::optional<qint64>> diagnosisOfCourse;
    for (const TreatmentCourse &c : r.courses)
        diagnosisOfCourse.insert(c.id, c.diagnosisId);

    for (const Diagnosis &dx : diagnoses) {
        const int row = lane.rows++;
        const QString name = dx.icd10Code.isEmpty() ? dx.icd10Text : dx.icd10Code;
        TimelineItem mark = item("diagnosis", dx.id, trLang("Diagnosis %1").arg(name), dx.diagnosedOn, {}, Kind::Marker,
                                 Role::Diagnosis);
        mark.details = trLang("Diagnosis: %1 %2\nDiagnosed on %3\nStage: %4")
                               .arg(dx.icd10Code, dx.icd10Text, iso(dx.diagnosedOn),
                                    dx.stage.isEmpty() ? trLang("not recorded") : dx.stage);
        mark.row = row;
        lane.items.append(mark);

        // Status: active from diagnosis, remission after CR/CRi/MRD-, relapse after relapse/PD.
        TimelineItem current =
                item("diagnosis", dx.id, trLang("Active disease"), dx.diagnosedOn, {}, Kind::Span, Role::ActiveDisease);
        current.end = QDate(); // open until something changes it
        current.details = trLang("Active disease from %1 (diagnosis)").arg(iso(dx.diagnosedOn));
        current.row = row;
        auto close = [&](QDate at) {
            current.end = std::max(current.start, at.addDays(-1));
            lane.items.append(current);
        };
        for (const Assessment &a : assessments) {
            if (!a.assessedOn.isValid() || a.assessedOn < dx.diagnosedOn)
                continue;
            if (diagnoses.size() > 1 && a.courseId && diagnosisOfCourse.value(*a.courseId) != dx.id)
                continue;
            const bool remission = isRemission(a.result), relapse = isRelapse(a.result);
            if (relapse) {
                TimelineItem rm = item("assessment", a.id, labelOf(a.result), a.assessedOn, {}, Kind::Marker,
                                       Role::RelapseMarker);
                rm.details = trLang("%1 on %2\n%3").arg(labelOf(a.result), iso(a.assessedOn), a.notes).trimmed();
                rm.row = row;
                lane.items.append(rm);
            }
            const Role next = remission ? Role::Remission : relapse ? Role::Relapse : current.role;
            if (next == current.role || a.assessedOn == current.start)
                continue;
            close(a.assessedOn);
            current = item("assessment", a.id, remission ? trLang("Remission") : trLang("Relapse"), a.assessedOn, {},
                           Kind::Span, next);
            current.end = QDate();
            current.details = (remission ? trLang("Remission from %1 (%2)") : trLang("Relapse from %1 (%2)"))
                                      .arg(iso(a.assessedOn), labelOf(a.result));
            current.row = row;
        }
        lane.items.append(current); // end filled in by build()
    }
    if (lane.rows == 0)
        return;
    sortItems(lane.items);
    m_lanes.append(lane);
}

void TimelineModel::addTreatments(const PatientRecord &r, QDate today)
{
    TimelineLane lane{ TimelineLane::Id::Treatments, trLang("Treatments"), 0, {} };
    QList<TreatmentCourse> courses = r.courses;
    courses.removeIf([](const TreatmentCourse &c) { return !c.startDate.isValid(); });
    std::sort(courses.begin(), courses.end(),
              [](const TreatmentCourse &a, const TreatmentCourse &b) { return a.startDate < b.startDate; });
    QList<QDate> rowEnds; // stacked rows: a course goes on the first row free at its start
    for (const TreatmentCourse &c : courses) {
        QDate end = c.endDate;
        if (!end.isValid())
            end = c.status == CourseStatus::Ongoing ? std::max(today, c.startDate) : c.startDate;
        for (const ChemoCycle &cy : c.chemo.cycles)
            if (cy.startDate.isValid() && c.type == TreatmentType::Chemotherapy)
                end = std::max(end, cy.startDate.addDays(std::max(1, c.chemo.cycleLengthDays.value_or(1)) - 1));
        int row = 0;
        while (row < rowEnds.size() && rowEnds[row] >= c.startDate)
            ++row;
        if (row == rowEnds.size())
            rowEnds.append(end);
        else
            rowEnds[row] = end;

        const QString typeLabel = labelOf(c.type);
        const QString name = c.name.isEmpty() ? typeLabel : c.name;
        auto add = [&](QString label, QDate s, QDate e, Kind kind, Role role, QString details) {
            TimelineItem it = item("treatment_course", c.id, std::move(label), s, e, kind, role);
            it.courseType = c.type;
            it.row = row;
            it.details = std::move(details);
            lane.items.append(it);
        };
        add(name, c.startDate, end, Kind::Span, Role::Course,
            trLang("%1: %2\n%3 – %4\nStatus: %5; intent: %6; best response: %7\n%8")
                    .arg(typeLabel, name, iso(c.startDate), c.endDate.isValid() ? iso(c.endDate) : trLang("ongoing"),
                         labelOf(c.status), labelOf(c.intent), labelOf(c.bestResponse),
                         c.atThisCentre ? trLang("At this centre") : trLang("Elsewhere / abroad")));

        if (c.type == TreatmentType::Chemotherapy) {
            QList<ChemoCycle> cycles = c.chemo.cycles;
            cycles.removeIf([](const ChemoCycle &cy) { return !cy.startDate.isValid(); });
            std::sort(cycles.begin(), cycles.end(),
                      [](const ChemoCycle &a, const ChemoCycle &b) { return a.startDate < b.startDate; });
            for (qsizetype i = 0; i < cycles.size(); ++i) {
                QDate e = c.chemo.cycleLengthDays ? cycles[i].startDate.addDays(*c.chemo.cycleLengthDays - 1) : end;
                if (i + 1 < cycles.size())
                    e = std::min(e, cycles[i + 1].startDate.addDays(-1));
                add(trLang("Cycle %1").arg(cycles[i].number), cycles[i].startDate, e, Kind::Segment, Role::ChemoCycle,
                    trLang("%1, cycle %2\n%3 – %4")
                            .arg(name)
                            .arg(cycles[i].number)
                            .arg(iso(cycles[i].startDate), iso(e)));
            }
        } else if (c.type == TreatmentType::CarT) {
            const CarTDetails &t = c.cart;
            if (t.apheresisDate.isValid())
                add(trLang("Apheresis"), t.apheresisDate, {}, Kind::Marker, Role::Apheresis,
                    trLang("Apheresis on %1").arg(iso(t.apheresisDate)));
            if (t.lymphodepletionStart.isValid())
                add(trLang("Lymphodepletion"), t.lymphodepletionStart, t.lymphodepletionEnd, Kind::Segment,
                    Role::Lymphodepletion,
                    trLang("Lymphodepletion %1 – %2\n%3")
                            .arg(iso(t.lymphodepletionStart), iso(t.lymphodepletionEnd), t.lymphodepletionRegimen));
            if (t.infusionDate.isValid())
                add(trLang("CAR-T infusion (Day 0)"), t.infusionDate, {}, Kind::Marker, Role::DayZero,
                    trLang("CAR-T infusion on %1 (Day 0)\n%2 %3\nCell dose: %4")
                            .arg(iso(t.infusionDate), t.target, t.product, t.cellDose));
        } else if (c.type == TreatmentType::StemCellTransplant) {
            const TransplantDetails &h = c.hsct;
            const QDate day0 = h.infusionDate;
            auto rel = [&](QDate d) {
                const auto n = clinical::dayRelative(day0, d);
                return n ? clinical::dayLabel(*n) : QString();
            };
            if (h.conditioningStart.isValid())
                add(trLang("Conditioning"), h.conditioningStart,
                    day0.isValid() ? day0.addDays(-1) : h.conditioningStart, Kind::Segment, Role::Conditioning,
                    trLang("Conditioning from %1\n%2 (%3)")
                            .arg(iso(h.conditioningStart), h.conditioningRegimen, labelOf(h.conditioningIntensity)));
            if (day0.isValid())
                add(trLang("Transplant (Day 0)"), day0, {}, Kind::Marker, Role::DayZero,
                    trLang("Stem-cell infusion on %1 (Day 0)\n%2, %3, HLA %4")
                            .arg(iso(day0), labelOf(h.kind), labelOf(h.donorRelation), h.hlaMatch));
            if (h.neutrophilEngraftment.isValid())
                add(trLang("ANC engrafted"), h.neutrophilEngraftment, {}, Kind::Marker, Role::NeutrophilEngraftment,
                    trLang("Neutrophil engraftment on %1 (%2): ANC ≥ %3 × 10⁹/L")
                            .arg(iso(h.neutrophilEngraftment), rel(h.neutrophilEngraftment))
                            .arg(clinical::kNeutrophilThreshold));
            if (h.plateletEngraftment.isValid())
                add(trLang("PLT engrafted"), h.plateletEngraftment, {}, Kind::Marker, Role::PlateletEngraftment,
                    trLang("Platelet engraftment on %1 (%2): platelets ≥ %3 × 10⁹/L")
                            .arg(iso(h.plateletEngraftment), rel(h.plateletEngraftment))
                            .arg(clinical::kPlateletThreshold));
            if (h.protectedUnitDischarge.isValid())
                add(trLang("Unit discharge"), h.protectedUnitDischarge, {}, Kind::Marker, Role::UnitDischarge,
                    trLang("Discharged from the protected unit on %1 (%2)")
                            .arg(iso(h.protectedUnitDischarge), rel(h.protectedUnitDischarge)));
        }
        if (c.dayZero().isValid())
            m_dayZeros.append(
                    { c.id, c.type, c.dayZero(), trLang("%1: %2 (%3)").arg(typeLabel, name, iso(c.dayZero())) });
    }
    lane.rows = int(rowEnds.size());
    if (lane.rows == 0)
        return;
    sortItems(lane.items);
    m_lanes.append(lane);
}

void TimelineModel::addAssessments(const PatientRecord &r)
{
    TimelineLane lane{ TimelineLane::Id::Assessments, trLang("Assessments"), 1, {} };
    for (const Assessment &a : r.assessments) {
        if (!a.assessedOn.isValid())
            continue;
        TimelineItem it = item("assessment", a.id, labelOf(a.result), a.assessedOn, {}, Kind::Marker, Role::Assessment);
        it.response = a.result;
        QString details =
                trLang("Assessment on %1: %2\nMethod: %3").arg(iso(a.assessedOn), labelOf(a.result), labelOf(a.method));
        if (a.blastPercent)
            details += QLatin1Char('\n') + trLang("Blasts: %1%").arg(*a.blastPercent);
        if (!a.notes.isEmpty())
            details += QLatin1Char('\n') + a.notes;
        it.details = details;
        lane.items.append(it);
    }
    if (lane.items.isEmpty())
        return;
    sortItems(lane.items);
    m_lanes.append(lane);
}

void TimelineModel::addVisits(const PatientRecord &r)
{
    TimelineLane lane{ TimelineLane::Id::Visits, trLang("Visits and tele-consultations"), 1, {} };
    for (const Visit &v : r.visits) {
        if (!v.startsAt.isValid())
            continue;
        const bool tele = v.type == VisitType::TeleConsultation;
        const QDate day = visitDate(v);
        TimelineItem it = item("visit", v.id, labelOf(v.type), day, {}, Kind::Marker,
                               tele ? Role::TeleConsultation : Role::Visit);
        QString details = trLang("%1 on %2 (%3 min)").arg(labelOf(v.type), iso(day)).arg(v.durationMinutes);
        for (const QString &text : { v.question, v.summary })
            if (!text.isEmpty())
                details += QLatin1Char('\n') + text.left(300);
        it.details = details;
        lane.items.append(it);
    }
    if (lane.items.isEmpty())
        return;
    sortItems(lane.items);
    m_lanes.append(lane);
}

void TimelineModel::addStay(const PatientRecord &r, QDate today)
{
    const Patient &p = r.patient;
    if (!p.arrivalDate.isValid())
        return;
    const QDate end = p.departureDate.isValid() ? p.departureDate : std::max(today, p.arrivalDate);
    TimelineItem it = item("patient", p.id, trLang("Stay at the centre"), p.arrivalDate, end, Kind::Span, Role::Stay);
    it.details = trLang("Arrived %1, departed %2")
                         .arg(iso(p.arrivalDate), p.departureDate.isValid() ? iso(p.departureDate) : trLang("not yet"));
    m_lanes.append({ TimelineLane::Id::Stay, trLang("Stay abroad"), 1, { it } });
}

} // namespace caravan::timeline
