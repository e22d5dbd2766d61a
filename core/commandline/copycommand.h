// The copy-to verb of caravan-cli: a whole database into a new, empty one, then
// both read again and compared row by row (core/storage/databasecopy.h).
//   copy-to postgresql://admin@server/centre [--from FILE.sqlite]   a desk's file to the server
//   copy-to FILE.sqlite --from postgresql://...                     an offline copy of the server
//   copy-to TARGET --verify-only [--from SOURCE]                    compare two databases again
// Without --from the source is --database (by default the desktop's own file).
// Prints a table of rows and checksums per table on out, progress on err; exits 0
// only when every table matches.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace caravan {

class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)
public:
    static QList<QCommandLineOption> options();
    static QString usage();
    static int run(const QCommandLineParser &parser, const QString &target, const QString &source, QTextStream &out,
                   QTextStream &err);
};

} // namespace caravan
