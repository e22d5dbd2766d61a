// Documents: names, language checks and make() (see document.h). The bodies are in
// referralsummary.cpp, teleconsultation.cpp and visainvitation.cpp; painting in
// documentpages.cpp.
#include "document.h"

#include "documentbodies.h"
#include "domain/translation.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

namespace caravan {

namespace {
[[maybe_unused]] const char *const kTitles[] = {
    QT_TRANSLATE_NOOP("Documents", "Referral summary"),
    QT_TRANSLATE_NOOP("Documents", "Tele-consultation record"),
    QT_TRANSLATE_NOOP("Documents", "Medical visa invitation letter"),
};
const char *titleSource(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ReferralSummary:
        return kTitles[0];
    case DocumentKind::TeleConsultation:
        return kTitles[1];
    case DocumentKind::VisaInvitation:
        return kTitles[2];
    }
    return kTitles[0];
}
} // namespace

QString Documents::code(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::ReferralSummary:
        return QStringLiteral("summary");
    case DocumentKind::TeleConsultation:
        return QStringLiteral("teleconsult");
    case DocumentKind::VisaInvitation:
        return QStringLiteral("invitation");
    }
    return {};
}

std::optional<DocumentKind> Documents::fromCode(const QString &code)
{
    for (DocumentKind k :
         { DocumentKind::ReferralSummary, DocumentKind::TeleConsultation, DocumentKind::VisaInvitation })
        if (Documents::code(k) == code.trimmed().toLower())
            return k;
    return std::nullopt;
}

QString Documents::title(DocumentKind kind, const QString &language)
{
    return (language.isEmpty() ? Translation() : Translation(language)).t("Documents", titleSource(kind));
}

Result<QStringList> Documents::checkLanguages(const QStringList &languages)
{
    if (languages.isEmpty() || languages.size() > 2)
        return Error{ tr("A document is made in one language or two, not %1.").arg(languages.size()) };
    QStringList codes;
    for (const QString &l : languages) {
        const QString code = Translation::normalise(l);
        if (!Translation::supportedLanguages().contains(code))
            return Error{ tr("Unknown document language \"%1\"; use one or two of %2.")
                                  .arg(l, Translation::supportedLanguages().join(QStringLiteral(", "))) };
        if (codes.contains(code))
            return Error{ tr("The language \"%1\" is given twice.").arg(l) };
        codes << code;
    }
    return codes;
}

Result<MadeDocument> Documents::make(DocumentKind kind, const PatientRecord &record, const DocumentOptions &options)
{
    const auto languages = checkLanguages(options.languages);
    if (!languages)
        return languages.error();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ tr("Making a document needs the fonts of a QGuiApplication; this program runs without one.") };
    if (!options.centreLogo.isEmpty() && QImage(options.centreLogo).isNull())
        return Error{ tr("The logo %1 cannot be read as an image; choose another file in Settings or leave it empty.")
                              .arg(QDir::toNativeSeparators(options.centreLogo)) };
    DocumentOptions o = options;
    o.languages = *languages;
    if (!o.today.isValid())
        o.today = QDate::currentDate();

    MadeDocument made;
    made.kind = kind;
    made.languages = o.languages;
    made.centre = o.centreName;
    made.recordNumber = record.patient.recordNumber;
    made.made = o.today;

    // The body is built by a function the page painter can call again with row breaks.
    QJsonObject json;
    std::function<void(QTextDocument &, const report::RowBreaks &)> body;
    switch (kind) {
    case DocumentKind::ReferralSummary:
        body = [record, o](QTextDocument &doc, const report::RowBreaks &breaks) {
            report::buildReferralSummary(doc, record, o, breaks);
        };
        json = report::referralSummaryJson(record, o);
        made.attachmentName = QStringLiteral("referral.json");
        break;
    case DocumentKind::TeleConsultation: {
        const Result<Visit> visit = report::teleConsultationFor(record, o.visitId);
        if (!visit)
            return visit.error();
        body = [record, o, v = *visit](QTextDocument &doc, const report::RowBreaks &breaks) {
            report::buildTeleConsultation(doc, record, v, o, breaks);
        };
        json = report::teleConsultationJson(record, *visit);
        made.attachmentName = QStringLiteral("teleconsultation.json");
        break;
    }
    case DocumentKind::VisaInvitation: {
        const Result<report::InvitationStay> stay = report::invitationStay(record, o);
        if (!stay)
            return stay.error();
        body = [record, o, s = *stay](QTextDocument &doc, const report::RowBreaks &breaks) {
            report::buildVisaInvitation(doc, record, s, o, breaks);
        };
        json = report::visaInvitationJson(record, *stay);
        made.attachmentName = QStringLiteral("invitation.json");
        break;
    }
    }
    made.rebuild = [body](const report::RowBreaks &breaks) {
        auto doc = std::make_unique<QTextDocument>();
        doc->setDocumentMargin(0);
        doc->setUndoRedoEnabled(false);
        body(*doc, breaks);
        return doc;
    };
    made.body = made.rebuild({});
    json.insert(QStringLiteral("document"),
                kind == DocumentKind::ReferralSummary            ? QStringLiteral("referral_summary")
                        : kind == DocumentKind::TeleConsultation ? QStringLiteral("teleconsultation_record")
                                                                 : QStringLiteral("visa_invitation_letter"));
    json.insert(QStringLiteral("languages"), QJsonArray::fromStringList(o.languages));
    json.insert(QStringLiteral("made_on"), o.today.toString(Qt::ISODate));
    made.json = QJsonDocument(json).toJson(QJsonDocument::Indented);

    const Translation first(o.languages.first());
    QStringList titles;
    for (const QString &l : o.languages)
        titles << Translation(l).t("Documents", titleSource(kind));
    made.info.title = titles.join(QStringLiteral(" / ")) + QStringLiteral(" — ") + record.patient.recordNumber;
    made.info.subject =
            QStringList{ titles.first(), record.patient.recordNumber,
                         QStringList{ record.patient.familyNameLatin.toUpper(), record.patient.givenNameLatin }
                                 .join(QLatin1Char(' '))
                                 .trimmed() }
                    .join(QStringLiteral(" · "));
    made.info.author = o.centreName.isEmpty() ? record.patient.coordinator : o.centreName;
    made.info.creator = QStringLiteral("Caravan");
    made.info.producer = QStringLiteral("Caravan (Qt %1)").arg(QString::fromLatin1(qVersion()));
    made.info.keywords = Documents::code(kind);
    made.info.created = o.today == QDate::currentDate() ? QDateTime::currentDateTimeUtc() : o.today.startOfDay(Qt::UTC);
    made.info.language = first.bcp47();
    return made;
}

} // namespace caravan
