// Documents that cross borders: the referral summary, the tele-consultation record
// and the medical visa invitation letter of one patient. Data enter as a
// PatientRecord and DocumentOptions (languages, centre, which tele-consultation,
// the stay the letter invites for); what leaves is a MadeDocument (the body as a
// QTextDocument, the header/footer texts, the JSON attachment and the PDF metadata)
// which documentpages.cpp paints page by page onto a PDF or a printer. Labels come
// from a Translation per language, independent of the interface's language; names
// are never translated and dates are ISO 8601 so they read the same everywhere.
#pragma once

#include "domain/result.h"
#include "report/pdfdocumentinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QSet>
#include <QTextDocument>
#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace caravan {

struct PatientRecord;

enum class DocumentKind { ReferralSummary, TeleConsultation, VisaInvitation };

struct DocumentOptions
{
    QStringList languages; // 1 or 2 of en, ur, kk, ru, zh_CN
    QString centreName, centreAddress; // the letterhead; the address may hold phone and e-mail lines
    QString centreLogo; // image file for the letterhead; empty: none
    QHash<qint64, QString> institutions; // id -> name, for referring/treating/partner institutions
    bool includePassport = false; // referral summary: passport and visa in the document and JSON
    QDate today; // "made on"; invalid = the current date
    qint64 visitId = 0; // tele-consultation record: which one; 0 = the latest
    // Visa invitation letter: what the letter invites for. Empty: taken from the record
    // (the planned course at this centre, else the main diagnosis; arrival and departure).
    QString intendedTreatment;
    QDate stayFrom, stayTo;
    QString signatory; // under the signature line; empty: the coordinator
};

struct MadeDocument
{
    using RowBreaks = QSet<std::pair<int, int>>; // (table, data row) that start a new page
    DocumentKind kind = DocumentKind::ReferralSummary;
    std::unique_ptr<QTextDocument> body;
    // Builds the body again with tables split before the given rows (paint() does this
    // where Qt's layout would cut a row across two pages).
    std::function<std::unique_ptr<QTextDocument>(const RowBreaks &)> rebuild;
    RowBreaks rowBreaks;
    QStringList languages;
    QString centre;
    QString recordNumber;
    QDate made;
    QString attachmentName; // "referral.json", ...
    QByteArray json;
    PdfDocumentInfo info;
};

class Documents
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
public:
    // "summary", "teleconsult", "invitation" (the CLI's words).
    static QString code(DocumentKind kind);
    static std::optional<DocumentKind> fromCode(const QString &code);
    // The document's title in one language ("Referral summary"); empty: the interface's.
    static QString title(DocumentKind kind, const QString &language);

    // 1-2 known languages, no duplicates. Returns the normalised codes.
    static Result<QStringList> checkLanguages(const QStringList &languages);
    // Checks what the document needs from the record (e.g. a tele-consultation to record)
    // and builds it. Needs a QGuiApplication (fonts).
    static Result<MadeDocument> make(DocumentKind kind, const PatientRecord &record, const DocumentOptions &options);

    // Paints the pages onto a PDF writer or a printer: header (centre, record number),
    // body, footer (made on, page X of Y, confidentiality line; bilingual: both languages).
    // Headings are kept with what follows them.
    static Status paint(MadeDocument &document, QPagedPaintDevice &device);
    // make() + paint() onto a QPdfWriter, with metadata and the JSON attachment. Nothing
    // is left at path on failure.
    static Status writePdf(DocumentKind kind, const PatientRecord &record, const DocumentOptions &options,
                           const QString &path);
};

} // namespace caravan
