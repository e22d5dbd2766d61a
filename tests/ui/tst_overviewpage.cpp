// The Overview tab's text: each diagnosis fact labelled, so a date never reads as
// belonging to the words before it ("…, relapsed — 2023-02-10" read as the relapse
// date), and the staging without brackets inside brackets.
#include "record/overviewpage.h"

#include "domain/patientrecord.h"

#include <QtTest>

using namespace caravan;

class TestOverviewPage : public QObject
{
    Q_OBJECT
private slots:
    void diagnosisFactsAreLabelled()
    {
        PatientRecord r;
        r.patient.recordNumber = QStringLiteral("OV-1");
        r.patient.familyNameLatin = QStringLiteral("SAMPLOVA");
        Diagnosis relapse;
        relapse.icd10Code = QStringLiteral("C91.0");
        relapse.icd10Text = QStringLiteral("Acute lymphoblastic leukaemia, relapsed");
        relapse.diagnosedOn = QDate(2023, 2, 10);
        relapse.stagingSystem = StagingSystem::RiskGroup;
        relapse.stage = QStringLiteral("High risk (MRD positive)");
        Diagnosis undated;
        undated.icd10Code = QStringLiteral("D61.9");
        undated.icd10Text = QStringLiteral("Aplastic anaemia");
        r.diagnoses = { relapse, undated };

        QTextDocument doc;
        doc.setHtml(OverviewPage::html(r, {}, QDate(2026, 12, 4)));
        const QString text = doc.toPlainText().remove(QChar(0x2066)).remove(QChar(0x2068)).remove(QChar(0x2069));
        QVERIFY2(text.contains(QStringLiteral("C91.0 Acute lymphoblastic leukaemia, relapsed — diagnosed 2023-02-10 · "
                                              "Risk group: High risk (MRD positive)")),
                 qPrintable(text));
        // No date, no stage: the name alone, without a dangling dash.
        QVERIFY(text.contains(QStringLiteral("D61.9 Aplastic anaemia")));
        QVERIFY(!text.contains(QStringLiteral("Aplastic anaemia —")));
        QVERIFY(!text.contains(QStringLiteral("((")));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
