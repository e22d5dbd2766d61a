#include "copycommand.h"

#include "cli.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace caravan {

namespace {

void printComparison(const CopyComparison &c, QTextStream &out)
{
    out << QStringLiteral("%1 %2 %3 %4  %5  %6\n")
                    .arg(CopyCommand::tr("table"), -18)
                    .arg(CopyCommand::tr("source"), 10)
                    .arg(CopyCommand::tr("target"), 10)
                    .arg(CopyCommand::tr("differing"), 10)
                    .arg(CopyCommand::tr("checksum"), -16)
                    .arg(CopyCommand::tr("result"));
    for (const TableComparison &t : c.tables) {
        QString verdict = t.matches() ? CopyCommand::tr("same") : CopyCommand::tr("DIFFERENT");
        if (!t.firstDifference.isEmpty())
            verdict += QStringLiteral(" (%1)").arg(CopyCommand::tr("first at %1").arg(t.firstDifference));
        const QString sum = t.sourceChecksum == t.targetChecksum
                ? t.sourceChecksum.left(16)
                : t.sourceChecksum.left(7) + QLatin1Char('/') + t.targetChecksum.left(7) + QLatin1Char(' ');
        out << QStringLiteral("%1 %2 %3 %4  %5  %6\n")
                        .arg(t.table, -18)
                        .arg(t.sourceRows, 10)
                        .arg(t.targetRows, 10)
                        .arg(t.differingRows, 10)
                        .arg(sum, -16)
                        .arg(verdict);
    }
    out.flush();
}

DatabaseCopy::Progress progressOn(QTextStream &err, const QString &what)
{
    auto last = std::make_shared<QElapsedTimer>();
    last->start();
    return [&err, what, last](qint64 done, qint64 total) {
        if (last->elapsed() > 500 || done == total) {
            err << '\r' << what.arg(done).arg(total);
            err.flush();
            last->restart();
        }
        return true;
    };
}

} // namespace

QList<QCommandLineOption> CopyCommand::options()
{
    // --from is the export verb's option, read here too (exportcommand.cpp).
    return { QCommandLineOption(QStringLiteral("verify-only"),
                                tr("copy-to: copy nothing, compare the two databases row by row.")) };
}

QString CopyCommand::usage()
{
    return tr("  copy-to TARGET [--from SOURCE]       copy a whole database (a file to a server, or a server to\n"
              "                                       a new file) into an empty one, then compare every row;\n"
              "                                       --verify-only compares without copying\n");
}

int CopyCommand::run(const QCommandLineParser &parser, const QString &target, const QString &source,
                     QTextStream &out, QTextStream &err)
{
    const bool verifyOnly = parser.isSet(QStringLiteral("verify-only"));
    const bool newFile = !Database::isServerAddress(target) && !verifyOnly;
    if (newFile && QFileInfo(target).exists() && QFileInfo(target).size() > 0) {
        err << tr("%1 already exists. Copy into a new file, so that nothing in an existing one is mixed or "
                  "lost.")
                        .arg(target)
            << '\n';
        return Cli::Failed;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(source).absoluteFilePath() || target == source) {
        err << tr("The source and the target are the same database.") << '\n';
        return Cli::Usage;
    }
    Database from;
    if (Status s = from.open(source); !s) {
        err << s.error().message << '\n';
        return Cli::Failed;
    }
    Database to;
    if (Status s = to.open(target); !s) {
        err << s.error().message << '\n';
        if (newFile)
            QFile::remove(target);
        return Cli::Failed;
    }
    QElapsedTimer timer;
    timer.start();
    if (!verifyOnly) {
        const Status copied = DatabaseCopy::copy(from, to, progressOn(err, tr("Copied %1 of %2 rows")));
        err << '\n';
        if (!copied) {
            err << copied.error().message << '\n';
            if (newFile) {
                to.close();
                QFile::remove(target);
            }
            return Cli::Failed;
        }
    }
    const auto comparison = DatabaseCopy::verify(from, to, progressOn(err, tr("Compared %1 of %2 rows")));
    err << '\n';
    if (!comparison) {
        err << comparison.error().message << '\n';
        return Cli::Failed;
    }
    printComparison(*comparison, out);
    if (!comparison->matches()) {
        err << tr("%1 does not hold the same rows as %2: see the tables marked DIFFERENT.").arg(to.path(), from.path())
            << '\n';
        return Cli::Failed;
    }
    err << tr("%1 rows in %2 tables are the same in both databases (%3 s).")
                    .arg(comparison->rows())
                    .arg(comparison->tables.size())
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << '\n';
    return Cli::Done;
}

} // namespace caravan
