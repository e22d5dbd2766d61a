// The medical visa invitation letter: the centre invites the patient (and the
// companions who travel with them) for treatment, for the consular officer who
// issues the visa. Letterhead, title, addressee and date, the invitation, the
// patient and companions with passport details, the intended treatment with the
// dates and estimated duration of the stay, who pays, the centre's contact, and a
// place for signature and stamp. Passport details are the point of this letter,
// so they are always printed; a letter without the patient's passport number or
// the dates of the stay is refused with a message saying what to enter.
#include "documentbodies.h"

#include "documentbuilder.h"
#include "interop/recordjson.h"

#include <QRegularExpression>

namespace caravan::report {

namespace {

constexpr const char *C = "VisaInvitationLetter";
[[maybe_unused]] const char *const kStrings[] = {
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "To the visa section of the embassy or consulate"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Date: %1"),
    QT_TRANSLATE_NOOP(
            "VisaInvitationLetter",
            "Our centre invites the patient named below, and the companions listed, to travel for medical treatment as "
            "described in this letter. We ask you to issue them medical visas for the dates of the stay."),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Passport number"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Issued by"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Valid until"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Companions"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Relation"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "No companion travels with the patient."),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Treatment and stay"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Intended treatment"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Dates of the stay"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Estimated duration"),
    QT_TRANSLATE_N_NOOP("VisaInvitationLetter", "%n day(s)"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Costs covered by"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Contact at the centre"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Centre"),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "Signature and stamp"),
    QT_TRANSLATE_NOOP(
            "VisaInvitationLetter",
            "A visa invitation letter needs the patient's passport number: enter it with Edit patient first."),
    QT_TRANSLATE_NOOP("VisaInvitationLetter",
                      "A visa invitation letter needs the dates of the stay: give them, or record the patient's "
                      "arrival and departure dates."),
    QT_TRANSLATE_NOOP("VisaInvitationLetter", "The stay cannot end (%1) before it begins (%2)."),
    QT_TRANSLATE_NOOP("VisaInvitationLetter",
                      "A visa invitation letter needs the intended treatment: give it, or record a planned treatment "
                      "or a diagnosis."),
};

} // namespace

Result<InvitationStay> invitationStay(const PatientRecord &record, const DocumentOptions &o)
{
    const Translation ui; // messages are for the person making the letter
    const Patient &p = record.patient;
    if (p.passportNumber.trimmed().isEmpty())
        return Error{ ui.t(
                C, "A visa invitation letter needs the patient's passport number: enter it with Edit patient first.") };
    InvitationStay stay;
    stay.from = o.stayFrom.isValid() ? o.stayFrom : p.arrivalDate;
    stay.to = o.stayTo.isValid() ? o.stayTo : p.departureDate;
    if (!stay.from.isValid() || !stay.to.isValid())
        return Error{ ui.t(C,
                           "A visa invitation letter needs the dates of the stay: give them, or record the "
                           "patient's arrival and departure dates.") };
    if (stay.to < stay.from)
        return Error{
            ui.t(C, "The stay cannot end (%1) before it begins (%2).").arg(isoDate(stay.to), isoDate(stay.from))
        };
    stay.treatment = o.intendedTreatment.trimmed();
    if (stay.treatment.isEmpty()) {
        QStringList planned;
        for (const TreatmentCourse &c : record.courses)
            if (c.atThisCentre && (c.status == CourseStatus::Planned || c.status == CourseStatus::Ongoing))
                planned << c.name;
        stay.treatment = planned.join(QStringLiteral("; "));
    }
    if (stay.treatment.isEmpty() && !record.diagnoses.isEmpty())
        stay.treatment = record.diagnoses.first().icd10Text;
    if (stay.treatment.isEmpty())
        return Error{ ui.t(C,
                           "A visa invitation letter needs the intended treatment: give it, or record a planned "
                           "treatment or a diagnosis.") };
    return stay;
}

void buildVisaInvitation(QTextDocument &doc, const PatientRecord &record, const InvitationStay &stay,
                         const DocumentOptions &o, const RowBreaks &breaks)
{
    DocumentBuilder b(doc, o.languages, C);
    b.setRowBreaks(breaks);
    const Patient &p = record.patient;
    const QString nl(QLatin1Char('\n'));
    const auto inAll = [&b](const char *src) {
        QStringList parts;
        for (int i = 0; i < (b.bilingual() ? 2 : 1); ++i)
            parts << b.language(i).t(C, src);
        parts.removeDuplicates();
        return parts;
    };
    b.letterhead(o.centreName, o.centreAddress, o.centreLogo);
    b.heading(QT_TRANSLATE_NOOP("Documents", "Medical visa invitation letter"), 17);

    // Addressee, date and the invitation itself: running text, each language in turn.
    const QStringList to =
            inAll(QT_TRANSLATE_NOOP("VisaInvitationLetter", "To the visa section of the embassy or consulate"));
    for (int i = 0; i < to.size(); ++i)
        b.para(to[i], i ? 8.5 : 10, i == 0, i > 0, i ? 0 : 8, false, i > 0);
    b.para(b.t("Date: %1").arg(isoDate(o.today)), 10, false, false, 4);
    const QStringList invite = inAll(QT_TRANSLATE_NOOP(
            "VisaInvitationLetter",
            "Our centre invites the patient named below, and the companions listed, to travel for medical treatment as "
            "described in this letter. We ask you to issue them medical visas for the dates of the stay."));
    for (int i = 0; i < invite.size(); ++i)
        b.para(invite[i], i ? 8.5 : 10, false, i > 0, i ? 2 : 8, false, i > 0);

    b.heading(QT_TRANSLATE_NOOP("Documents", "Patient"));
    QList<std::pair<const char *, QString>> patient = identityRows(p, b, WithSex);
    patient.append(
            { { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Passport number"), p.passportNumber },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Issued by"), countryWithCode(p.passportCountry, b.first()) },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Valid until"), isoDate(p.passportExpiry) } });
    b.pairs(patient);

    b.heading(QT_TRANSLATE_NOOP("VisaInvitationLetter", "Companions"));
    QList<QStringList> companions;
    for (const Companion &c : p.companions)
        if (c.accompanying)
            companions.append(
                    { c.nameLatin.isEmpty() ? c.name : c.nameLatin + (c.name.isEmpty() ? QString() : nl + c.name),
                      c.relation, isoDate(c.birthDate),
                      QStringList{ c.passportNumber, c.passportCountry }
                              .filter(QRegularExpression(QStringLiteral(".")))
                              .join(QStringLiteral(", ")),
                      isoDate(c.passportExpiry) });
    if (companions.isEmpty())
        b.para(b.t("No companion travels with the patient."), 9.5, false, true);
    else
        b.grid({ QT_TRANSLATE_NOOP("Documents", "Name (passport)"),
                 QT_TRANSLATE_NOOP("VisaInvitationLetter", "Relation"), QT_TRANSLATE_NOOP("Documents", "Birth date"),
                 QT_TRANSLATE_NOOP("VisaInvitationLetter", "Passport number"),
                 QT_TRANSLATE_NOOP("VisaInvitationLetter", "Valid until") },
               companions, { 32, 16, 16, 20, 16 });

    b.heading(QT_TRANSLATE_NOOP("VisaInvitationLetter", "Treatment and stay"));
    QString diagnosis;
    if (!record.diagnoses.isEmpty()) {
        const Diagnosis &d = record.diagnoses.first();
        diagnosis = QStringList{ d.icd10Code, d.icd10Text }
                            .filter(QRegularExpression(QStringLiteral(".")))
                            .join(QLatin1Char(' '));
    }
    const QString sponsor = b.inEach([&p](const Translation &tr) {
        QStringList parts;
        if (p.sponsorType != SponsorType::Unknown)
            parts << tr.label(p.sponsorType);
        if (!p.sponsorName.isEmpty())
            parts << p.sponsorName;
        return parts.join(QStringLiteral(": "));
    });
    b.pairs({ { QT_TRANSLATE_NOOP("Documents", "Diagnosis"), diagnosis },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Intended treatment"), stay.treatment },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Dates of the stay"),
                QStringLiteral("%1 – %2").arg(isoDate(stay.from), isoDate(stay.to)) },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Estimated duration"),
                b.first().t(C, "%n day(s)", stay.days()) },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Costs covered by"), sponsor } });

    b.heading(QT_TRANSLATE_NOOP("VisaInvitationLetter", "Contact at the centre"));
    QString centre = o.centreName;
    if (!o.centreAddress.trimmed().isEmpty())
        centre += nl + o.centreAddress.trimmed();
    b.pairs({ { QT_TRANSLATE_NOOP("Documents", "Coordinator"), p.coordinator },
              { QT_TRANSLATE_NOOP("VisaInvitationLetter", "Centre"), centre.trimmed() } });

    // A place for signature and stamp: room, a line, the signatory beneath.
    b.heading(QT_TRANSLATE_NOOP("VisaInvitationLetter", "Signature and stamp"));
    // Heading, room, line and name stay on one page.
    b.spacer(40);
    b.keepWithNext();
    b.para(QString(44, QChar(0x2581)), 9, false, true); // ▁▁▁ the signature line
    b.keepWithNext();
    const QString signatory = o.signatory.trimmed().isEmpty() ? p.coordinator : o.signatory.trimmed();
    for (const QString &line : signatory.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        b.para(line.trimmed(), 10);
}

QJsonObject visaInvitationJson(const PatientRecord &record, const InvitationStay &stay)
{
    QJsonObject patient = toJsonWithMeta(record.patient);
    QJsonArray companions;
    for (const QJsonValue c : patient.value(QStringLiteral("companions")).toArray())
        if (c.toObject().value(QStringLiteral("accompanying")).toBool())
            companions.append(c);
    patient.insert(QStringLiteral("companions"), companions);
    for (const char *key : { "notes", "email", "messenger" })
        patient.remove(QLatin1String(key));
    QJsonObject invitation;
    invitation.insert(QStringLiteral("intended_treatment"), stay.treatment);
    invitation.insert(QStringLiteral("stay_from"), isoDate(stay.from));
    invitation.insert(QStringLiteral("stay_to"), isoDate(stay.to));
    invitation.insert(QStringLiteral("estimated_days"), stay.days());
    QJsonObject root;
    root.insert(QStringLiteral("patient"), patient);
    if (!record.diagnoses.isEmpty())
        root.insert(QStringLiteral("diagnosis"), toJsonWithMeta(record.diagnoses.first()));
    root.insert(QStringLiteral("invitation"), invitation);
    return root;
}

} // namespace caravan::report
