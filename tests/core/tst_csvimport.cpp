// CSV import: good rows land, each bad row is reported with its line number and
// leaves nothing behind, quoting follows RFC 4180.
#include "interop/csvreader.h"
#include "interop/patientcsvimport.h"
#include "storage/store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestCsvImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void parsesQuotedFields()
    {
        const CsvTable t = parseCsv(QStringLiteral("\xFEFF"
                                                   "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",3\n\n"));
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[0].fields, (QStringList{ "a", "b", "c" }));
        QCOMPARE(t.records[1].fields, (QStringList{ "1", "x, y", "say \"hi\"" }));
        QCOMPARE(t.records[2].fields, (QStringList{ "2", "two\nlines", "3" }));
        QCOMPARE(t.records[2].line, 3);
    }
    void semicolonsAndUnclosedQuote()
    {
        const CsvTable t = parseCsv(QStringLiteral("a;b\n1;2\n"));
        QCOMPARE(t.records[1].fields, (QStringList{ "1", "2" }));
        const CsvTable bad = parseCsv(QStringLiteral("a,b\n1,\"open\n2,3\n"));
        QVERIFY(!bad.error.isEmpty());
        QCOMPARE(bad.errorLine, 2);
    }

    void importKeepsGoodRowsAndReportsBadOnes()
    {
        Database db;
        QVERIFY(db.openSqlite(m_dir.filePath(QStringLiteral("import.sqlite"))).ok());
        Store store(db);
        const QString csv = QStringLiteral(
                "record_number,family_name_native,given_name_native,family_name_latin,given_name_latin,sex,birth_date,"
                "nationality,phone\n"
                "PK-1,خان,عائشہ,KHAN,Ayesha,female,2012-04-05,PK,+92 300 1112233\n" // line 2 ok
                "PK-2,,,,Bilal,M,2031-01-01,PK,\n" // line 3 birth in future
                "KZ-1,Сейітова,Әсел,SEIITOVA,Asel,F,1999-13-01,KZ,\n" // line 4 bad date
                "KZ-2,Сейітова,Дана,SEIITOVA,Dana,unknown-sex,1999-01-01,KZ,\n" // line 5 bad sex
                "PK-1,خان,عائشہ,KHAN,Ayesha,F,2012-04-05,PK,\n" // line 6 duplicate
                "\"RU-1\",Иванова,Мария,IVANOVA,\"Maria, Jr\",F,1980-02-02,RU,\n" // line 7 ok, quoted comma
                "KG-1,Асанов,Бакыт,ASANOV,Bakyt,M,1975-06-07,Kyrgyzstan,\n" // line 8 bad country
                "CN-1,王,芳,WANG,Fang,F,1970-01-01,CN,,extra\n"); // line 9 too many fields
        const auto report = PatientCsvImport::importText(store, csv);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->imported, 2);
        QList<int> lines;
        for (const auto &p : report->problems) {
            lines << p.line;
            QVERIFY(!p.message.isEmpty());
        }
        QCOMPARE(lines, (QList<int>{ 3, 4, 5, 6, 8, 9 }));
        QVERIFY(report->problems[0].message.contains(QStringLiteral("future")));
        QVERIFY(report->problems[1].message.contains(QStringLiteral("birth_date")));
        QVERIFY(report->problems[2].message.contains(QStringLiteral("sex")));
        QVERIFY(report->problems[3].message.contains(QStringLiteral("PK-1")));
        QCOMPARE(report->problems[3].recordNumber, QStringLiteral("PK-1"));
        QCOMPARE(store.patientCount(), 2);
        const auto ru = store.get<Patient>(*store.patientIdByRecordNumber(QStringLiteral("RU-1")));
        QCOMPARE(ru->givenNameLatin, QStringLiteral("Maria, Jr"));
        QCOMPARE(ru->sex, Sex::Female);
        // imported patients are searchable and audited
        QCOMPARE(store.search().find(QStringLiteral("Ayesha")).size(), 1);
        QCOMPARE(store.history(ru->id).size(), 1);
    }

    void wrongHeaderFailsAsAWhole()
    {
        Database db;
        QVERIFY(db.openSqlite(m_dir.filePath(QStringLiteral("header.sqlite"))).ok());
        Store store(db);
        const auto r = PatientCsvImport::importText(store, QStringLiteral("record_number,surname\nA,B\n"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("surname")));
        QCOMPARE(store.patientCount(), 0);
        QVERIFY(!PatientCsvImport::importFile(store, m_dir.filePath(QStringLiteral("missing.csv"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
