// ExportCommand: see exportcommand.h.
#include "exportcommand.h"

#include "cli.h"
#include "report/document.h"
#include "storage/store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caravan {

namespace {

DocumentOptions optionsFrom(const QCommandLineParser &parser, Store &store)
{
    DocumentOptions o;
    o.languages = parser.value(QStringLiteral("lang")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.centreName = parser.value(QStringLiteral("centre"));
    o.centreAddress = parser.value(QStringLiteral("address")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    o.centreLogo = parser.value(QStringLiteral("logo"));
    o.includePassport = parser.isSet(QStringLiteral("passport"));
    o.today = QDate::currentDate();
    o.visitId = parser.value(QStringLiteral("visit")).toLongLong();
    o.intendedTreatment = parser.value(QStringLiteral("treatment"));
    o.stayFrom = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    o.stayTo = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    o.signatory = parser.value(QStringLiteral("signatory")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    for (const Institution &i : store.institutions())
        o.institutions.insert(i.id, i.name);
    return o;
}

std::optional<qint64> patientId(Store &store, const QString &key)
{
    if (const auto byNumber = store.patientIdByRecordNumber(key))
        return *byNumber;
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId && store.record(id))
        return id;
    return std::nullopt;
}

QString fileNameFor(const QString &recordNumber, DocumentKind kind, const QStringList &languages)
{
    QString safe = recordNumber;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QStringLiteral("%1_%2_%3.pdf").arg(safe, Documents::code(kind), languages.join(QLatin1Char('+')));
}

} // namespace

QList<QCommandLineOption> ExportCommand::options()
{
    return {
        { QStringLiteral("all"), tr("Export for every patient (batch; -o names a folder).") },
        { QStringLiteral("logo"), tr("An image for the letterhead."), tr("FILE") },
        { QStringLiteral("visit"), tr("Tele-consultation record: which consultation (id); default: the latest."),
          tr("ID") },
        { QStringLiteral("treatment"), tr("Invitation letter: the intended treatment."), tr("TEXT") },
        // Shared with copy-to (copycommand.h), whose --from names the database to copy.
        { QStringLiteral("from"),
          tr("Invitation letter: first day of the stay (YYYY-MM-DD). copy-to: the database to copy (default: "
             "--database)."),
          tr("VALUE") },
        { QStringLiteral("to"), tr("Invitation letter: last day of the stay."), tr("YYYY-MM-DD") },
        { QStringLiteral("signatory"), tr("Invitation letter: name and title under the signature line."), tr("TEXT") },
    };
}

QString ExportCommand::usage()
{
    return tr("  export summary|teleconsult|invitation --patient PATIENT --lang L[,L2] -o FILE.pdf\n"
              "                                     a document as a PDF in one language or two\n"
              "                                     (en, ur, kk, ru, zh_CN), its content attached as JSON;\n"
              "                                     [--centre NAME] [--address TEXT] [--logo FILE]\n"
              "                                     summary: [--passport]; teleconsult: [--visit ID];\n"
              "                                     invitation: [--from DATE --to DATE] [--treatment TEXT]\n"
              "                                     [--signatory TEXT]\n"
              "  export KIND --patient A,B,C | --all --lang L -o FOLDER\n"
              "                                     many patients at once, one file each, with a progress line\n");
}

QString ExportCommand::checkUsage(const QCommandLineParser &parser, const QStringList &args)
{
    if (!Documents::fromCode(args.value(1)))
        return tr("\"export\" makes one of: summary, teleconsult, invitation.");
    if ((!parser.isSet(QStringLiteral("patient")) && !parser.isSet(QStringLiteral("all")))
        || !parser.isSet(QStringLiteral("o")))
        return tr("\"export %1\" needs --patient (or --all) and -o FILE.pdf.").arg(args.value(1));
    if (const auto langs = Documents::checkLanguages(
                parser.value(QStringLiteral("lang")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        !langs)
        return langs.error().message;
    for (const char *name : { "from", "to" }) {
        const QString v = parser.value(QLatin1String(name));
        if (!v.isEmpty() && !QDate::fromString(v, Qt::ISODate).isValid())
            return tr("--%1 \"%2\" is not a date; write it as YYYY-MM-DD.").arg(QLatin1String(name), v);
    }
    return {};
}

int ExportCommand::run(const QCommandLineParser &parser, const QStringList &args, Store &store, QTextStream &out,
                       QTextStream &err)
{
    const DocumentKind kind = *Documents::fromCode(args.value(1));
    DocumentOptions options = optionsFrom(parser, store);
    options.languages = *Documents::checkLanguages(options.languages);
    const QString target = parser.value(QStringLiteral("o"));

    // Which patients: all, a list, or one.
    QList<qint64> ids;
    const QStringList keys = parser.value(QStringLiteral("patient")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("all"))) {
        ids = store.patientIds();
    } else {
        for (const QString &key : keys) {
            const auto id = patientId(store, key.trimmed());
            if (!id) {
                err << Cli::tr("No patient has the record number or id \"%1\".").arg(key.trimmed()) << '\n';
                return Cli::Failed;
            }
            ids << *id;
        }
    }
    const bool batch = parser.isSet(QStringLiteral("all")) || keys.size() > 1;
    if (!batch && ids.isEmpty()) {
        err << tr("\"export %1\" needs --patient (or --all) and -o FILE.pdf.").arg(args.value(1)) << '\n';
        return Cli::Usage;
    }

    if (!batch) {
        const auto record = store.record(ids.first());
        if (!record) {
            err << Cli::tr("No patient has the record number or id \"%1\".").arg(keys.value(0)) << '\n';
            return Cli::Failed;
        }
        if (Status s = Documents::writePdf(kind, *record, options, target); !s) {
            err << s.error().message << '\n';
            return Cli::Failed;
        }
        // Who sent which document where: into the patient's audit trail.
        if (Status s = store.recordDisclosure(ids.first(), Documents::code(kind), options.languages,
                                              QFileInfo(target).absoluteFilePath());
            !s) {
            err << s.error().message << '\n';
            return Cli::Failed;
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{ { QStringLiteral("document"), Documents::code(kind) },
                                                            { QStringLiteral("patient"), record->patient.recordNumber },
                                                            { QStringLiteral("languages"),
                                                              QJsonArray::fromStringList(options.languages) },
                                                            { QStringLiteral("file"), target } })
                                         .toJson(QJsonDocument::Indented));
        return Cli::Done;
    }

    if (QFileInfo(target).exists() && !QFileInfo(target).isDir()) {
        err << tr("For many patients, -o names a folder; %1 is a file.").arg(QDir::toNativeSeparators(target)) << '\n';
        return Cli::Usage;
    }
    if (!QDir().mkpath(target)) {
        err << tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(target)) << '\n';
        return Cli::Failed;
    }
    const QDir dir(target);
    QJsonArray written, failed;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < ids.size(); ++i) {
        const auto record = store.record(ids[i]);
        const QString number = record ? record->patient.recordNumber : QString::number(ids[i]);
        Status s = record ? Status{}
                          : Status{ Error{ Cli::tr("No patient has the record number or id \"%1\".").arg(number) } };
        const QString file = dir.filePath(fileNameFor(number, kind, options.languages));
        if (s)
            s = Documents::writePdf(kind, *record, options, file);
        if (s)
            s = store.recordDisclosure(ids[i], Documents::code(kind), options.languages,
                                       QFileInfo(file).absoluteFilePath());
        if (s)
            written.append(QJsonObject{ { QStringLiteral("patient"), number }, { QStringLiteral("file"), file } });
        else
            failed.append(QJsonObject{ { QStringLiteral("patient"), number },
                                       { QStringLiteral("error"), s.error().message } });
        // One line, rewritten in place: done/total, failures, the patient, elapsed seconds.
        err << '\r'
            << tr("Exported %1 of %2 (%3 failed) · %4 · %5 s")
                        .arg(i + 1)
                        .arg(ids.size())
                        .arg(failed.size())
                        .arg(number)
                        .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        err.flush();
    }
    err << '\n';
    for (const QJsonValue f : failed)
        err << f.toObject().value(QStringLiteral("patient")).toString() << ": "
            << f.toObject().value(QStringLiteral("error")).toString() << '\n';
    out << QString::fromUtf8(
            QJsonDocument(QJsonObject{ { QStringLiteral("document"), Documents::code(kind) },
                                       { QStringLiteral("languages"), QJsonArray::fromStringList(options.languages) },
                                       { QStringLiteral("written"), written },
                                       { QStringLiteral("failed"), failed } })
                    .toJson(QJsonDocument::Indented));
    return failed.isEmpty() ? Cli::Done : written.isEmpty() ? Cli::Failed : Cli::Partial;
}

} // namespace caravan
