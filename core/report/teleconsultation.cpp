// The tele-consultation record: one cross-border consultation about the patient,
// for both sides' files. Letterhead, title, patient, the consultation (date and
// time in this centre's and the partner's time zones, duration, partner
// institution, interpreter and language), participants on both sides, then the
// question, the findings reviewed, the opinion and the recommendations.
#include "documentbodies.h"

#include "documentbuilder.h"
#include "domain/places.h"
#include "interop/recordjson.h"

#include <QTimeZone>
#include <algorithm>

namespace caravan::report {

namespace {

constexpr const char *C = "TeleConsultationRecord";
[[maybe_unused]] const char *const kStrings[] = {
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Consultation"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Time at this centre"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Time at the partner"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Duration"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Partner institution"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Interpreter"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Participants"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Name"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Role"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Institution"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Side"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Question"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Findings reviewed"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Opinion"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "Recommendations"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "%1 min"),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "This patient has no tele-consultation recorded."),
    QT_TRANSLATE_NOOP("TeleConsultationRecord", "This patient has no tele-consultation with the number %1."),
};

// "2025-03-04 10:00 (Asia/Shanghai, UTC+08:00)", or in UTC when the zone is not known.
QString zoned(const QDateTime &utc, const QString &zoneId)
{
    if (!utc.isValid())
        return {};
    const QTimeZone zone(zoneId.toUtf8());
    if (zoneId.isEmpty() || !zone.isValid())
        return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" (UTC)");
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = zone.offsetFromUtc(utc);
    const QString sign = offset < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    return QStringLiteral("%1 (%2, UTC%3%4:%5)")
            .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zoneId, sign)
            .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
            .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<Visit> teleConsultationFor(const PatientRecord &record, qint64 visitId)
{
    // By default the latest consultation that has taken place; if none has, the next planned one.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Visit *found = nullptr;
    const auto better = [&now](const Visit &v, const Visit *than) {
        if (!than)
            return true;
        const bool held = v.startsAt <= now, thanHeld = than->startsAt <= now;
        if (held != thanHeld)
            return held;
        return held ? v.startsAt > than->startsAt : v.startsAt < than->startsAt;
    };
    for (const Visit &v : record.visits) {
        if (v.type != VisitType::TeleConsultation)
            continue;
        if (visitId ? v.id == visitId : better(v, found))
            found = &v;
    }
    if (!found)
        return Error{
            visitId ? Translation().t(C, "This patient has no tele-consultation with the number %1.").arg(visitId)
                    : Translation().t(C, "This patient has no tele-consultation recorded.")
        };
    return *found;
}

void buildTeleConsultation(QTextDocument &doc, const PatientRecord &record, const Visit &v, const DocumentOptions &o,
                           const RowBreaks &breaks)
{
    DocumentBuilder b(doc, o.languages, C);
    b.setRowBreaks(breaks);
    const Patient &p = record.patient;
    const QString nl(QLatin1Char('\n'));
    b.letterhead(o.centreName, o.centreAddress, o.centreLogo);
    b.heading(QT_TRANSLATE_NOOP("Documents", "Tele-consultation record"), 17);

    b.heading(QT_TRANSLATE_NOOP("Documents", "Patient"));
    b.pairs(identityRows(p, b, WithRecordNumber));

    b.heading(QT_TRANSLATE_NOOP("TeleConsultationRecord", "Consultation"));
    QString interpreter = v.interpreter;
    if (!v.interpreterLanguage.isEmpty())
        interpreter += QStringLiteral(" (%1)").arg(languageName(v.interpreterLanguage, b.first()));
    const QString partner = v.institutionId ? o.institutions.value(*v.institutionId) : QString();
    b.pairs({ { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Time at this centre"),
                zoned(v.startsAt, v.localTimeZone) },
              { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Time at the partner"),
                zoned(v.startsAt, v.remoteTimeZone) },
              { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Duration"),
                v.durationMinutes > 0 ? b.t("%1 min").arg(v.durationMinutes) : QString() },
              { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Partner institution"), partner },
              { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Interpreter"), interpreter.trimmed() } });

    b.heading(QT_TRANSLATE_NOOP("TeleConsultationRecord", "Participants"));
    if (v.participants.isEmpty())
        b.none();
    else {
        // This centre's side first, then the partner's, in the order entered.
        QList<Participant> people = v.participants;
        std::stable_sort(people.begin(), people.end(),
                         [](const Participant &a, const Participant &c) { return int(a.side) < int(c.side); });
        QList<QStringList> rows;
        for (const Participant &x : people)
            rows.append({ x.name, x.role, x.institution, b.vocab(x.side, nl) });
        b.grid({ QT_TRANSLATE_NOOP("TeleConsultationRecord", "Name"),
                 QT_TRANSLATE_NOOP("TeleConsultationRecord", "Role"),
                 QT_TRANSLATE_NOOP("TeleConsultationRecord", "Institution"),
                 QT_TRANSLATE_NOOP("TeleConsultationRecord", "Side") },
               rows, { 28, 22, 32, 18 });
    }

    const QList<std::pair<const char *, QString>> texts{
        { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Question"), v.question },
        { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Findings reviewed"), v.findings },
        { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Opinion"), v.summary },
        { QT_TRANSLATE_NOOP("TeleConsultationRecord", "Recommendations"), v.recommendations }
    };
    for (const auto &[heading, body] : texts) {
        b.heading(heading);
        if (body.trimmed().isEmpty())
            b.none();
        else
            for (const QString &line : body.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                b.text(line.trimmed());
    }
}

QJsonObject teleConsultationJson(const PatientRecord &record, const Visit &visit)
{
    QJsonObject patient = toJsonWithMeta(record.patient);
    for (const char *key : { "passport_number", "passport_country", "passport_expiry", "visa_type", "visa_number",
                             "visa_expiry", "companions", "phone", "email", "messenger", "notes" })
        patient.remove(QLatin1String(key));
    QJsonObject root;
    root.insert(QStringLiteral("patient"), patient);
    root.insert(QStringLiteral("teleconsultation"), toJsonWithMeta(visit));
    return root;
}

} // namespace caravan::report
