// Visit: an encounter with the patient or about the patient: outpatient visits,
// admissions, discharges, multidisciplinary meetings, cross-border
// tele-consultations (with both sides' participants, interpreter and time zones)
// and follow-ups.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace caravan {

struct Participant
{
    QString name;
    QString role; // oncologist, coordinator, parent, ...
    QString institution; // as written
    ParticipantSide side = ParticipantSide::Local;
    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "name", QT_TRANSLATE_NOOP("Field", "Name") }, s.name);
        v({ "role", QT_TRANSLATE_NOOP("Field", "Role") }, s.role);
        v({ "institution", QT_TRANSLATE_NOOP("Field", "Institution") }, s.institution);
        v({ "side", QT_TRANSLATE_NOOP("Field", "Side") }, s.side);
    }
    bool operator==(const Participant &) const = default;
};

struct Visit : PatientPart
{
    static constexpr const char *table = "visit";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "visit");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Visits");
    static constexpr RecordPart part = Visits;
    static constexpr const char *orderColumn = "starts_at";
    // The columns of the table that lists records of this kind.
    static constexpr const char *tableColumns[] = { "starts_at", "type", "institution_id", "interpreter", "summary" };

    VisitType type = VisitType::Outpatient;
    QDateTime startsAt; // UTC
    int durationMinutes = 0;
    QString localTimeZone; // IANA zone of this centre's side, e.g. Asia/Shanghai
    QString remoteTimeZone; // IANA zone of the partner side (tele-consultations)
    std::optional<qint64> institutionId; // partner institution
    QList<Participant> participants;
    QString interpreter;
    QString interpreterLanguage; // BCP 47
    QString question;
    QString findings;
    QString summary;
    QString recommendations;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "patient_id", QT_TRANSLATE_NOOP("Field", "Patient"), FieldStyle::Plain, "patient" }, s.patientId);
        v({ "type", QT_TRANSLATE_NOOP("Field", "Type") }, s.type);
        v({ "starts_at", QT_TRANSLATE_NOOP("Field", "Date and time") }, s.startsAt);
        v({ "duration_minutes", QT_TRANSLATE_NOOP("Field", "Duration (minutes)") }, s.durationMinutes);
        v({ "local_time_zone", QT_TRANSLATE_NOOP("Field", "Our time zone") }, s.localTimeZone);
        v({ "remote_time_zone", QT_TRANSLATE_NOOP("Field", "Partner's time zone") }, s.remoteTimeZone);
        v({ "institution_id", QT_TRANSLATE_NOOP("Field", "Institution"), FieldStyle::Plain, "institution" },
          s.institutionId);
        v({ "participants", QT_TRANSLATE_NOOP("Field", "Participants") }, s.participants);
        v({ "interpreter", QT_TRANSLATE_NOOP("Field", "Interpreter") }, s.interpreter);
        v({ "interpreter_language", QT_TRANSLATE_NOOP("Field", "Interpreter's language") }, s.interpreterLanguage);
        v({ "question", QT_TRANSLATE_NOOP("Field", "Question"), FieldStyle::LongText }, s.question);
        v({ "findings", QT_TRANSLATE_NOOP("Field", "Findings reviewed"), FieldStyle::LongText }, s.findings);
        v({ "summary", QT_TRANSLATE_NOOP("Field", "Summary"), FieldStyle::LongText }, s.summary);
        v({ "recommendations", QT_TRANSLATE_NOOP("Field", "Recommendations"), FieldStyle::LongText },
          s.recommendations);
    }
};

} // namespace caravan
