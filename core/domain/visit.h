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

struct Participant {
    QString name;
    QString role;          // oncologist, coordinator, parent, ...
    QString institution;   // as written
    ParticipantSide side = ParticipantSide::Local;
    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("name", s.name); v("role", s.role); v("institution", s.institution); v("side", s.side);
    }
    bool operator==(const Participant &) const = default;
};

struct Visit : PatientPart {
    static constexpr const char *table = "visit";

    VisitType type = VisitType::Outpatient;
    QDateTime startsAt;            // UTC
    int durationMinutes = 0;
    QString localTimeZone;         // IANA zone of this centre's side, e.g. Asia/Shanghai
    QString remoteTimeZone;        // IANA zone of the partner side (tele-consultations)
    std::optional<qint64> institutionId;   // partner institution
    QList<Participant> participants;
    QString interpreter;
    QString interpreterLanguage;   // BCP 47
    QString question;
    QString findings;
    QString summary;
    QString recommendations;

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("patient_id", s.patientId); v("type", s.type); v("starts_at", s.startsAt);
        v("duration_minutes", s.durationMinutes);
        v("local_time_zone", s.localTimeZone); v("remote_time_zone", s.remoteTimeZone);
        v("institution_id", s.institutionId); v("participants", s.participants);
        v("interpreter", s.interpreter); v("interpreter_language", s.interpreterLanguage);
        v("question", s.question); v("findings", s.findings); v("summary", s.summary);
        v("recommendations", s.recommendations);
    }
};

} // namespace caravan
