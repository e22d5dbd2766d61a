// caravan-cli verbs run as a user runs them: arguments in, JSON out, messages and
// exit codes for the failures a user can cause.
#include "commandline/cli.h"
#include "sample/democases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

namespace {
struct Run
{
    int code = 0;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(QStringList args)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        args.prepend(QStringLiteral("caravan-cli"));
        r.code = Cli::run(args, out, err);
        out.flush();
        err.flush();
        return r;
    }

private slots:
    void initTestCase() { m_db = m_dir.filePath(QStringLiteral("cli.sqlite")); }
    // Every verb's options live in one parser: two verbs declaring the same option made
    // Qt print a warning on every run (copy-to's and export's --from).
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("already having an option"))); }

    void demoLoadsOnce()
    {
        const Run r = cli({ QStringLiteral("--database"), m_db, QStringLiteral("demo") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("patients")).toInt(), demoRecordNumbers().size());
        const Run again = cli({ QStringLiteral("--database"), m_db, QStringLiteral("demo") });
        QCOMPARE(again.code, int(Cli::Failed));
        QVERIFY(again.err.contains(QStringLiteral("already")));
    }

    void searchPrintsRankedJson()
    {
        const Run r =
                cli({ QStringLiteral("--database"), m_db, QStringLiteral("search"), demoRecordNumbers().first() });
        QCOMPARE(r.code, 0);
        const QJsonArray hits = r.json().array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value(QStringLiteral("record_number")).toString(),
                 demoRecordNumbers().first());
    }

    void showPrintsWholeRecord()
    {
        const Run r = cli({ QStringLiteral("--database"), m_db, QStringLiteral("show"), demoRecordNumbers().first() });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("patient")).toObject().value(QStringLiteral("record_number")).toString(),
                 demoRecordNumbers().first());
        QVERIFY(!o.value(QStringLiteral("diagnoses")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("treatment_courses")).toArray().isEmpty());
        // the same record by id
        const qint64 id = o.value(QStringLiteral("patient")).toObject().value(QStringLiteral("id")).toInteger();
        const Run byId = cli({ QStringLiteral("--database"), m_db, QStringLiteral("show"), QString::number(id) });
        QCOMPARE(byId.json().object().value(QStringLiteral("patient")), o.value(QStringLiteral("patient")));
    }

    void demoTransplantEngraftmentMatchesCounts()
    {
        // The demo transplant's stored engraftment dates are the ones its blood counts show.
        bool found = false;
        for (const QString &number : demoRecordNumbers()) {
            const QJsonObject o =
                    cli({ QStringLiteral("--database"), m_db, QStringLiteral("show"), number }).json().object();
            for (const auto &c : o.value(QStringLiteral("treatment_courses")).toArray()) {
                const QJsonObject course = c.toObject();
                if (course.value(QStringLiteral("type")).toString() != QLatin1String("hsct")
                    || course.value(QStringLiteral("hsct_kind")).toString() != QLatin1String("allogeneic"))
                    continue;
                for (const auto &e :
                     o.value(QStringLiteral("derived")).toObject().value(QStringLiteral("engraftment")).toArray()) {
                    const QJsonObject eng = e.toObject();
                    if (eng.value(QStringLiteral("course_id")) != course.value(QStringLiteral("id")))
                        continue;
                    found = true;
                    QCOMPARE(eng.value(QStringLiteral("neutrophil_engraftment_from_counts")),
                             course.value(QStringLiteral("hsct_neutrophil_engraftment")));
                    QCOMPARE(eng.value(QStringLiteral("platelet_engraftment_from_counts")),
                             course.value(QStringLiteral("hsct_platelet_engraftment")));
                }
            }
        }
        QVERIFY(found);
    }

    void importJsonTakesWhatShowPrints()
    {
        // show's output of one store, with the institutions it refers to, into another.
        const Run shown =
                cli({ QStringLiteral("--database"), m_db, QStringLiteral("show"), demoRecordNumbers().first() });
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        const QString record = m_dir.filePath(QStringLiteral("record.json"));
        QFile f(record);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(shown.out.toUtf8());
        f.close();
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        // Without the institutions the record refers to: refused, nothing written.
        const Run alone = cli({ QStringLiteral("--database"), other, QStringLiteral("import-json"), record });
        QCOMPARE(alone.code, int(Cli::Failed));
        QVERIFY2(alone.err.contains(QStringLiteral("record.json")) && alone.err.contains(QStringLiteral("institution")),
                 qPrintable(alone.err));
        QCOMPARE(cli({ QStringLiteral("--database"), other, QStringLiteral("check") })
                         .json()
                         .object()
                         .value(QStringLiteral("patients"))
                         .toInt(),
                 0);
        const Run r = cli({ QStringLiteral("--database"), other, QStringLiteral("import-json"),
                            QStringLiteral(":/demo/institutions.json"), record });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("patients")).toArray(),
                 QJsonArray{ demoRecordNumbers().first() });
        const Run again =
                cli({ QStringLiteral("--database"), other, QStringLiteral("show"), demoRecordNumbers().first() });
        QCOMPARE(again.json().object().value(QStringLiteral("diagnoses")).toArray().size(),
                 shown.json().object().value(QStringLiteral("diagnoses")).toArray().size());
    }

    void importReportsBadRowsWithPartialExit()
    {
        const QString csv = m_dir.filePath(QStringLiteral("p.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("record_number,family_name_latin,given_name_latin,birth_date\n"
                "CSV-1,TESTOV,Arman,1990-01-01\n"
                "CSV-2,TESTOVA,Dana,01/02/1990\n");
        f.close();
        const Run r = cli({ QStringLiteral("--database"), m_db, QStringLiteral("import-patients"), csv });
        QCOMPARE(r.code, int(Cli::Partial));
        QCOMPARE(r.json().object().value(QStringLiteral("imported")).toInt(), 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3")), qPrintable(r.err));
    }

    void userErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << QStringList{} << int(Cli::Usage) << "Usage";
        QTest::newRow("unknown verb") << QStringList{ "frobnicate" } << int(Cli::Usage) << "frobnicate";
        QTest::newRow("show without patient") << QStringList{ "show" } << int(Cli::Usage) << "needs an argument";
        QTest::newRow("unknown patient") << QStringList{ "show", "NOPE-1" } << int(Cli::Failed) << "NOPE-1";
        QTest::newRow("import-json without file")
                << QStringList{ "import-json" } << int(Cli::Usage) << "needs an argument";
        QTest::newRow("missing json") << QStringList{ "import-json", "/nonexistent/x.json" } << int(Cli::Failed)
                                      << "cannot be read";
        QTest::newRow("missing csv") << QStringList{ "import-patients", "/nonexistent/x.csv" } << int(Cli::Failed)
                                     << "cannot be read";
        QTest::newRow("bad patient count")
                << QStringList{ "generate", "--patients", "many" } << int(Cli::Usage) << "--patients";
    }
    void userErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(QStringList{ QStringLiteral("--database"), m_db } + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void checkReportsIntegrity()
    {
        const Run r = cli({ QStringLiteral("--database"), m_db, QStringLiteral("check") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QVERIFY(r.json().object().value(QStringLiteral("patients")).toInt() > 0);
    }

    void refusesNonDatabase()
    {
        const QString notDb = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notDb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes");
        f.close();
        const Run r = cli({ QStringLiteral("--database"), notDb, QStringLiteral("search"), QStringLiteral("x") });
        QCOMPARE(r.code, int(Cli::Failed));
        QVERIFY(r.err.contains(QStringLiteral("not a Caravan database")));
    }

    void generateMakesSearchablePatients()
    {
        const QString db = m_dir.filePath(QStringLiteral("gen.sqlite"));
        const Run r = cli({ QStringLiteral("--database"), db, QStringLiteral("generate"), QStringLiteral("--patients"),
                            QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("patients")).toInt(), 200);
        const Run s = cli({ QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("SYN-0000001") });
        QCOMPARE(s.code, 0);
        QVERIFY(!s.json().object().value(QStringLiteral("patient")).toObject().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
