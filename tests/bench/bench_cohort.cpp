// bench_cohort: figures for docs/PERFORMANCE.md (not a test). Opens an existing
// database and prints, for each cohort (CAR-T and transplant anchors, all lanes and
// narrowed by filters to a few hundred), the time CohortQuery::lanes() takes
// (p50/max over rounds) and the lane count; then the frame time of a CohortView
// with 500 lanes repainted offscreen at 1400×900 (scrolled to the middle, and
// zoomed out to the whole history).
//   usage: bench_cohort --database PATH [--rounds N] [--grab PNG]  (--grab: save the view and stop)
//   data:  build/app/cli/caravan-cli --database /tmp/cohort20k.sqlite generate --patients 20000 --seed 4
#include "cohort/cohortswimlanes.h"
#include "cohort/cohortview.h"
#include "events/changenotifier.h"
#include "storage/cohortquery.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cstdio>

using namespace caravan;

namespace {

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

struct Stats
{
    QList<double> v;
    void add(double x) { v << x; }
    double p50()
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(v.size() / 2);
    }
    double max() const { return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end()); }
};

void benchQuery(Database &db, const char *name, const CohortFilter &f, int rounds)
{
    CohortQuery q(db);
    Stats s;
    qsizetype n = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        n = q.lanes(f).size();
        s.add(ms(t));
    }
    std::printf("  query %-44s %6lld lanes  p50 %7.1f ms  max %7.1f ms\n", name, qlonglong(n), s.p50(), s.max());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--database"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_cohort --database PATH [--rounds N]\n");
        return 2;
    }
    const qsizetype r = args.indexOf(QStringLiteral("--rounds"));
    const int rounds = r >= 0 && r + 1 < args.size() ? args.at(r + 1).toInt() : 5;
    Database db;
    if (Status s = db.open(args.at(at + 1)); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    Store store(db);
    std::printf("bench_cohort --database %s (%d patients), %d rounds\n", qPrintable(args.at(at + 1)),
                store.patientCount(), rounds);

    if (const qsizetype g = args.indexOf(QStringLiteral("--grab")); g >= 0 && g + 1 < args.size()) {
        ChangeNotifier notifier;
        CohortView view(store, &notifier);
        view.resize(1400, 800);
        view.show();
        QApplication::processEvents();
        return view.grab().save(args.at(g + 1)) ? 0 : 1;
    }
    CohortFilter f;
    benchQuery(db, "CAR-T, all", f, rounds);
    f.anchor = CohortAnchor::TransplantInfusion;
    benchQuery(db, "transplant, all", f, rounds);
    f.sort = CohortSort::RelapseFirst;
    benchQuery(db, "transplant, all, relapse first", f, rounds);
    // Narrowed to a few hundred lanes: one country and a year of infusions.
    const QList<CohortLane> all = CohortQuery(db).lanes({});
    if (!all.isEmpty()) {
        QHash<QString, int> perCountry;
        for (const CohortLane &l : all)
            ++perCountry[l.nationality];
        QString country = perCountry.keys().value(0);
        for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
            if (std::abs(it.value() - 500) < std::abs(perCountry.value(country) - 500))
                country = it.key();
        CohortFilter c;
        c.country = country;
        benchQuery(db, qPrintable(QStringLiteral("CAR-T, nationality %1").arg(country)), c, rounds);
        c.sort = CohortSort::DaysToRelapse;
        benchQuery(db, qPrintable(QStringLiteral("CAR-T, nationality %1, by relapse").arg(country)), c, rounds);
        CohortFilter y;
        y.anchor = CohortAnchor::TransplantInfusion;
        y.anchorFrom = QDate::currentDate().addYears(-2);
        y.anchorTo = QDate::currentDate().addYears(-1);
        y.diagnosisGroup = DiagnosisGroup::HaematologicalMalignancy;
        benchQuery(db, "transplant, haem. malignancy, one year", y, rounds);
    }

    // Frame time with 500 lanes.
    ChangeNotifier notifier;
    CohortView view(store, &notifier);
    view.resize(1400, 900);
    CohortSwimlanes *lanes = view.swimlanes();
    QList<CohortLane> five = CohortQuery(db).lanes({});
    five = five.mid(0, 500);
    lanes->setLanes(five);
    view.show();
    QApplication::processEvents();
    QImage image(lanes->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto frames = [&](const char *name) {
        Stats s;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer t;
            t.start();
            lanes->viewport()->render(&image);
            s.add(ms(t));
        }
        std::printf("  frame %-44s %6d lanes  p50 %7.2f ms  max %7.2f ms\n", name, lanes->laneCount(), s.p50(),
                    s.max());
    };
    frames("top, day -30 .. +365");
    lanes->verticalScrollBar()->setValue(lanes->verticalScrollBar()->maximum() / 2);
    frames("middle, day -30 .. +365");
    lanes->setDayRange(-2000, 2000);
    frames("middle, day -2000 .. +2000");
    return 0;
}
