// ReferralSummary: the patient's story for the next doctor, as a QTextDocument in one
// language or two (bilingual: every heading and label in the first language, then
// the second in smaller grey text), and as a PDF with a header and footer on every
// page and the whole record as a machine-readable JSON attachment (referral.json).
// Names are never translated; dates are ISO 8601 so that they read the same in
// every language. Urdu blocks run right to left in Noto Nastaliq Urdu (Regular).
#pragma once

#include "domain/result.h"
#include "storage/store.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTextDocument>
#include <memory>

namespace caravan {

struct ReferralOptions {
    QStringList languages;               // 1 or 2 of en, ur, kk, ru, zh_CN
    QString centreName, centreAddress;
    QHash<qint64, QString> institutions; // id -> name, for referring/treating institutions
    bool includePassport = false;        // passport and visa in the document and the JSON
    QDate today;                         // "made on"; invalid = the current date
};

class ReferralSummary {
    Q_DECLARE_TR_FUNCTIONS(ReferralSummary)
public:
    // Checks the options: 1-2 known languages, no duplicates. Returns the normalised codes.
    static Result<QStringList> checkLanguages(const QStringList &languages);
    // The body of the document (no header/footer: those are drawn per page by the PDF writer).
    static std::unique_ptr<QTextDocument> build(const PatientRecord &record, const ReferralOptions &options);
    // The JSON attachment: patientRecordToJson + "document" and "languages".
    static QByteArray json(const PatientRecord &record, const ReferralOptions &options);
};

Status writeReferralSummaryPdf(const PatientRecord &record, const ReferralOptions &options,
                               const QString &path);

} // namespace caravan
