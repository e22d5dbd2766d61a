// The referral summary as a PDF, read back with Poppler: one page or more, the
// patient's record number and names on page 1, headings and vocabulary in the
// document's language (Russian, Kazakh, Chinese; Urdu does not survive text
// extraction, so its Latin parts and the JSON attachment are checked), embedded
// Noto fonts, referral.json attached and matching the record, both languages in a
// bilingual document, a long history over several pages with "Page N of M" on each,
// and the CLI's export verb with its errors.
#include "commandline/cli.h"
#include "documenttesting.h"
#include "report/document.h"
#include "domain/translation.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <poppler-qt6.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace caravan;
using namespace caravan::testing;

class TestReferralPdf : public QObject
{
    Q_OBJECT

private:
    testing::DemoCentre m_demo;
    DocumentOptions m_options;

    QString write(const PatientRecord &r, const QStringList &languages, const QString &name)
    {
        DocumentOptions o = m_options;
        o.languages = languages;
        // CARAVAN_REFERRAL_OUT=folder keeps the PDFs for looking at them.
        const QString keep = qEnvironmentVariable("CARAVAN_REFERRAL_OUT");
        const QString path = keep.isEmpty() ? m_demo.file(name) : QDir(keep).filePath(name);
        const Status s = Documents::writePdf(DocumentKind::ReferralSummary, r, o, path);
        if (!s)
            qWarning() << s.error().message;
        return s ? path : QString();
    }
    // Common checks; returns page 1's text.
    QString checkCommon(const QString &path, const PatientRecord &r, const QStringList &languages)
    {
        auto doc = Poppler::Document::load(path);
        if (!doc)
            return QString();
        [&] {
            QVERIFY(doc->numPages() >= 1);
            bool noto = false;
            for (const Poppler::FontInfo &f : doc->fonts())
                noto = noto || (f.isEmbedded() && f.name().contains(QLatin1String("Noto")));
            QVERIFY(noto);
            const auto files = doc->embeddedFiles();
            QCOMPARE(files.size(), 1);
            QCOMPARE(files.first()->name(), QStringLiteral("referral.json"));
            const QJsonObject json = QJsonDocument::fromJson(files.first()->data()).object();
            QCOMPARE(json.value(QStringLiteral("patient")).toObject().value(QStringLiteral("record_number")).toString(),
                     r.patient.recordNumber);
            QCOMPARE(json.value(QStringLiteral("document")).toString(), QStringLiteral("referral_summary"));
            QCOMPARE(json.value(QStringLiteral("languages")).toArray().size(), languages.size());
            QVERIFY(!json.value(QStringLiteral("patient")).toObject().contains(QStringLiteral("passport_number")));
        }();
        const QString text = pageText(*doc, 0);
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demo.open());
        m_options.centreName = QStringLiteral("Example International Patient Centre");
        m_options.centreAddress = QStringLiteral("1 Example Road\nShanghai");
        m_options.today = QDate(2026, 3, 1);
        for (const Institution &i : m_demo.store->institutions())
            m_options.institutions.insert(i.id, i.name);
    }

    void english()
    {
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        const QString text =
                checkCommon(write(r, { QStringLiteral("en") }, QStringLiteral("en.pdf")), r, { QStringLiteral("en") });
        QVERIFY2(text.contains(QLatin1String("DEMO-0001")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("MALIK")) && text.contains(QLatin1String("Umar")));
        QVERIFY(text.contains(QLatin1String("Referral summary")));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));

        // The plan: ongoing courses and the next appointment after the day it is made.
        auto doc = Poppler::Document::load(write(r, { QStringLiteral("en") }, QStringLiteral("en.pdf")));
        const QString all = allText(*doc);
        const Visit *next = nullptr;
        for (const Visit &v : r.visits)
            if (v.startsAt.date() > m_options.today && (!next || v.startsAt < next->startsAt))
                next = &v;
        QVERIFY(next);
        QVERIFY2(all.contains(QStringLiteral("Next appointment %1 · %2")
                                      .arg(next->startsAt.date().toString(Qt::ISODate), labelOf(next->type))),
                 qPrintable(all));
        const PatientRecord treated = m_demo.record(QStringLiteral("DEMO-0002"));
        auto plan = Poppler::Document::load(write(treated, { QStringLiteral("en") }, QStringLiteral("plan.pdf")));
        for (const TreatmentCourse &c : treated.courses)
            if (c.status == CourseStatus::Ongoing)
                QVERIFY2(allText(*plan).contains(c.name + QStringLiteral(" (Ongoing")), qPrintable(c.name));
    }

    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("patient");
        QTest::addColumn<QString>("native");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("DEMO-0001") << QString();
        QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("DEMO-0003") << QStringLiteral("Өмірзақов");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("DEMO-0006") << QStringLiteral("周");
    }
    void translated()
    {
        QFETCH(QString, language);
        QFETCH(QString, patient);
        QFETCH(QString, native);
        const PatientRecord r = m_demo.record(patient);
        const QString text = checkCommon(write(r, { language }, language + QStringLiteral(".pdf")), r, { language });
        QVERIFY2(text.contains(patient), qPrintable(text));
        QVERIFY(text.contains(r.patient.familyNameLatin.toUpper()));
        const Translation tr(language);
        QVERIFY(tr.loaded());
        // The heading in the document's language (English while the string awaits translation).
        QVERIFY(text.contains(Documents::title(DocumentKind::ReferralSummary, language)));
        QVERIFY(language == QLatin1String("en")
                || Documents::title(DocumentKind::ReferralSummary, language) != QLatin1String("Referral summary"));
        // The vocabulary is translated already: the sex label is not the English one.
        const QString sex = tr.label(r.patient.sex);
        QVERIFY(sex != labelOf(r.patient.sex) || language == QLatin1String("en"));
        QVERIFY2(text.contains(sex), qPrintable(sex + QLatin1String(" in ") + text));
        if (!native.isEmpty())
            QVERIFY2(text.contains(native), qPrintable(text));
    }

    void urdu()
    {
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        const QString text =
                checkCommon(write(r, { QStringLiteral("ur") }, QStringLiteral("ur.pdf")), r, { QStringLiteral("ur") });
        QVERIFY2(text.contains(QLatin1String("DEMO-0001")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("MALIK")));
        auto doc = Poppler::Document::load(write(r, { QStringLiteral("ur") }, QStringLiteral("ur.pdf")));
        bool nastaliq = false;
        for (const Poppler::FontInfo &f : doc->fonts())
            nastaliq = nastaliq || f.name().contains(QLatin1String("Nastaliq"));
        QVERIFY(nastaliq);
    }

    void bilingual()
    {
        const PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        const QStringList langs{ QStringLiteral("en"), QStringLiteral("ru") };
        const QString text = checkCommon(write(r, langs, QStringLiteral("en_ru.pdf")), r, langs);
        QVERIFY(text.contains(QLatin1String("DEMO-0001")));
        QVERIFY(text.contains(labelOf(r.patient.sex)) || text.contains(QLatin1String("Male")));
        QVERIFY(text.contains(Translation(QStringLiteral("ru")).label(r.patient.sex)));
        auto doc = Poppler::Document::load(write(r, langs, QStringLiteral("en_ru.pdf")));
        QString all;
        for (int p = 0; p < doc->numPages(); ++p)
            all += pageText(*doc, p);
        QVERIFY(all.contains(Translation(QStringLiteral("ru")).label(r.patient.caseStatus)));
        QVERIFY(all.contains(labelOf(r.patient.caseStatus)));
    }

    void longHistoryPaginates()
    {
        PatientRecord r = m_demo.record(QStringLiteral("DEMO-0001"));
        const TreatmentCourse model = r.courses.value(0);
        for (int i = 0; i < 120; ++i) {
            TreatmentCourse c = model;
            c.type = TreatmentType::Chemotherapy;
            c.name = QStringLiteral("Course %1").arg(i + 1);
            c.startDate = QDate(2015, 1, 1).addDays(i * 21);
            c.endDate = c.startDate.addDays(5);
            r.courses.append(c);
        }
        const QString path = write(r, { QStringLiteral("en") }, QStringLiteral("long.pdf"));
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        const int pages = doc->numPages();
        QVERIFY(pages >= 2);
        for (int p = 0; p < pages; ++p)
            QVERIFY2(pageText(*doc, p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)),
                     qPrintable(pageText(*doc, p)));
        QVERIFY(pageText(*doc, pages - 1).contains(QLatin1String("Course 120")) || pages > 2);
    }

    void rejectsBadLanguages()
    {
        QVERIFY(!Documents::checkLanguages({}).ok());
        QVERIFY(!Documents::checkLanguages({ QStringLiteral("de") }).ok());
        QVERIFY(!Documents::checkLanguages({ QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk") }).ok());
        QVERIFY(!Documents::checkLanguages({ QStringLiteral("en"), QStringLiteral("en") }).ok());
        QCOMPARE(Documents::checkLanguages({ QStringLiteral("zh") }).value(), QStringList{ QStringLiteral("zh_CN") });
    }

    void cliExport()
    {
        const QString pdf = m_demo.file(QStringLiteral("cli.pdf"));
        const auto run = [this](const QStringList &args) { return m_demo.cli(args); };
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                       QStringLiteral("DEMO-0001"), QStringLiteral("--lang"), QStringLiteral("ru,en"),
                       QStringLiteral("--output"), pdf }),
                 int(Cli::Done));
        auto doc = Poppler::Document::load(pdf);
        QVERIFY(doc && doc->numPages() >= 1);
        QVERIFY(pageText(*doc, 0).contains(QLatin1String("DEMO-0001")));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                       QStringLiteral("NOBODY"), QStringLiteral("-o"), pdf }),
                 int(Cli::Failed));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                       QStringLiteral("DEMO-0001"), QStringLiteral("--lang"), QStringLiteral("xx"),
                       QStringLiteral("-o"), pdf }),
                 int(Cli::Usage));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                       QStringLiteral("DEMO-0001"), QStringLiteral("--lang"), QStringLiteral("en,ru,kk"),
                       QStringLiteral("-o"), pdf }),
                 int(Cli::Usage));
        QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("summary"), QStringLiteral("--patient"),
                       QStringLiteral("DEMO-0001"), QStringLiteral("-o"),
                       m_demo.file(QStringLiteral("missing/folder/x.pdf")) }),
                 int(Cli::Failed));
    }
};

QTEST_MAIN(TestReferralPdf)
#include "tst_referralpdf.moc"
