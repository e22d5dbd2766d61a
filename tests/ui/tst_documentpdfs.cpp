// The tele-consultation record and the visa invitation letter as PDFs read back with
// Poppler, and what every document now carries: the metadata (title, subject,
// author, creation date, language), the timeline and measurement charts drawn as
// vector text in the referral summary, headings never left at the foot of a page,
// table rows never cut by a page, printing through QPrinter, and the CLI's
// teleconsult/invitation/batch export with its progress line and errors.
#include "clinical/clinicalfacts.h"
#include "commandline/cli.h"
#include "documenttesting.h"
#include "domain/places.h"
#include "domain/translation.h"
#include "report/document.h"
#include "record/historyview.h"
#include "report/documentpreviewdialog.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QRegularExpression>
#include <QtTest>

using namespace caravan;
using namespace caravan::testing;

class TestDocumentPdfs : public QObject
{
    Q_OBJECT

private:
    testing::DemoCentre m_demo;
    DocumentOptions m_options;

    QString write(DocumentKind kind, const PatientRecord &r, const QStringList &languages, const QString &name,
                  DocumentOptions o = {})
    {
        if (o.languages.isEmpty() && o.centreName.isEmpty())
            o = m_options;
        o.languages = languages;
        const QString keep = qEnvironmentVariable("CARAVAN_REFERRAL_OUT"); // keep the PDFs to look at
        const QString path = keep.isEmpty() ? m_demo.file(name) : QDir(keep).filePath(name);
        const Status s = Documents::writePdf(kind, r, o, path);
        if (!s)
            qWarning() << s.error().message;
        return s ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_options.centreName = QStringLiteral("Example International Patient Centre");
        m_options.centreAddress = QStringLiteral("1 Example Road\nShanghai\n+86 21 5555 0100");
        m_options.today = QDate(2026, 3, 1);
        for (const Institution &i : m_demo.store->institutions())
            m_options.institutions.insert(i.id, i.name);
    }

    // Both sides' clocks, both sides' people, the interpreter, question and opinion.
    void teleConsultationBilingual()
    {
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0004"));
        auto doc = Poppler::Document::load(write(DocumentKind::TeleConsultation, r,
                                                 { QStringLiteral("en"), QStringLiteral("ru") },
                                                 QStringLiteral("tele_en_ru.pdf")));
        QVERIFY(doc);
        const QString text = allText(*doc);
        const Visit *visit = nullptr;
        for (const Visit &v : r.visits)
            if (v.type == VisitType::TeleConsultation)
                visit = &v;
        QVERIFY(visit);
        // 08:00 UTC is 16:00 in Shanghai and 13:00 in Almaty (UTC+5 since 2024).
        const QTimeZone almaty("Asia/Almaty");
        const QString remote = visit->startsAt.toTimeZone(almaty).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(text.contains(visit->startsAt.toTimeZone(QTimeZone("Asia/Shanghai"))
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               + QStringLiteral(" (Asia/Shanghai, UTC+08:00)")),
                 qPrintable(text));
        QVERIFY2(text.contains(remote + QStringLiteral(" (Asia/Almaty")), qPrintable(text));
        for (const Participant &p : visit->participants)
            QVERIFY2(text.contains(p.name), qPrintable(p.name));
        QVERIFY(text.contains(visit->interpreter));
        QVERIFY(text.contains(visit->question.left(30).simplified()));
        QVERIFY(text.contains(visit->summary.left(30).simplified()));
        // Both languages: the title in English and in Russian.
        QVERIFY(text.contains(Documents::title(DocumentKind::TeleConsultation, QStringLiteral("en"))));
        const QString russian = Documents::title(DocumentKind::TeleConsultation, QStringLiteral("ru"));
        QVERIFY(russian != Documents::title(DocumentKind::TeleConsultation, QStringLiteral("en")));
        QVERIFY2(text.contains(Translation(QStringLiteral("ru")).t("TeleConsultationRecord", "Participants")),
                 qPrintable(text));
        // The machine-readable copy: this consultation, no passport.
        const QJsonObject json = attachment(*doc, QStringLiteral("teleconsultation.json"));
        QCOMPARE(json.value(QStringLiteral("document")).toString(), QStringLiteral("teleconsultation_record"));
        QCOMPARE(json.value(QStringLiteral("teleconsultation")).toObject().value(QStringLiteral("id")).toInteger(),
                 visit->id);
        QCOMPARE(json.value(QStringLiteral("teleconsultation"))
                         .toObject()
                         .value(QStringLiteral("participants"))
                         .toArray()
                         .size(),
                 visit->participants.size());
        QVERIFY(!json.value(QStringLiteral("patient")).toObject().contains(QStringLiteral("passport_number")));
    }

    void teleConsultationInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : { "en", "kk", "ru", "zh_CN", "ur" })
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void teleConsultationInEveryLanguage()
    {
        QFETCH(QString, language);
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0003"));
        auto doc = Poppler::Document::load(
                write(DocumentKind::TeleConsultation, r, { language }, QStringLiteral("tele_%1.pdf").arg(language)));
        QVERIFY(doc);
        const QString text = allText(*doc);
        QVERIFY(text.contains(QLatin1String("DEMO-0003")));
        QVERIFY(hasEmbeddedFont(*doc, QStringLiteral("Noto")));
        if (language == QLatin1String("ur")) { // Nastaliq does not survive text extraction
            QVERIFY(hasEmbeddedFont(*doc, QStringLiteral("Nastaliq")));
            return;
        }
        QVERIFY2(text.contains(Documents::title(DocumentKind::TeleConsultation, language)), qPrintable(text));
        QVERIFY(text.contains(countryName(QStringLiteral("KZ"), Translation(language))));
        // The words all documents share come from one context, translated.
        const QString patient = Translation(language).t("Documents", "Patient");
        QVERIFY(language == QLatin1String("en") || patient != QLatin1String("Patient"));
        QVERIFY2(text.contains(patient), qPrintable(patient));
        QVERIFY(text.contains(Translation(language)
                                      .t("Documents", "Name (native script)")
                                      .normalized(QString::NormalizationForm_KC))); // as pageText() reads it
        if (language == QLatin1String("zh_CN"))
            QVERIFY(hasEmbeddedFont(*doc, QStringLiteral("CJK")));
    }

    void teleConsultationRefusals()
    {
        const PatientRecord none = m_demo.record(QStringLiteral("DEMO-0006")); // no tele-consultation
        DocumentOptions o = m_options;
        o.languages = { QStringLiteral("en") };
        const QString path = m_demo.file(QStringLiteral("none.pdf"));
        Status s = Documents::writePdf(DocumentKind::TeleConsultation, none, o, path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("tele-consultation")));
        QVERIFY(!QFile::exists(path));
        o.visitId = 999999;
        s = Documents::writePdf(DocumentKind::TeleConsultation, m_demo.record(QStringLiteral("DEMO-0001")), o, path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("999999")));
    }

    void invitation()
    {
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0002"));
        DocumentOptions o = m_options;
        o.intendedTreatment = QStringLiteral("Allogeneic stem-cell transplant");
        o.signatory = QStringLiteral("Dr. Example Signer\nDirector, International Patient Centre");
        auto doc = Poppler::Document::load(write(DocumentKind::VisaInvitation, r,
                                                 { QStringLiteral("en"), QStringLiteral("ur") },
                                                 QStringLiteral("invitation_en_ur.pdf"), o));
        QVERIFY(doc);
        const QString text = allText(*doc);
        QVERIFY(text.contains(r.patient.passportNumber));
        QVERIFY(text.contains(r.patient.familyNameLatin.toUpper()));
        int travelling = 0;
        for (const Companion &c : r.patient.companions) {
            if (c.accompanying) {
                ++travelling;
                QVERIFY2(text.contains(c.passportNumber), qPrintable(c.nameLatin));
                QVERIFY(text.contains(c.nameLatin));
            } else {
                QVERIFY2(!text.contains(c.nameLatin), qPrintable(c.nameLatin)); // stays at home: not invited
            }
        }
        QVERIFY(travelling > 0);
        QVERIFY(text.contains(o.intendedTreatment));
        const int days = int(r.patient.arrivalDate.daysTo(r.patient.departureDate)) + 1;
        QVERIFY2(text.contains(QStringLiteral("%1 days").arg(days)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("%1 – %2").arg(r.patient.arrivalDate.toString(Qt::ISODate),
                                                            r.patient.departureDate.toString(Qt::ISODate))));
        QVERIFY(text.contains(QLatin1String("Dr. Example Signer")));
        QVERIFY(text.contains(QLatin1String("Signature and stamp")));
        // The place for signature is not torn from the name beneath it.
        for (int p = 0; p < doc->numPages(); ++p) {
            const QString t = pageText(*doc, p);
            QCOMPARE(t.contains(QLatin1String("Signature and stamp")), t.contains(QLatin1String("Dr. Example Signer")));
        }
        QVERIFY(hasEmbeddedFont(*doc, QStringLiteral("Nastaliq"))); // the Urdu half
        const QJsonObject json = attachment(*doc, QStringLiteral("invitation.json"));
        const QJsonObject inv = json.value(QStringLiteral("invitation")).toObject();
        QCOMPARE(inv.value(QStringLiteral("estimated_days")).toInt(), days);
        QCOMPARE(inv.value(QStringLiteral("stay_from")).toString(), r.patient.arrivalDate.toString(Qt::ISODate));
        QCOMPARE(json.value(QStringLiteral("patient")).toObject().value(QStringLiteral("passport_number")).toString(),
                 r.patient.passportNumber);
        QCOMPARE(json.value(QStringLiteral("patient")).toObject().value(QStringLiteral("companions")).toArray().size(),
                 travelling);
    }

    void invitationRefusals()
    {
        PatientRecord r = m_demo.record(QStringLiteral("DEMO-0003")); // arrived, no departure recorded
        DocumentOptions o = m_options;
        o.languages = { QStringLiteral("kk") };
        const QString path = m_demo.file(QStringLiteral("refused.pdf"));
        Status s = Documents::writePdf(DocumentKind::VisaInvitation, r, o, path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("dates of the stay")));
        o.stayFrom = QDate(2026, 5, 1);
        o.stayTo = QDate(2026, 4, 1);
        s = Documents::writePdf(DocumentKind::VisaInvitation, r, o, path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("2026-04-01")));
        o.stayTo = QDate(2026, 7, 30);
        r.patient.passportNumber.clear();
        s = Documents::writePdf(DocumentKind::VisaInvitation, r, o, path);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("passport")));
        QVERIFY(!QFile::exists(path));
        // With dates and a passport it is made, in Kazakh, with the stay's length.
        r = m_demo.record(QStringLiteral("DEMO-0003"));
        QVERIFY(Documents::writePdf(DocumentKind::VisaInvitation, r, o, path).ok());
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        const QString text = allText(*doc);
        QVERIFY2(text.contains(Documents::title(DocumentKind::VisaInvitation, QStringLiteral("kk"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2026-05-01 – 2026-07-30")), qPrintable(text));
    }

    // Title, subject, author, keywords, creation date in the Info dictionary; the
    // language in the catalog (/Lang) and in the XMP packet.
    void metadata_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tag");
        QTest::newRow("summary ur") << int(DocumentKind::ReferralSummary) << QStringLiteral("ur")
                                    << QStringLiteral("ur-PK");
        QTest::newRow("tele zh") << int(DocumentKind::TeleConsultation) << QStringLiteral("zh_CN")
                                 << QStringLiteral("zh-CN");
        QTest::newRow("invitation ru") << int(DocumentKind::VisaInvitation) << QStringLiteral("ru")
                                       << QStringLiteral("ru");
    }
    void metadata()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        QFETCH(QString, tag);
        const auto k = DocumentKind(kind);
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        DocumentOptions o = m_options;
        o.stayFrom = QDate(2026, 4, 1);
        o.stayTo = QDate(2026, 6, 30);
        const QString path = write(k, r, { language }, QStringLiteral("meta_%1.pdf").arg(kind), o);
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        const QString title = Documents::title(k, language);
        QCOMPARE(doc->info(QStringLiteral("Title")), title + QStringLiteral(" — DEMO-0001"));
        QVERIFY(doc->info(QStringLiteral("Subject")).startsWith(title));
        QVERIFY(doc->info(QStringLiteral("Subject")).contains(QLatin1String("MALIK Umar")));
        QCOMPARE(doc->info(QStringLiteral("Author")), m_options.centreName);
        QCOMPARE(doc->info(QStringLiteral("Keywords")), Documents::code(k));
        QCOMPARE(doc->date(QStringLiteral("CreationDate")).toUTC().date(), m_options.today);
        const QByteArray raw = fileBytes(path);
        QVERIFY2(raw.contains("/Lang (" + tag.toLatin1() + ")") || raw.contains("/Lang(" + tag.toLatin1() + ")"),
                 "no /Lang in the catalog");
        QVERIFY(doc->metadata().contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(tag))
                || doc->metadata().contains(tag));
    }

    // The timeline and charts are drawn as vectors: their labels are text in the PDF,
    // in the document's language, on the page after the key events.
    void summaryFigures()
    {
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        const QString path =
                write(DocumentKind::ReferralSummary, r, { QStringLiteral("ru") }, QStringLiteral("figures_ru.pdf"));
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QVERIFY(!fileBytes(path).contains("/Subtype /Image")); // no picture of the timeline: paths and text
        const QString text = allText(*doc);
        const Translation ru(QStringLiteral("ru"));
        QVERIFY2(text.contains(ru.t("TimelineModel", "Treatments")), qPrintable(text));
        QVERIFY(text.contains(ru.t("TimelineModel", "Assessments")));
        QVERIFY(text.contains(ru.t("MeasurementChart", "ANC")));
        QVERIFY(text.contains(ru.t("MeasurementChart", "Weight (kg)")));
        // The counts around the transplant's day 0 on their own axis, labelled in Russian
        // from Day −7 to Day +35.
        QVERIFY2(text.contains(clinical::dayLabel(35, ru)), qPrintable(clinical::dayLabel(35, ru)));
        QVERIFY(text.contains(clinical::dayLabel(-7, ru)));
        // Month names of the axis come from the Russian locale; years are there as ticks.
        QVERIFY(text.contains(QLatin1String("2025")));
        QVERIFY(text.contains(QLocale(QLocale::Russian).standaloneMonthName(7, QLocale::ShortFormat)));
        // A patient with nothing measured gets no chart, and says so nowhere.
        PatientRecord bare = r;
        bare.measurements.clear();
        for (Assessment &a : bare.assessments)
            a.blastPercent.reset();
        auto plain = Poppler::Document::load(
                write(DocumentKind::ReferralSummary, bare, { QStringLiteral("en") }, QStringLiteral("nocharts.pdf")));
        QVERIFY(!allText(*plain).contains(QLatin1String("Weight (kg)")));
        QVERIFY(!allText(*plain).contains(QLatin1String("Day +35")));
        QVERIFY(allText(*plain).contains(QLatin1String("Timeline")));
    }

    // No page ends with a heading, and no table row is cut: every course's name and its
    // dates are on the same page, in a history long enough for several pages.
    void paginationKeepsThingsTogether()
    {
        PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        const TreatmentCourse model = r.courses.value(0);
        for (int i = 0; i < 90; ++i) {
            TreatmentCourse c = model;
            c.type = TreatmentType::Chemotherapy;
            c.name = QStringLiteral("Course %1").arg(i + 1);
            c.chemo.regimen =
                    QStringLiteral("Regimen with a long description %1 that wraps onto a second line").arg(i + 1);
            c.startDate = QDate(1995, 1, 1).addDays(i * 21);
            c.endDate = c.startDate.addDays(5);
            r.courses.append(c);
        }
        auto doc = Poppler::Document::load(
                write(DocumentKind::ReferralSummary, r, { QStringLiteral("en") }, QStringLiteral("long_rows.pdf")));
        QVERIFY(doc);
        QVERIFY(doc->numPages() >= 4);
        for (int i = 0; i < 90; ++i) {
            const QString name = QStringLiteral("Course %1").arg(i + 1);
            const QString start = QDate(1995, 1, 1).addDays(i * 21).toString(Qt::ISODate);
            const QString end = QDate(1995, 1, 1).addDays(i * 21 + 5).toString(Qt::ISODate); // the cell's second line
            int namePage = -1, datePage = -1, regimenPage = -1;
            for (int p = 0; p < doc->numPages(); ++p) {
                const QString t = pageText(*doc, p);
                // First appearances: the table comes before the timeline, which repeats names.
                if (namePage < 0 && t.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name))))
                    namePage = p;
                if (datePage < 0 && t.contains(start))
                    datePage = p;
                if (regimenPage < 0 && t.contains(end))
                    regimenPage = p;
            }
            QVERIFY2(namePage >= 0 && namePage == datePage && namePage == regimenPage,
                     qPrintable(QStringLiteral("%1 on pages %2/%3/%4")
                                        .arg(name)
                                        .arg(namePage)
                                        .arg(datePage)
                                        .arg(regimenPage)));
        }
        // Headings: the last line of a page's body is never a section heading.
        const QStringList headings{ QStringLiteral("Treatment history"), QStringLiteral("Key events"),
                                    QStringLiteral("Timeline"),          QStringLiteral("Measurements"),
                                    QStringLiteral("CAR-T therapy"),     QStringLiteral("Stem cell transplant"),
                                    QStringLiteral("Current status"),    QStringLiteral("Recent visits"),
                                    QStringLiteral("Coordinator") };
        for (int p = 0; p < doc->numPages() - 1; ++p) {
            std::unique_ptr<Poppler::Page> page = doc->page(p);
            const double footer = page->pageSizeF().height() - 22 * 72 / 25.4;
            QString last;
            double lastY = -1;
            for (const auto &box : page->textList()) {
                const QRectF b = box->boundingBox();
                if (b.bottom() < footer && b.top() > 20 * 72 / 25.4 && b.top() >= lastY - 0.5) {
                    if (b.top() > lastY + 0.5)
                        last.clear();
                    lastY = b.top();
                    last += (last.isEmpty() ? QString() : QStringLiteral(" ")) + box->text();
                }
            }
            QVERIFY2(!headings.contains(last.trimmed()),
                     qPrintable(QStringLiteral("page %1 ends with %2").arg(p + 1).arg(last)));
        }
    }

    // Print… paints the same document on a printer; a PDF printer lets us read it back.
    void printsThroughQPrinter()
    {
        AppSettings settings;
        settings.centreName = QStringLiteral("Example International Patient Centre");
        settings.language = QStringLiteral("en");
        const auto id = m_demo.store->patientIdByRecordNumber(QStringLiteral("DEMO-0004"));
        DocumentPreviewDialog dialog(DocumentKind::TeleConsultation, *m_demo.store, *id, settings);
        QVERIFY(!dialog.pdfPath().isEmpty());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageSize(QPageSize(QPageSize::A4));
        const QString printed = m_demo.file(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        QVERIFY(dialog.printTo(printer));
        auto fromPrinter = Poppler::Document::load(printed);
        auto shown = Poppler::Document::load(dialog.pdfPath());
        QVERIFY(fromPrinter && shown);
        QCOMPARE(fromPrinter->numPages(), shown->numPages());
        QVERIFY(allText(*fromPrinter).contains(QLatin1String("Tele-consultation record")));
        QVERIFY(allText(*fromPrinter).contains(QLatin1String("DEMO-0004")));
    }

    void cliExportsEveryKind()
    {
        const QString tele = m_demo.file(QStringLiteral("cli_tele.pdf"));
        QString out, err;
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("teleconsult"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0003"), QStringLiteral("--lang"), QStringLiteral("kk,en"),
                              QStringLiteral("-o"), tele },
                            &out, &err),
                 int(Cli::Done));
        QVERIFY(Poppler::Document::load(tele));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("document")).toString(),
                 QStringLiteral("teleconsult"));
        // The export is in the patient's audit trail, with the languages and the file.
        const QList<AuditEntry> trail =
                m_demo.store->history(*m_demo.store->patientIdByRecordNumber(QStringLiteral("DEMO-0003")));
        QVERIFY(!trail.isEmpty());
        QCOMPARE(trail.first().action, QStringLiteral("export"));
        QCOMPARE(trail.first().changes.value(QStringLiteral("languages")).toArray().at(1).toString(),
                 QStringLiteral("kk, en"));
        QCOMPARE(trail.first().changes.value(QStringLiteral("destination")).toArray().at(1).toString(),
                 QFileInfo(tele).absoluteFilePath());
        // ... and the History tab says it for people.
        QCOMPARE(HistoryView::describeAction(trail.first()), QStringLiteral("Exported Tele-consultation record"));
        QVERIFY(HistoryView::describeChanges(trail.first()).contains(QLatin1String("Languages: kk, en")));
        QVERIFY(HistoryView::describeChanges(trail.first()).contains(QLatin1String("Saved as ")));
        const QString inv = m_demo.file(QStringLiteral("cli_inv.pdf"));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("invitation"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0003"), QStringLiteral("--from"), QStringLiteral("2026-09-14"),
                              QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("-o"), inv }),
                 int(Cli::Done));
        QVERIFY(allText(*Poppler::Document::load(inv)).contains(QLatin1String("109 days")));
        // Errors a person can act on.
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("letter"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0003"), QStringLiteral("-o"), inv },
                            nullptr, &err),
                 int(Cli::Usage));
        QVERIFY(err.contains(QLatin1String("summary, teleconsult, invitation")));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("invitation"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0003"), QStringLiteral("--from"), QStringLiteral("14.09.2026"),
                              QStringLiteral("-o"), inv },
                            nullptr, &err),
                 int(Cli::Usage));
        QVERIFY(err.contains(QLatin1String("YYYY-MM-DD")));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("invitation"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0003"), QStringLiteral("-o"), inv },
                            nullptr, &err),
                 int(Cli::Failed));
        QVERIFY(err.contains(QLatin1String("dates of the stay")));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("teleconsult"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0006"), QStringLiteral("-o"), tele },
                            nullptr, &err),
                 int(Cli::Failed));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0001"), QStringLiteral("-o"), m_demo.dir.path() },
                            nullptr, &err),
                 int(Cli::Failed));
        QVERIFY(err.contains(QLatin1String("folder")));
        // A logo for the letterhead: an image is drawn, anything else is refused by name.
        const QString logo = m_demo.file(QStringLiteral("logo.png"));
        QImage image(120, 120, QImage::Format_ARGB32);
        image.fill(QColor(0x1d, 0x6f, 0x8c));
        QVERIFY(image.save(logo));
        const QString withLogo = m_demo.file(QStringLiteral("logo.pdf"));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0004"), QStringLiteral("--logo"), logo, QStringLiteral("-o"),
                              withLogo }),
                 int(Cli::Done));
        QVERIFY(fileBytes(withLogo).contains("/Subtype /Image"));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0004"), QStringLiteral("--logo"),
                              m_demo.file(QStringLiteral("demo.sqlite")), QStringLiteral("-o"), withLogo },
                            nullptr, &err),
                 int(Cli::Failed));
        QVERIFY(err.contains(QLatin1String("logo")));
    }

    // Many patients into a folder: one file each, a progress line rewritten in place,
    // failures listed (patients without a tele-consultation) and exit code 3.
    void cliBatch()
    {
        const QString folder = m_demo.file(QStringLiteral("batch"));
        QString out, err;
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--all"),
                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), folder },
                            &out, &err),
                 int(Cli::Done));
        const int patients = m_demo.store->patientCount();
        QCOMPARE(QDir(folder).entryList({ QStringLiteral("*.pdf") }).size(), patients);
        QVERIFY(err.contains(QStringLiteral("Exported %1 of %1 (0 failed)").arg(patients)));
        QCOMPARE(err.count(QLatin1Char('\r')), patients);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("written")).toArray().size(),
                 patients);

        const QString teleFolder = m_demo.file(QStringLiteral("batch_tele"));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("teleconsult"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0001,DEMO-0006,DEMO-0003"), QStringLiteral("-o"), teleFolder },
                            &out, &err),
                 int(Cli::Partial));
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("written")).toArray().size(), 2);
        QCOMPARE(result.value(QStringLiteral("failed")).toArray().size(), 1);
        QCOMPARE(result.value(QStringLiteral("failed"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("patient"))
                         .toString(),
                 QStringLiteral("DEMO-0006"));
        QVERIFY(err.contains(QLatin1String("DEMO-0006: ")));
        QVERIFY(QFile::exists(QDir(teleFolder).filePath(QStringLiteral("DEMO-0001_teleconsult_en.pdf"))));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                              QStringLiteral("DEMO-0001,NOBODY"), QStringLiteral("-o"), teleFolder },
                            nullptr, &err),
                 int(Cli::Failed));
        QVERIFY(err.contains(QLatin1String("NOBODY")));
        QCOMPARE(m_demo.cli({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                              QString(), QStringLiteral("-o"), teleFolder },
                            nullptr, &err),
                 int(Cli::Usage));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the preview dialog is a widget
    TestDocumentPdfs test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_documentpdfs.moc"
