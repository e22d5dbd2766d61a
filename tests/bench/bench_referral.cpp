// bench_referral: how long the documents take as PDF. Loads the demo centre into a
// temporary database, picks the richest demo patient (most courses, assessments,
// measurements and visits), writes its summary 10 times (median), the tele-consultation
// record and visa invitation letter of demo patients 10 times each, and a batch of 100
// summaries across the demo patients and languages, and extrapolates to 1,000.
// (The real batch through the CLI is measured in docs/PERFORMANCE.md.)
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_referral
#include "report/document.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace caravan;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    Database db;
    if (!db.openSqlite(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    Store store(db);
    if (!loadDemoCases(store).ok())
        return 1;

    DocumentOptions options;
    options.centreName = QStringLiteral("Example International Patient Centre");
    options.centreAddress = QStringLiteral("1 Example Road\nShanghai");
    for (const Institution &i : store.institutions())
        options.institutions.insert(i.id, i.name);

    QList<PatientRecord> records;
    for (const QString &number : demoRecordNumbers())
        if (const auto id = store.patientIdByRecordNumber(number))
            records << store.record(*id).value();
    const auto size = [](const PatientRecord &r) {
        return r.courses.size() * 4 + r.assessments.size() + r.measurements.size() + r.visits.size();
    };
    const PatientRecord richest =
            *std::max_element(records.begin(), records.end(),
                              [&](const PatientRecord &a, const PatientRecord &b) { return size(a) < size(b); });

    QElapsedTimer timer;
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        options.languages = { QStringLiteral("en"), QStringLiteral("ru") };
        timer.start();
        if (!Documents::writePdf(DocumentKind::ReferralSummary, richest, options,
                                 dir.filePath(QStringLiteral("one.pdf")))
                     .ok())
            return 1;
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    out << "Richest demo patient " << richest.patient.recordNumber << " (" << richest.courses.size() << " courses, "
        << richest.measurements.size() << " measurements), en+ru: median "
        << QString::number((times[4] + times[5]) / 2, 'f', 1) << " ms of 10 (min "
        << QString::number(times.first(), 'f', 1) << ", max " << QString::number(times.last(), 'f', 1) << ")\n";

    const auto median = [&](DocumentKind kind, const PatientRecord &r, DocumentOptions o, const QString &label) {
        QList<double> t;
        for (int i = 0; i < 10; ++i) {
            timer.start();
            if (!Documents::writePdf(kind, r, o, dir.filePath(QStringLiteral("doc.pdf"))).ok())
                return false;
            t << timer.nsecsElapsed() / 1e6;
        }
        std::sort(t.begin(), t.end());
        out << label << ": median " << QString::number((t[4] + t[5]) / 2, 'f', 1) << " ms of 10\n";
        return true;
    };
    const auto byNumber = [&](const QString &n) {
        for (const PatientRecord &r : records)
            if (r.patient.recordNumber == n)
                return r;
        return records.first();
    };
    options.languages = { QStringLiteral("kk"), QStringLiteral("en") };
    if (!median(DocumentKind::TeleConsultation, byNumber(QStringLiteral("DEMO-0003")), options,
                QStringLiteral("Tele-consultation record DEMO-0003 (7 participants), kk+en")))
        return 1;
    options.languages = { QStringLiteral("en"), QStringLiteral("ur") };
    if (!median(DocumentKind::VisaInvitation, byNumber(QStringLiteral("DEMO-0002")), options,
                QStringLiteral("Visa invitation letter DEMO-0002 (1 companion), en+ur")))
        return 1;

    const QList<QStringList> languages{ { QStringLiteral("en") },
                                        { QStringLiteral("ru") },
                                        { QStringLiteral("ur") },
                                        { QStringLiteral("zh_CN") },
                                        { QStringLiteral("kk"), QStringLiteral("en") } };
    timer.start();
    for (int i = 0; i < 100; ++i) {
        options.languages = languages[i % languages.size()];
        if (!Documents::writePdf(DocumentKind::ReferralSummary, records[i % records.size()], options,
                                 dir.filePath(QStringLiteral("batch%1.pdf").arg(i)))
                     .ok())
            return 1;
    }
    const double batch = timer.elapsed() / 1000.0;
    out << "Batch of 100 summaries (demo patients, en/ru/ur/zh_CN/kk+en): " << QString::number(batch, 'f', 2)
        << " s; 1,000 would take about " << QString::number(batch * 10, 'f', 1) << " s\n";
    return 0;
}
