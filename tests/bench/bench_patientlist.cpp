// bench_patientlist: figures for docs/PERFORMANCE.md (not a test). Opens an
// existing database and drives the real PatientListPane (offscreen unless a
// platform is set) the way a coordinator does, printing:
//   - opening the list: pane and model created + the first screen (40 rows) fetched;
//   - search-as-you-type: setText() on the search box -> model reset -> first 40
//     rows fetched, per keystroke, over prefixes typed in Latin, Cyrillic and Urdu
//     script, record numbers, and clearing the box (p50/p95/max; also with the
//     table repainted);
//   - each filter and each column sort (both directions): time to the first 40 rows;
//   - peak memory (VmHWM).
//   usage: bench_patientlist --database PATH [--rounds N]
#include "events/changenotifier.h"
#include "patientlist/patientlistmodel.h"
#include "patientlist/patientlistpane.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <algorithm>
#include <cstdio>

using namespace caravan;

namespace {

QString peakMemory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// What a view does for the first screen: every column of the first 40 rows.
void fetchFirstScreen(const PatientListModel *model)
{
    const int rows = std::min(40, model->rowCount());
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < PatientListModel::ColumnCount; ++c)
            (void)model->data(model->index(r, c));
}

struct Stats
{
    QList<double> values;
    void add(double v) { values << v; }
    double p50() const
    {
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s[s.size() / 2];
    }
    QString text() const
    {
        if (values.isEmpty())
            return QStringLiteral("-");
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms (%4 samples)")
                .arg(s[s.size() / 2], 0, 'f', 2)
                .arg(s[std::min<qsizetype>(s.size() - 1, qsizetype(s.size() * 0.95))], 0, 'f', 2)
                .arg(s.last(), 0, 'f', 2)
                .arg(s.size());
    }
};

// Every prefix of each word, as typed one key at a time, then the box cleared.
QStringList keystrokes(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        for (int i = 1; i <= w.size(); ++i)
            out << w.left(i);
        out << QString();
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path;
    int rounds = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--database"))
            path = args[i + 1];
        if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
    }
    if (path.isEmpty() || (!Database::isServerAddress(path) && !QFileInfo::exists(path))) {
        fprintf(stderr, "usage: bench_patientlist --database PATH [--rounds N]  (an existing database)\n");
        return 2;
    }

    QElapsedTimer t;
    t.start();
    Database db;
    if (Status s = db.open(path); !s) {
        fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    printf("database %s: opened in %.0f ms (schema %d%s)\n", qPrintable(path), ms(t), db.schemaVersion(),
           db.lastBackupPath().isEmpty()
                   ? ""
                   : qPrintable(QStringLiteral(", migrated; copy kept at ") + db.lastBackupPath()));
    ChangeNotifier notifier;
    Store store(db, &notifier);

    // Opening the list, twice: the first one meets a cold page cache.
    for (int i = 0; i < 2; ++i) {
        t.restart();
        PatientListPane pane(store, &notifier);
        const double created = ms(t);
        fetchFirstScreen(pane.model());
        printf("open list #%d: %.1f ms (pane + ids of %d patients %.1f ms, first 40 rows %.1f ms)\n", i + 1, ms(t),
               pane.totalCount(), created, ms(t) - created);
    }

    PatientListPane pane(store, &notifier);
    pane.resize(1400, 800);
    pane.show();
    QApplication::processEvents();
    PatientListModel *model = pane.model();
    QLineEdit *search = pane.searchEdit();

    struct Script
    {
        const char *name;
        QStringList words;
    };
    const Script scripts[] = {
        { "Latin",
          { QStringLiteral("Aigerim"), QStringLiteral("Muhammad Khan"), QStringLiteral("Zhang Wei"),
            QStringLiteral("Olga"), QStringLiteral("Bakyt") } },
        { "Cyrillic",
          { QStringLiteral("Айгерім"), QStringLiteral("Иванова"), QStringLiteral("Нұрлан"),
            QStringLiteral("Ольга Беляева") } },
        { "Urdu", { QStringLiteral("محمد"), QStringLiteral("فاطمہ"), QStringLiteral("عائشہ نقوی") } },
        { "Chinese", { QStringLiteral("王芳"), QStringLiteral("李") } },
        { "numbers", { QStringLiteral("SYN-0012345"), QStringLiteral("+92 300") } },
    };
    Stats all, allPainted;
    QList<std::pair<double, QString>> samples; // (ms, text typed)
    for (const Script &script : scripts) {
        Stats stats, painted;
        int hits = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QString &text : keystrokes(script.words)) {
                QElapsedTimer k;
                k.start();
                search->setText(text);
                fetchFirstScreen(model);
                const double v = ms(k);
                pane.view()->viewport()->repaint();
                const double p = ms(k);
                if (round > 0 || rounds == 1) { // the first round warms the page cache
                    stats.add(v);
                    painted.add(p);
                    all.add(v);
                    samples.append({ v, text });
                    allPainted.add(p);
                }
                if (round == 0 && text == script.words.last())
                    hits = model->rowCount();
            }
        }
        printf("keystroke %-8s to first 40 rows: %s; with repaint p50 %.2f ms\n", script.name, qPrintable(stats.text()),
               painted.p50());
        printf("    \"%s\" lists %d patients\n", qPrintable(script.words.last()), hits);
    }
    printf("keystroke overall to first 40 rows: %s\n", qPrintable(all.text()));
    printf("keystroke overall incl. table repaint: %s\n", qPrintable(allPainted.text()));
    std::sort(samples.begin(), samples.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    printf("slowest keystrokes:");
    for (qsizetype i = 0; i < std::min<qsizetype>(6, samples.size()); ++i)
        printf(" \"%s\" %.1f ms;", qPrintable(samples[i].second), samples[i].first);
    printf("\n");

    // Filters, alone (whole list) and under a search.
    const auto timeIt = [&](auto &&change) {
        QElapsedTimer k;
        k.start();
        change();
        fetchFirstScreen(model);
        return ms(k);
    };
    struct NamedFilter
    {
        QString name;
        PatientListFilter filter;
    };
    QList<NamedFilter> filters;
    {
        PatientListQuery query(db);
        const QStringList countries = query.nationalities();
        const QStringList coordinators = query.coordinators();
        PatientListFilter f;
        if (!countries.isEmpty()) {
            f.nationality = countries.first();
            filters.append({ QStringLiteral("country %1").arg(f.nationality), f });
        }
        f = {};
        f.status = CaseStatus::InTreatment;
        filters.append({ QStringLiteral("status in treatment"), f });
        for (DiagnosisGroup g :
             { DiagnosisGroup::HaematologicalMalignancy, DiagnosisGroup::SolidTumour, DiagnosisGroup::BenignHaematology,
               DiagnosisGroup::Cardiovascular, DiagnosisGroup::Musculoskeletal, DiagnosisGroup::Congenital,
               DiagnosisGroup::Other }) {
            f = {};
            f.diagnosisGroup = g;
            filters.append({ QStringLiteral("diagnosis group %1").arg(int(g)), f });
        }
        for (TreatmentType type :
             { TreatmentType::CarT, TreatmentType::StemCellTransplant, TreatmentType::Chemotherapy }) {
            f = {};
            f.treatment = type;
            filters.append({ QStringLiteral("treatment %1").arg(codeOf(type)), f });
        }
        if (!coordinators.isEmpty()) {
            f = {};
            f.coordinator = coordinators.first();
            filters.append({ QStringLiteral("coordinator %1").arg(f.coordinator), f });
        }
        f = {};
        f.nationality = countries.value(0);
        f.status = CaseStatus::RemoteFollowUp;
        f.diagnosisGroup = DiagnosisGroup::HaematologicalMalignancy;
        filters.append({ QStringLiteral("country + status + group"), f });
    }
    for (const QString &searchText : { QString(), QStringLiteral("Ali") }) {
        search->setText(searchText);
        for (const NamedFilter &nf : std::as_const(filters)) {
            const double apply = timeIt([&] { pane.setFilter(nf.filter); });
            const int shown = model->rowCount();
            const double clear = timeIt([&] { pane.setFilter({}); });
            printf("filter %-36s %s: %7.1f ms (%6d shown), back to all %6.1f ms\n", qPrintable(nf.name),
                   searchText.isEmpty() ? "whole list" : qPrintable(QStringLiteral("search \"%1\"").arg(searchText)),
                   apply, shown, clear);
        }
    }

    // Sorting by each column, both directions, over the whole list and over search hits.
    for (const QString &searchText : { QString(), QStringLiteral("Ali") }) {
        search->setText(searchText);
        for (int column = 0; column < PatientListModel::ColumnCount; ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            const double asc = timeIt([&] { pane.view()->sortByColumn(column, Qt::AscendingOrder); });
            const double desc = timeIt([&] { pane.view()->sortByColumn(column, Qt::DescendingOrder); });
            printf("sort %-18s %s: ascending %7.1f ms, descending %7.1f ms\n", qPrintable(header),
                   searchText.isEmpty() ? "whole list" : qPrintable(QStringLiteral("search \"%1\"").arg(searchText)),
                   asc, desc);
        }
        const double back = timeIt([&] { pane.view()->sortByColumn(-1, Qt::AscendingOrder); });
        printf("sort back to default order: %.1f ms\n", back);
    }
    search->clear();

    // Scrolling far down: one page of rows fetched.
    const double scroll = timeIt([&] {
        const int row = model->rowCount() / 2;
        for (int c = 0; c < PatientListModel::ColumnCount; ++c)
            (void)model->data(model->index(row, c));
    });
    printf("scroll to the middle (one page of 200 rows): %.1f ms\n", scroll);
    printf("peak memory (VmHWM): %s\n", qPrintable(peakMemory()));
    return 0;
}
