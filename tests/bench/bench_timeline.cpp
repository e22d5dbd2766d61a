// Benchmark (not a test): one frame of the patient timeline for a synthetic record
// with 2,000 events painted into a 1600x600 QImage (software), and one frame of the
// measurement charts; median of 50 each. With --demo DIR it also renders the demo
// CAR-T -> transplant case (DEMO-0001) to DIR/timeline_demo.png and
// DIR/timeline_dayrelative.png.
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_timeline [--demo docs/screenshots]
#include "timeline/timelinecharts.h"
#include "painting/timelinepainter.h"

#include "sample/democases.h"
#include "storage/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace caravan;
using namespace caravan::timeline;

namespace {

PatientRecord syntheticRecord()
{
    PatientRecord r;
    r.patient.id = 1;
    r.patient.arrivalDate = QDate(2016, 3, 1);
    const QDate start(2015, 1, 1);
    Diagnosis dx;
    dx.id = 1;
    dx.diagnosedOn = start;
    dx.icd10Code = QStringLiteral("C91.0");
    r.diagnoses = { dx };
    qint64 id = 100;
    for (int c = 0; c < 60; ++c) { // 60 courses with 8 cycles: 540 items
        TreatmentCourse course;
        course.id = id++;
        course.type = TreatmentType(c % 4);
        course.name = QStringLiteral("Course %1").arg(c);
        course.startDate = start.addDays(c * 55);
        course.endDate = course.startDate.addDays(80);
        course.chemo.cycleLengthDays = 10;
        for (int k = 0; k < 8; ++k)
            course.chemo.cycles.append(ChemoCycle{ k + 1, course.startDate.addDays(k * 10) });
        course.cart.infusionDate = course.startDate.addDays(20);
        course.hsct.infusionDate = course.startDate.addDays(20);
        course.hsct.neutrophilEngraftment = course.startDate.addDays(36);
        r.courses.append(course);
    }
    for (int a = 0; a < 400; ++a) {
        Assessment as;
        as.id = id++;
        as.assessedOn = start.addDays(a * 9);
        as.result = Response(a % 9);
        as.blastPercent = (a * 7) % 40;
        r.assessments.append(as);
    }
    for (int v = 0; v < 1540; ++v) { // with 60 courses and 400 assessments: 2,000 events
        Visit vi;
        vi.id = id++;
        vi.type = VisitType(v % 6);
        vi.startsAt = QDateTime(start.addDays(v * 4), QTime(9, 0), Qt::UTC);
        r.visits.append(vi);
    }
    for (int d = 0; d < 3650; ++d)
        for (MeasurementKind k : { MeasurementKind::Anc, MeasurementKind::Platelets, MeasurementKind::Weight }) {
            Measurement m;
            m.kind = k;
            m.takenAt = QDateTime(start.addDays(d), QTime(7, 0), Qt::UTC);
            m.value = k == MeasurementKind::Weight ? 30 + d % 11 : (d % 37) * (k == MeasurementKind::Anc ? 0.1 : 8);
            r.measurements.append(m);
        }
    return r;
}

template<class F>
double medianMs(int runs, F &&frame)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        frame();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

bool render(const TimelineModel &model, QDate dayZero, const QString &path, QSize size)
{
    TimelinePainter painter;
    painter.setModel(&model);
    painter.setFont(QApplication::font());
    painter.setToday(QDate::currentDate());
    size.setHeight(std::max(size.height(), painter.preferredHeight()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    TimeAxis axis;
    const QRectF plot = painter.plotRect(rect);
    axis.setPixelRange(plot.left(), plot.width());
    axis.setDayZero(dayZero);
    if (dayZero.isValid())
        axis.setVisibleDates(dayZero.addDays(-7), dayZero.addDays(100));
    else
        axis.fit(model.firstDate(), model.lastDate());
    QPainter p(&image);
    painter.paint(&p, rect, axis);
    p.end();
    return image.save(path, "PNG");
}

int renderDemo(const QString &dir)
{
    QTemporaryDir tmp;
    Database db;
    if (!db.openSqlite(tmp.filePath(QStringLiteral("demo.sqlite"))).ok())
        return 1;
    Store store(db);
    if (Status s = loadDemoCases(store); !s.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    const auto id = store.patientIdByRecordNumber(QStringLiteral("DEMO-0001"));
    const auto record = store.record(id.value_or(0));
    if (!record)
        return 1;
    const TimelineModel model = TimelineModel::build(*record);
    const QDate hsctZero = model.dayZeros().isEmpty() ? QDate() : model.dayZeros().last().date;
    const bool ok = render(model, {}, dir + QStringLiteral("/timeline_demo.png"), QSize(1600, 400))
            && render(model, hsctZero, dir + QStringLiteral("/timeline_dayrelative.png"), QSize(1600, 400));
    std::printf("demo pictures in %s: %s\n", qPrintable(dir), ok ? "written" : "FAILED");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--demo")); i > 0 && i + 1 < args.size())
        return renderDemo(args[i + 1]);

    const PatientRecord record = syntheticRecord();
    QElapsedTimer built;
    built.start();
    const TimelineModel model = TimelineModel::build(record, QDate(2025, 1, 1));
    const double buildMs = built.nsecsElapsed() / 1e6;
    int events = 0;
    for (const TimelineLane &lane : model.lanes())
        events += int(lane.items.size());

    QImage image(1600, 600, QImage::Format_ARGB32_Premultiplied);
    const QRectF rect(0, 0, 1600, 600);
    TimelinePainter painter;
    painter.setModel(&model);
    painter.setFont(QApplication::font());
    TimeAxis axis;
    const QRectF plot = painter.plotRect(rect);
    axis.setPixelRange(plot.left(), plot.width());
    axis.fit(model.firstDate(), model.lastDate());
    const double fitMs = medianMs(50, [&] {
        QPainter p(&image);
        painter.paint(&p, rect, axis);
    });
    // The first frame after a patient is opened measures every label; later frames
    // (zoom, pan, hover) reuse the widths.
    const double coldMs = medianMs(20, [&] {
        TimelinePainter fresh;
        fresh.setModel(&model);
        fresh.setFont(QApplication::font());
        QPainter p(&image);
        fresh.paint(&p, rect, axis);
    });
    axis.setVisibleDates(QDate(2018, 1, 1), QDate(2018, 12, 31));
    const double yearMs = medianMs(50, [&] {
        QPainter p(&image);
        painter.paint(&p, rect, axis);
    });

    TimelineCharts charts;
    charts.resize(1600, 600);
    charts.setRecord(&record);
    charts.show();
    app.processEvents();
    axis.fit(model.firstDate(), model.lastDate());
    QImage chartImage(1600, 600, QImage::Format_ARGB32_Premultiplied);
    const double chartsMs = medianMs(50, [&] {
        charts.setVisibleRange(axis.firstDay(), axis.lastDay(), plot.left(), plot.width());
        charts.render(&chartImage);
    });

    std::printf("bench_timeline: %d timeline items from %lld visits, %lld assessments, %lld courses; "
                "%lld measurements\n",
                events, qint64(record.visits.size()), qint64(record.assessments.size()), qint64(record.courses.size()),
                qint64(record.measurements.size()));
    std::printf("  model build                          %.2f ms\n", buildMs);
    std::printf("  timeline frame 1600x600, fit all     %.2f ms (median of 50; target <= 8 ms)\n", fitMs);
    std::printf("  timeline frame 1600x600, one year    %.2f ms (median of 50)\n", yearMs);
    std::printf("  first frame of a newly opened record %.2f ms (median of 20, label widths not yet measured)\n",
                coldMs);
    std::printf("  charts frame 1600x600, 4 charts      %.2f ms (median of 50; thin + replace + render)\n", chartsMs);
    std::printf("  command: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_timeline\n");
    return 0;
}
