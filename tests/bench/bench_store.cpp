// bench_store: figures for docs/PERFORMANCE.md (not a test). Generates a synthetic
// centre into a fresh SQLite file and prints generation time, database size, open
// time, search latency p50/p95 over varied queries in several scripts, list-id
// load time and peak memory (VmHWM).
//   usage: bench_store [--patients N] [--keep PATH] [--existing PATH]
//   --existing measures an already generated database instead of generating one.
#include "synthetic/syntheticcentre.h"
#include "storage/database.h"
#include "storage/patientlistquery.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace caravan;

static QString peakMemory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int patients = 100000;
    QString path;
    bool existing = false;
    QTemporaryDir dir;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--patients"))
            patients = args[i + 1].toInt();
        if (args[i] == QLatin1String("--keep") || args[i] == QLatin1String("--existing"))
            path = args[i + 1];
        existing = existing || args[i] == QLatin1String("--existing");
    }
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!existing)
        QFile::remove(path);

    QElapsedTimer t;
    if (!existing) {
        Database db;
        if (Status s = db.openSqlite(path); !s) {
            fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        Store store(db);
        t.start();
        SyntheticOptions options;
        options.patients = patients;
        options.seed = 42;
        if (Status s = generateSyntheticCentre(store, options); !s) {
            fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
            return 1;
        }
        printf("generate %d patients: %.1f s\n", patients, t.elapsed() / 1000.0);
        (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {});
        QSqlQuery rows(db.connection());
        qint64 total = 0;
        for (const char *table : { "patient", "diagnosis", "treatment_course", "assessment", "measurement", "visit",
                                   "audit_log", "search_key" }) {
            rows.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            rows.next();
            printf("  %-17s %10lld rows\n", table, rows.value(0).toLongLong());
            total += rows.value(0).toLongLong();
        }
        printf("  all tables        %10lld rows\n", total);
    }
    printf("database size: %.1f MB\n", QFileInfo(path).size() / 1e6);

    Database db;
    t.restart();
    if (Status s = db.open(path); !s) { // a file, or a server's address
        fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    Store store(db);
    const int count = store.patientCount();
    printf("open (checks + migrations + first count): %lld ms (%d patients)\n", t.elapsed(), count);

    PatientListQuery list(db);
    t.restart();
    const QList<qint64> ids = list.allIds();
    const qint64 idsMs = t.elapsed();
    t.restart();
    const auto firstPage = list.rows(ids.mid(0, 200));
    printf("patient list: all ids %lld ms, first page of %lld rows %lld ms\n", idsMs, qlonglong(firstPage.size()),
           t.elapsed());

    const QStringList queries{ QStringLiteral("Aigerim"),
                               QStringLiteral("Айгерім Жақсылықова"),
                               QStringLiteral("Aygerim Jaksylykova"),
                               QStringLiteral("Muhammad"),
                               QStringLiteral("محمد"),
                               QStringLiteral("Khan"),
                               QStringLiteral("فاطمہ"),
                               QStringLiteral("Nurlan"),
                               QStringLiteral("Нұрлан"),
                               QStringLiteral("Иванова"),
                               QStringLiteral("Wang"),
                               QStringLiteral("王"),
                               QStringLiteral("Zh"),
                               QStringLiteral("M"),
                               QStringLiteral("SYN-0004"),
                               QStringLiteral("SYN-0012345"),
                               QStringLiteral("Bakyt Asanov"),
                               QStringLiteral("Ali"),
                               QStringLiteral("Asel"),
                               QStringLiteral("+92 300"),
                               QStringLiteral("Dilnoza"),
                               QStringLiteral("Ahmed Raza"),
                               QStringLiteral("Mariia"),
                               QStringLiteral("Li") };
    QList<double> ms;
    for (int round = 0; round < 5; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer s;
            s.start();
            const auto hits = store.search().find(q, 50);
            ms << s.nsecsElapsed() / 1e6;
            if (round == 0)
                printf("  %-22s %3lld hits %7.2f ms\n", qPrintable(q), qlonglong(hits.size()), ms.last());
        }
    }
    std::sort(ms.begin(), ms.end());
    printf("search over %lld queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n", qlonglong(ms.size()), ms[ms.size() / 2],
           ms[int(ms.size() * 0.95)], ms.last());
    printf("peak memory (VmHWM): %s\n", qPrintable(peakMemory()));
    return 0;
}
