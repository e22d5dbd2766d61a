#include "cli.h"

#include "admincommand.h"
#include "copycommand.h"

#include "interop/patientcsvimport.h"
#include "interop/recordjson.h"
#include "interop/recordjsonimport.h"
#include "exportcommand.h"
#include "sample/democases.h"
#include "synthetic/syntheticcentre.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace caravan {

namespace {

void printJson(QTextStream &out, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

QString usage()
{
    return Cli::tr("Usage: caravan-cli [--database PATH] VERB [ARGUMENTS]\n"
                   "Verbs:\n"
                   "  demo                               load the fictional demo cases\n"
                   "  generate --patients N [--seed S]   fill the store with a synthetic centre\n"
                   "  import-patients FILE.csv           import patients (columns: see docs/CSV.md)\n"
                   "  import-json FILE.json...           import records as show prints them, and\n"
                   "                                     {\"institutions\": [...]}; all or nothing\n"
                   "  search TEXT                        find patients by name in any script, record,\n"
                   "                                     passport or phone number\n"
                   "  show PATIENT                       the whole record (id or record number) as JSON\n"
                   "  check                              check the database file page by page\n")
            + ExportCommand::usage() + CopyCommand::usage() + AdminCommand::usage();
}

// import-json: every file in one transaction; nothing is kept if one of them is wrong.
int importJson(Store &store, const QStringList &files, QTextStream &out, QTextStream &err)
{
    const auto report = RecordJsonImport::importFiles(store, files);
    if (!report) {
        err << report.error().fullText() << '\n';
        return Cli::Failed;
    }
    printJson(out,
              QJsonObject{ { QStringLiteral("institutions"), report->institutions },
                           { QStringLiteral("patients"), QJsonArray::fromStringList(report->recordNumbers) } });
    return Cli::Done;
}

int check(const Database &db, const Store &store, QTextStream &out, QTextStream &err)
{
    if (Status s = db.checkIntegrity(); !s) {
        err << s.error().message << '\n';
        return Cli::Failed;
    }
    printJson(out,
              QJsonObject{ { QStringLiteral("database"), db.path() },
                           { QStringLiteral("integrity"), QStringLiteral("ok") },
                           { QStringLiteral("schema"), db.schemaVersion() },
                           { QStringLiteral("patients"), store.patientCount() } });
    return Cli::Done;
}

int demo(Store &store, const Database &db, QTextStream &out, QTextStream &err)
{
    if (!demoRecordNumbers().isEmpty() && store.patientIdByRecordNumber(demoRecordNumbers().first())) {
        err << Cli::tr("The demo cases are already in %1.").arg(db.path()) << '\n';
        return Cli::Failed;
    }
    if (Status s = loadDemoCases(store); !s) {
        err << s.error().fullText() << '\n';
        return Cli::Failed;
    }
    printJson(out,
              QJsonObject{ { QStringLiteral("database"), db.path() },
                           { QStringLiteral("patients"), store.patientCount() } });
    return Cli::Done;
}

int generate(Store &store, const Database &db, const QString &patients, const QString &seed, QTextStream &out,
             QTextStream &err)
{
    bool okN = false, okS = false;
    SyntheticOptions options;
    options.patients = patients.toInt(&okN);
    options.seed = seed.toUInt(&okS);
    if (!okN || options.patients < 1 || !okS) {
        err << Cli::tr("--patients must be a positive whole number and --seed a non-negative one.") << '\n';
        return Cli::Usage;
    }
    QElapsedTimer timer;
    timer.start();
    const Status s = generateSyntheticCentre(store, options, [&err](int done, int total) {
        err << '\r' << Cli::tr("Generated %1 of %2 patients").arg(done).arg(total);
        err.flush();
    });
    err << '\n';
    if (!s) {
        err << s.error().fullText() << '\n';
        return Cli::Failed;
    }
    printJson(out,
              QJsonObject{ { QStringLiteral("database"), db.path() },
                           { QStringLiteral("patients"), store.patientCount() },
                           { QStringLiteral("seconds"), timer.elapsed() / 1000.0 } });
    return Cli::Done;
}

int importPatients(Store &store, const QString &file, QTextStream &out, QTextStream &err)
{
    const auto report = PatientCsvImport::importFile(store, file);
    if (!report) {
        err << report.error().fullText() << '\n';
        return Cli::Failed;
    }
    QJsonArray problems;
    for (const auto &p : report->problems) {
        err << Cli::tr("Line %1 (%2): %3").arg(p.line).arg(p.recordNumber, p.message) << '\n';
        problems.append(QJsonObject{ { QStringLiteral("line"), p.line },
                                     { QStringLiteral("record_number"), p.recordNumber },
                                     { QStringLiteral("message"), p.message } });
    }
    printJson(out,
              QJsonObject{ { QStringLiteral("imported"), report->imported }, { QStringLiteral("failed"), problems } });
    return report->problems.isEmpty() ? Cli::Done : Cli::Partial;
}

int show(const Store &store, const QString &key, QTextStream &out, QTextStream &err)
{
    bool isId = false;
    qint64 id = key.toLongLong(&isId);
    if (const auto byNumber = store.patientIdByRecordNumber(key))
        id = *byNumber;
    else if (!isId) {
        err << Cli::tr("No patient has the record number or id \"%1\".").arg(key) << '\n';
        return Cli::Failed;
    }
    const auto record = store.record(id);
    if (!record) {
        err << Cli::tr("No patient has the record number or id \"%1\".").arg(key) << '\n';
        return Cli::Failed;
    }
    printJson(out, patientRecordToJson(*record, QDate::currentDate()));
    return Cli::Done;
}

} // namespace

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Caravan command-line companion"));
    const QCommandLineOption databaseOption(
            QStringLiteral("database"),
            tr("The SQLite database file, or a server address: postgresql://user@host:5432/database."), tr("PATH"),
            Database::defaultSqlitePath());
    const QCommandLineOption patientsOption(QStringLiteral("patients"), tr("How many patients to generate."), tr("N"),
                                            QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed of the generator."), tr("S"),
                                        QStringLiteral("1"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("Most search results to show."), tr("N"),
                                         QStringLiteral("20"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Name written into the audit trail."), tr("NAME"));
    const QCommandLineOption patientOption(QStringLiteral("patient"), tr("The patient (id or record number)."),
                                           tr("PATIENT"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Document language(s), comma-separated."),
                                        tr("L[,L2]"), QStringLiteral("en"));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."),
                                          tr("FILE"));
    const QCommandLineOption centreOption(QStringLiteral("centre"), tr("The centre's name on the letterhead."),
                                          tr("NAME"), tr("International Patient Centre"));
    const QCommandLineOption addressOption(QStringLiteral("address"), tr("The centre's address on the letterhead."),
                                           tr("TEXT"));
    const QCommandLineOption passportOption(QStringLiteral("passport"), tr("Include passport and visa."));
    parser.addOptions({ databaseOption, patientsOption, seedOption, limitOption, userOption, patientOption, langOption,
                        outputOption, centreOption, addressOption, passportOption });
    parser.addOptions(ExportCommand::options());
    parser.addOptions(AdminCommand::options());
    parser.addOptions(CopyCommand::options());
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return Done;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << usage();
        return Usage;
    }
    const QString verb = args.first();
    static const QStringList verbs{
        QStringLiteral("demo"),        QStringLiteral("generate"), QStringLiteral("import-patients"),
        QStringLiteral("import-json"), QStringLiteral("search"),   QStringLiteral("show"),
        QStringLiteral("check"),       QStringLiteral("export"),   QStringLiteral("admin"),
        QStringLiteral("copy-to")
    };
    if (!verbs.contains(verb)) {
        err << tr("Unknown verb \"%1\".").arg(verb) << '\n' << usage();
        return Usage;
    }
    const bool needsArgument = verb == QLatin1String("import-patients") || verb == QLatin1String("import-json")
            || verb == QLatin1String("search") || verb == QLatin1String("show") || verb == QLatin1String("copy-to");
    if (needsArgument && args.size() < 2) {
        err << tr("\"%1\" needs an argument.").arg(verb) << '\n' << usage();
        return Usage;
    }

    if (verb == QLatin1String("copy-to"))
        return CopyCommand::run(parser, args.at(1),
                                parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from"))
                                                                     : parser.value(databaseOption),
                                out, err);
    if (verb == QLatin1String("admin"))
        return AdminCommand::run(parser, args, parser.value(databaseOption), out, err, in);
    if (verb == QLatin1String("export")) {
        if (const QString problem = ExportCommand::checkUsage(parser, args); !problem.isEmpty()) {
            err << problem << '\n' << usage();
            return Usage;
        }
    }

    Database db;
    if (Status s = db.open(parser.value(databaseOption)); !s) {
        err << s.error().message << '\n';
        return Failed;
    }
    Store store(db);
    if (parser.isSet(userOption))
        store.setUserName(parser.value(userOption));

    if (verb == QLatin1String("check"))
        return check(db, store, out, err);
    if (verb == QLatin1String("demo"))
        return demo(store, db, out, err);
    if (verb == QLatin1String("generate"))
        return generate(store, db, parser.value(patientsOption), parser.value(seedOption), out, err);
    if (verb == QLatin1String("import-patients"))
        return importPatients(store, args.at(1), out, err);
    if (verb == QLatin1String("import-json"))
        return importJson(store, args.mid(1), out, err);
    if (verb == QLatin1String("search")) {
        const QString text = args.mid(1).join(QLatin1Char(' '));
        printJson(out, searchHitsToJson(store.search().find(text, parser.value(limitOption).toInt())));
        return Done;
    }
    if (verb == QLatin1String("export"))
        return ExportCommand::run(parser, args, store, out, err);
    return show(store, args.at(1), out, err);
}

} // namespace caravan
