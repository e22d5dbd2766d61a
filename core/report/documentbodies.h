// The bodies of the three documents, written with a DocumentBuilder (internal to
// core/report; Documents::make() is the way in). Each also says what its JSON
// attachment holds beyond the document name and languages.
#pragma once

#include "report/document.h"
#include "report/documentbuilder.h"
#include "domain/patientrecord.h"

#include <QJsonObject>

namespace caravan::report {

// "Pakistan (PK)" in the document's language; empty for no code.
QString countryWithCode(const QString &code, const Translation &language);
// The Patient section's first rows, shared by every document: both name forms,
// [record number], birth date, [sex], nationality. Labels in the shared context.
enum IdentityField { WithRecordNumber = 0x1, WithSex = 0x2 };
using IdentityFields = int;
QList<std::pair<const char *, QString>> identityRows(const Patient &p, const DocumentBuilder &b, IdentityFields with);

void buildReferralSummary(QTextDocument &doc, const PatientRecord &record, const DocumentOptions &options,
                          const RowBreaks &breaks);
QJsonObject referralSummaryJson(const PatientRecord &record, const DocumentOptions &options);

// The tele-consultation the record is about: options.visitId, else the latest one held
// (the next planned one when none has been held yet).
Result<Visit> teleConsultationFor(const PatientRecord &record, qint64 visitId);
void buildTeleConsultation(QTextDocument &doc, const PatientRecord &record, const Visit &visit,
                           const DocumentOptions &options, const RowBreaks &breaks);
QJsonObject teleConsultationJson(const PatientRecord &record, const Visit &visit);

// What a visa invitation letter invites for, with the record's defaults filled in.
struct InvitationStay
{
    QString treatment;
    QDate from, to;
    int days() const { return from.isValid() && to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
};
Result<InvitationStay> invitationStay(const PatientRecord &record, const DocumentOptions &options);
void buildVisaInvitation(QTextDocument &doc, const PatientRecord &record, const InvitationStay &stay,
                         const DocumentOptions &options, const RowBreaks &breaks);
QJsonObject visaInvitationJson(const PatientRecord &record, const InvitationStay &stay);

} // namespace caravan::report
