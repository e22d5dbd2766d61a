// The History reads as the forms do: a payer by its label, a referring institution by
// its name, yes/no, companions by their names; not codes, ids and "1 item(s)".
#include "record/historyview.h"

#include <QJsonArray>
#include <QtTest>

using namespace caravan;

class TestHistoryView : public QObject
{
    Q_OBJECT
private slots:
    void valuesReadAsInTheForms()
    {
        AuditEntry e;
        e.action = QStringLiteral("update");
        e.entity = QStringLiteral("patient");
        e.entityId = 7;
        e.patientId = 7;
        QJsonObject mother{ { "name", "Sadia Tariq" }, { "relation", "mother" }, { "accompanying", true } };
        e.changes = QJsonObject{
            { "sponsor_type", QJsonArray{ "self", "government" } },
            { "referring_institution_id", QJsonArray{ QJsonValue(), 3 } },
            { "interpreter_needed", QJsonArray{ false, true } },
            { "companions", QJsonArray{ QJsonValue(), QJsonArray{ mother } } },
            { "notes", QJsonArray{ "First enquiry.", "Visa sent." } },
        };
        QHash<QString, QHash<qint64, QString>> labels;
        labels[QStringLiteral("institution")].insert(3, QStringLiteral("Lahore Children's Hospital"));
        const QString text = HistoryView::describeChanges(e, labels);
        QVERIFY2(text.contains(QStringLiteral("Payer: Self-paying → Government")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Referring institution: — → Lahore Children's Hospital")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Needs an interpreter: no → yes")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Companions and next of kin: — → Sadia Tariq mother")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Notes: First enquiry. → Visa sent.")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("item(s)")));
        // An institution not named (deleted since): its number, marked.
        QVERIFY(HistoryView::describeChanges(e, {}).contains(QStringLiteral("— → #3")));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
