// TimelineModel: the patient timeline as data, with no painting. Built in one go
// from a PatientRecord (TimelineModel::build); owns copies of the labels and
// details it derives, never the record. Lanes hold rows, rows hold items (spans
// and markers); each item names the record it came from (table, id) so a view can
// select or open it. Labels are translated when build() runs: rebuild after a
// language change. The painter (core/painting) and the tests read it; nothing
// writes it after build().
#pragma once

#include "domain/translation.h"
#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace caravan {
struct PatientRecord;
}

namespace caravan::timeline {

struct TimelineItem
{
    enum class Kind { Span, Segment, Marker }; // Segment: drawn inside its course's bar
    enum class Role {
        ActiveDisease,
        Remission,
        Relapse, // disease status spans
        Diagnosis,
        RelapseMarker, // diagnosis lane markers
        Course,
        ChemoCycle,
        Lymphodepletion,
        Conditioning,
        Apheresis,
        DayZero,
        NeutrophilEngraftment,
        PlateletEngraftment,
        UnitDischarge,
        Assessment,
        Visit,
        TeleConsultation,
        Stay,
    };
    QString table; // "diagnosis", "treatment_course", "assessment", "visit", "patient"
    qint64 id = 0;
    QString label; // translated, short
    QDate start;
    QDate end; // inclusive; == start for markers
    Kind kind = Kind::Marker;
    Role role = Role::Visit;
    TreatmentType courseType = TreatmentType::Other; // Course/Segment colouring
    Response response = Response::NotAssessed; // Assessment colouring
    QString details; // translated, several lines, for tooltips
    int row = 0; // row inside the lane
};

struct TimelineLane
{
    enum class Id { Disease, Treatments, Assessments, Visits, Stay };
    Id id = Id::Disease;
    QString title; // translated
    int rows = 1;
    QList<TimelineItem> items; // spans first, then segments, then markers
};

// A day 0 the time axis can be made relative to (CAR-T or transplant infusion).
struct DayZeroChoice
{
    qint64 courseId = 0;
    TreatmentType type = TreatmentType::CarT;
    QDate date;
    QString label; // translated: "CAR-T: CD19 CAR-T (2025-03-22)"
};

class TimelineModel
{
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)
public:
    // today closes open-ended spans (ongoing courses, a stay without departure).
    // language: the labels' language (a document's); default: the interface's.
    static TimelineModel build(const PatientRecord &record, QDate today = QDate::currentDate(),
                               const Translation &language = Translation());

    const QList<TimelineLane> &lanes() const { return m_lanes; }
    const TimelineLane *lane(TimelineLane::Id id) const;
    QList<DayZeroChoice> dayZeros() const { return m_dayZeros; }
    QDate firstDate() const { return m_first; } // invalid when empty
    QDate lastDate() const { return m_last; }
    int itemCount() const;
    bool isEmpty() const { return itemCount() == 0; }

private:
    // tr() in the model's language (lupdate reads trLang as tr: -tr-function-alias).
    QString trLang(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        Q_UNUSED(disambiguation);
        return m_language.t("TimelineModel", source, n);
    }
    template<class E>
    QString labelOf(E value) const
    {
        return m_language.label(value);
    }

    void addDisease(const PatientRecord &r);
    void addTreatments(const PatientRecord &r, QDate today);
    void addAssessments(const PatientRecord &r);
    void addVisits(const PatientRecord &r);
    void addStay(const PatientRecord &r, QDate today);
    void updateBounds();

    QList<TimelineLane> m_lanes;
    QList<DayZeroChoice> m_dayZeros;
    QDate m_first, m_last;
    Translation m_language;
};

} // namespace caravan::timeline
