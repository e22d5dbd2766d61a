// ExportCommand: caravan-cli's "export" verb. Makes the referral summary, the
// tele-consultation record or the visa invitation letter (core/report Documents) of
// one patient into a file, or of many patients (--patient A,B,C or --all) into a
// folder with a progress line on err. Arguments come in through the Cli's parser;
// JSON about what was written goes to out, messages for people to err.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QTextStream>

class QCommandLineParser;

namespace caravan {

class Store;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static QList<QCommandLineOption> options();
    static QString usage();
    // Checks the words and options before the database is opened; empty when fine.
    static QString checkUsage(const QCommandLineParser &parser, const QStringList &args);
    // Returns a Cli exit code.
    static int run(const QCommandLineParser &parser, const QStringList &args, Store &store, QTextStream &out,
                   QTextStream &err);
};

} // namespace caravan
