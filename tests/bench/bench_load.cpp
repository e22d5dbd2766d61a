// bench_load: the load program of issue 11 (a measuring tool, not a test). Simulated
// desktops, each a thread with its own server login, its own connection (Database
// names each connection uniquely) and its own Store, edit the same few hundred
// patients on one PostgreSQL server for a fixed time: read a patient, change one
// text field (phone, notes or messenger) to a value unique in the run ("run-k3x9
// desk07-#1234"), save with
// Store::update (row version checked); a refusal because someone else saved first is
// a conflict: read again and retry. Now and then a desktop also adds a visit
// (coordinators) or a weight (doctors). Picks are skewed (half of them go to a small
// hot set) so conflicts really happen. Every acknowledged save is kept in memory.
// A listener thread with a staff login receives the server's change notifications
// through ChangeFeed, as a desktop does, and the delay from each acknowledged save to
// the notification of that row version is measured. At the end the server's audit
// trail (Store::history) is checked against the acknowledged saves (loadcheck.h):
// lost updates, audit gaps, and writes nobody was told about must all be 0, and no
// error other than a clean row-version conflict may have reached a desktop; the
// program exits 1 otherwise.
//   usage: bench_load [--minutes N | --seconds N] [--desktops 20] [--patients 200]
//                     [--hot 20] [--hot-share 50] [--think-ms 10] [--part-every 20]
//                     [--seed 11] [--database postgresql://postgres@HOST:PORT/DB]
// Without --database it starts its own throwaway PostgreSQL 15 (tests/support).
// --database needs a login that may create roles (it adds load.desk01... and
// load.listener, or resets their passwords) and seeds patients if there are too few.
#include "loadcheck.h"

#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/serveraccounts.h"
#include "storage/store.h"
#include "support/pgtestserver.h"
#include "synthetic/syntheticcentre.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlQuery>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <latch>
#include <limits>
#include <numeric>
#include <thread>
#include <vector>

using namespace caravan;
using load::AckedCreate;
using load::AckedSave;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

struct Options
{
    QString database;
    qint64 durationMs = 10 * 60 * 1000;
    int desktops = 20;
    int patients = 200;
    int hot = 20; // the hot set: the first N patients
    int hotShare = 50; // percent of picks that go to the hot set
    int thinkMs = 10; // a pause of 0..N ms between reading a patient and saving it
    int partEvery = 20; // about one edit in N also adds a visit or a measurement
    quint32 seed = 11;
    QString runTag; // in every written value
};

// The text fields the desktops change; anything else changing is reported.
struct WrittenField
{
    const char *name;
    QString Patient::*member;
};
const WrittenField kFields[] = { { "phone", &Patient::phone },
                                 { "notes", &Patient::notes },
                                 { "messenger", &Patient::messenger } };

QStringList writtenFieldNames()
{
    QStringList names;
    for (const WrittenField &f : kFields)
        names << QLatin1String(f.name);
    return names;
}

// What the desktops share: the stop flag, live counters, and the results they hand in.
struct Shared
{
    std::atomic<bool> stop{ false };
    std::atomic<qint64> acked{ 0 }, conflicts{ 0 }, errors{ 0 }, deadlocks{ 0 }, parts{ 0 };
    QMutex mutex;
    QList<AckedSave> saves;
    QList<AckedCreate> creates;
    QMap<QString, int> errorMessages;
    QList<qint64> conflictLatencyNs;

    void error(const QString &message)
    {
        ++errors;
        if (message.contains(QLatin1String("deadlock"), Qt::CaseInsensitive))
            ++deadlocks;
        QMutexLocker lock(&mutex);
        ++errorMessages[message];
    }
};

// Store::update's two refusals by row version (the pre-check and the UPDATE's WHERE version = ?).
bool isConflict(const Error &e)
{
    return e.reason == Error::Reason::ChangedElsewhere;
}

struct Desk
{
    int number = 0; // 1-based
    QString login;
    CentreRole role = CentreRole::Coordinator;
};

void runDesktop(const Desk &desk, const QString &url, const QString &password, const QList<qint64> &ids,
                const Options &opt, Shared &shared, std::latch &ready)
{
    Database db;
    const Status opened = db.openPostgres(url, password);
    ready.arrive_and_wait();
    if (!opened) {
        shared.error(QStringLiteral("%1 cannot connect: %2").arg(desk.login, opened.error().message));
        return;
    }
    Store store(db);
    store.setUserName(desk.login);
    QRandomGenerator rng(opt.seed * 1000 + quint32(desk.number));
    QList<AckedSave> saves;
    QList<AckedCreate> creates;
    QList<qint64> conflictNs;
    int counter = 0;
    // Unique in this run and across runs on the same database (a save of an unchanged value leaves no audit row).
    const QString prefix = QStringLiteral("%1 desk%2-#").arg(opt.runTag).arg(desk.number, 2, 10, QLatin1Char('0'));
    const auto failed = [&](const Error &e) {
        shared.error(e.message);
        if (db.connectionBroken())
            (void)db.reconnect();
        QThread::msleep(20);
    };

    while (!shared.stop.load()) {
        const qint64 id = int(rng.bounded(100)) < opt.hotShare ? ids.at(rng.bounded(std::min(opt.hot, int(ids.size()))))
                                                               : ids.at(rng.bounded(int(ids.size())));
        const WrittenField &field = kFields[rng.bounded(int(std::size(kFields)))];
        while (!shared.stop.load()) { // until saved, refused by an error, or time is up
            const auto read = store.get<Patient>(id);
            if (!read) {
                failed(read.error());
                break;
            }
            Patient edited = *read;
            AckedSave a;
            a.login = desk.login;
            a.patientId = id;
            a.field = QLatin1String(field.name);
            a.readValue = edited.*field.member;
            a.readVersion = edited.version;
            a.value = prefix + QString::number(++counter);
            edited.*field.member = a.value;
            if (opt.thinkMs > 0)
                QThread::msleep(rng.bounded(opt.thinkMs + 1));
            const qint64 t0 = nowNs();
            const Status saved = store.update(edited);
            const qint64 t1 = nowNs();
            if (saved) {
                a.version = edited.version;
                a.ackNs = t1;
                a.latencyNs = t1 - t0;
                saves.append(a);
                ++shared.acked;
                break;
            }
            if (isConflict(saved.error())) {
                ++shared.conflicts;
                conflictNs.append(t1 - t0);
                continue; // read again, change again
            }
            failed(saved.error());
            break;
        }
        if (opt.partEvery > 0 && rng.bounded(opt.partEvery) == 0 && !shared.stop.load()) {
            const QString text = prefix + QString::number(++counter);
            Result<qint64> made = Error{};
            QString table;
            if (desk.role == CentreRole::Coordinator) {
                Visit v;
                v.patientId = id;
                v.type = VisitType::FollowUp;
                v.startsAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
                v.durationMinutes = 20;
                v.summary = text;
                table = QStringLiteral("visit");
                made = store.create(v);
            } else {
                Measurement m;
                m.patientId = id;
                m.takenAt = QDateTime::currentDateTimeUtc().addSecs(-60);
                m.kind = MeasurementKind::Weight;
                m.value = 40 + rng.bounded(50);
                m.unit = QStringLiteral("kg");
                m.label = text;
                table = QStringLiteral("measurement");
                made = store.create(m);
            }
            if (made) {
                creates.append(AckedCreate{ desk.login, table, *made, id });
                ++shared.parts;
            } else {
                failed(made.error());
            }
        }
    }
    QMutexLocker lock(&shared.mutex);
    shared.saves += saves;
    shared.creates += creates;
    shared.conflictLatencyNs += conflictNs;
}

// Receives the server's change notifications as a desktop does (ChangeFeed on its own
// connection, a staff login) and notes when each patient-row change arrived.
class Listener : public QThread
{
public:
    Listener(QString url, QString password) : m_url(std::move(url)), m_password(std::move(password)) { }

    QSemaphore ready;
    QString error;
    std::atomic<qint64> received{ 0 };
    QHash<qint64, QList<qint64>> arrivals; // patient -> steady-clock ns of each Identity change; read after wait()

protected:
    void run() override
    {
        Database db;
        if (Status s = db.openPostgres(m_url, m_password); !s) {
            error = s.error().message;
            ready.release();
            return;
        }
        ChangeNotifier notifier;
        ChangeFeed feed(db, &notifier);
        QObject::connect(&notifier, &ChangeNotifier::patientChanged, [this](qint64 patient, RecordParts parts) {
            if (parts.testFlag(Identity)) {
                arrivals[patient].append(nowNs());
                ++received;
            }
        });
        if (!feed.isListening())
            error = QStringLiteral("ChangeFeed is not listening");
        ready.release();
        exec();
    }

private:
    QString m_url, m_password;
};

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty())
        return std::nan("");
    std::sort(ns.begin(), ns.end());
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * ns.size())) - 1, 0, ns.size() - 1);
    return ns.at(i) / 1e6;
}

bool parse(const QStringList &args, Options *o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return false;
        const QString v = args.at(++i);
        if (a == QLatin1String("--database"))
            o->database = v;
        else if (a == QLatin1String("--minutes"))
            o->durationMs = qint64(v.toDouble() * 60000);
        else if (a == QLatin1String("--seconds"))
            o->durationMs = qint64(v.toDouble() * 1000);
        else if (a == QLatin1String("--desktops"))
            o->desktops = v.toInt();
        else if (a == QLatin1String("--patients"))
            o->patients = v.toInt();
        else if (a == QLatin1String("--hot"))
            o->hot = v.toInt();
        else if (a == QLatin1String("--hot-share"))
            o->hotShare = v.toInt();
        else if (a == QLatin1String("--think-ms"))
            o->thinkMs = v.toInt();
        else if (a == QLatin1String("--part-every"))
            o->partEvery = v.toInt();
        else if (a == QLatin1String("--seed"))
            o->seed = v.toUInt();
        else
            return false;
    }
    return o->durationMs > 0 && o->desktops > 0 && o->desktops < 100 && o->patients > 0 && o->hot > 0;
}

// The logins of the desktops and the listener, with this run's password.
bool prepareLogins(Database &admin, const QList<Desk> &desks, const QString &listener, const QString &password)
{
    ServerAccounts accounts(admin);
    const auto users = accounts.users();
    QSet<QString> existing;
    if (users)
        for (const ServerAccount &u : *users)
            existing.insert(u.name);
    QList<QPair<QString, CentreRole>> all;
    for (const Desk &d : desks)
        all.append({ d.login, d.role });
    all.append({ listener, CentreRole::Staff });
    for (const auto &[name, role] : all) {
        Status s = existing.contains(name) ? accounts.setRole(name, role) : accounts.addUser(name, role, password);
        if (s && existing.contains(name))
            s = accounts.setPassword(name, password);
        if (!s) {
            fprintf(stderr, "login %s: %s\n", qPrintable(name), qPrintable(s.error().message));
            return false;
        }
    }
    return true;
}

QString withUser(const QString &url, const QString &user)
{
    QUrl u(url);
    u.setUserName(user);
    u.setPassword(QString());
    return u.toString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options opt;
    if (!parse(app.arguments(), &opt)) {
        fprintf(stderr,
                "usage: bench_load [--minutes N | --seconds N] [--desktops 20] [--patients 200] [--hot 20] "
                "[--hot-share 50] [--think-ms 10] [--part-every 20] [--seed 11] [--database URL]\n");
        return 2;
    }
    setvbuf(stdout, nullptr, _IOLBF, 0);
    if (const QStringList wrong = load::selfCheck(); !wrong.isEmpty()) {
        fprintf(stderr, "the audit checker is broken:\n  %s\n", qPrintable(wrong.join(QStringLiteral("\n  "))));
        return 2;
    }

    std::unique_ptr<testing::PgTestServer> server;
    QString url = opt.database;
    if (url.isEmpty()) {
        QString error;
        server = testing::PgTestServer::start(&error);
        if (!server || !server->createDatabase(QStringLiteral("caravan_load"), &error)) {
            fprintf(stderr, "cannot start a PostgreSQL server: %s\n", qPrintable(error));
            return 2;
        }
        url = server->url(QStringLiteral("caravan_load"));
    }

    Database admin;
    if (Status s = admin.openPostgres(url); !s) {
        fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    QString serverVersion;
    {
        QSqlQuery q(admin.connection());
        if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
            serverVersion = q.value(0).toString();
    }
    printf("server: PostgreSQL %s at %s (%s), schema %d\n", qPrintable(serverVersion), qPrintable(admin.path()),
           server ? "started by bench_load, fsync off" : "given", admin.schemaVersion());

    QList<Desk> desks;
    for (int i = 1; i <= opt.desktops; ++i)
        desks.append(Desk{ i, QStringLiteral("load.desk%1").arg(i, 2, 10, QLatin1Char('0')),
                           i % 2 ? CentreRole::Coordinator : CentreRole::Doctor });
    opt.runTag = QStringLiteral("run-%1").arg(QRandomGenerator::system()->bounded(1 << 30), 0, 36);
    const QString listenerLogin = QStringLiteral("load.listener");
    const QString password = QStringLiteral("load-%1").arg(QRandomGenerator::system()->generate64(), 0, 36);
    if (!prepareLogins(admin, desks, listenerLogin, password))
        return 2;

    Store store(admin);
    if (store.patientCount() < opt.patients) {
        SyntheticOptions gen;
        gen.patients = opt.patients;
        gen.seed = opt.seed;
        const qint64 t0 = nowNs();
        if (Status s = generateSyntheticCentre(store, gen); !s) {
            fprintf(stderr, "seeding: %s\n", qPrintable(s.error().fullText()));
            return 2;
        }
        printf("seeded %d synthetic patients with histories in %.1f s\n", opt.patients, (nowNs() - t0) / 1e9);
    }
    const QList<qint64> ids = store.patientIds().mid(0, opt.patients);

    Listener listener(withUser(url, listenerLogin), password);
    listener.start();
    listener.ready.acquire();
    if (!listener.error.isEmpty()) {
        fprintf(stderr, "listener: %s\n", qPrintable(listener.error));
        return 2;
    }

    // Where every patient stands before the run: row version and last audit row.
    QHash<qint64, int> baseVersion;
    QHash<qint64, qint64> baseAudit;
    for (qint64 id : ids) {
        const auto p = store.get<Patient>(id);
        if (!p) {
            fprintf(stderr, "%s\n", qPrintable(p.error().message));
            return 2;
        }
        baseVersion.insert(id, p->version);
        const auto last = store.history(id, 1);
        baseAudit.insert(id, last.isEmpty() ? 0 : last.first().id);
    }

    printf("run: %d desktops (%d coordinators, %d doctors), %lld patients, hot set %d taking %d%% of picks, "
           "think 0-%d ms, a part every ~%d edits, %.0f s\n",
           opt.desktops, int((opt.desktops + 1) / 2), int(opt.desktops / 2), qlonglong(ids.size()), opt.hot,
           opt.hotShare, opt.thinkMs, opt.partEvery, opt.durationMs / 1000.0);
    Shared shared;
    std::latch ready(opt.desktops + 1);
    std::vector<std::thread> threads;
    for (const Desk &d : desks)
        threads.emplace_back([&, d] { runDesktop(d, withUser(url, d.login), password, ids, opt, shared, ready); });
    ready.arrive_and_wait();
    const qint64 start = nowNs();
    const qint64 reportEveryMs = opt.durationMs > 120000 ? 60000 : 10000;
    qint64 nextReport = reportEveryMs;
    for (;;) {
        const qint64 elapsedMs = (nowNs() - start) / 1000000;
        if (elapsedMs >= opt.durationMs)
            break;
        if (elapsedMs >= nextReport) {
            printf("  %4lld s: %lld saves, %lld conflicts, %lld parts, %lld errors\n", elapsedMs / 1000,
                   qlonglong(shared.acked.load()), qlonglong(shared.conflicts.load()), qlonglong(shared.parts.load()),
                   qlonglong(shared.errors.load()));
            nextReport += reportEveryMs;
        }
        QThread::msleep(std::min<qint64>(200, opt.durationMs - elapsedMs));
    }
    shared.stop = true;
    const double seconds = (nowNs() - start) / 1e9;
    for (std::thread &t : threads)
        t.join();
    // Notifications still on their way: wait until one per acknowledged save has come, at most 10 s.
    for (int i = 0; i < 100 && listener.received.load() < shared.acked.load(); ++i)
        QThread::msleep(100);
    QThread::msleep(500);
    listener.quit();
    listener.wait();

    // The server's word: final rows and the audit trail since the run began.
    QHash<qint64, load::PatientOutcome> outcomes;
    for (qint64 id : ids) {
        load::PatientOutcome o;
        o.baseVersion = baseVersion.value(id);
        const auto p = store.get<Patient>(id);
        if (!p) {
            fprintf(stderr, "%s\n", qPrintable(p.error().message));
            return 2;
        }
        o.finalVersion = p->version;
        for (const WrittenField &f : kFields)
            o.finalValues.insert(QLatin1String(f.name), (*p).*f.member);
        for (const AuditEntry &e : store.history(id, std::numeric_limits<int>::max()))
            if (e.id > baseAudit.value(id))
                o.trail.prepend(e);
        outcomes.insert(id, o);
    }
    const load::Verdict verdict = load::verify(outcomes, shared.saves, shared.creates, writtenFieldNames());

    // Notification delay: the k-th patient notification of a row is its k-th version step.
    QList<qint64> latency, delay, fromStart;
    qint64 missing = 0, early = 0, steps = 0, arrived = 0;
    for (const AckedSave &a : std::as_const(shared.saves)) {
        latency.append(a.latencyNs);
        const QList<qint64> got = listener.arrivals.value(a.patientId);
        const int k = a.version - baseVersion.value(a.patientId);
        if (k < 1 || k > got.size()) {
            ++missing;
            continue;
        }
        const qint64 d = got.at(k - 1) - a.ackNs;
        early += d < 0;
        delay.append(d);
        fromStart.append(d + a.latencyNs);
    }
    for (qint64 id : ids) {
        steps += outcomes.value(id).finalVersion - outcomes.value(id).baseVersion;
        arrived += listener.arrivals.value(id).size();
    }

    const qint64 saves = shared.saves.size();
    printf("\n== bench_load: %d desktops, %.1f s, %d logical cores ==\n", opt.desktops, seconds,
           QThread::idealThreadCount());
    printf("acknowledged saves (patient edits)   %lld  (%.1f edits/s)\n", saves, saves / seconds);
    printf("conflicts (refused by row version)   %lld  (%.1f per 100 saves)\n", qlonglong(shared.conflicts.load()),
           saves ? 100.0 * shared.conflicts.load() / saves : 0.0);
    printf("visits and measurements added        %lld\n", qlonglong(shared.creates.size()));
    printf("save latency (Store::update, ok)     p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", percentileMs(latency, 0.5),
           percentileMs(latency, 0.95), percentileMs(latency, 1.0));
    if (shared.conflictLatencyNs.isEmpty())
        printf("refused save latency (conflicts)     none refused\n");
    else
        printf("refused save latency (conflicts)     p50 %.1f ms, p95 %.1f ms\n",
               percentileMs(shared.conflictLatencyNs, 0.5), percentileMs(shared.conflictLatencyNs, 0.95));
    printf("notification delay (ack -> feed)     p50 %.1f ms, p95 %.1f ms, max %.1f ms  (%lld matched, %lld before "
           "the ack returned, %lld missing; %lld notifications for %lld version steps)\n",
           percentileMs(delay, 0.5), percentileMs(delay, 0.95), percentileMs(delay, 1.0), qlonglong(delay.size()),
           early, missing, arrived, steps);
    printf("notification delay (save sent -> feed) p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
           percentileMs(fromStart, 0.5), percentileMs(fromStart, 0.95), percentileMs(fromStart, 1.0));
    printf("checked: %d saves, %d creates against %lld audit rows\n", verdict.checkedSaves, verdict.checkedCreates,
           std::accumulate(outcomes.cbegin(), outcomes.cend(), qlonglong(0),
                           [](qlonglong n, const load::PatientOutcome &o) { return n + o.trail.size(); }));
    printf("lost updates                         %d\n", verdict.lostUpdates);
    printf("audit gaps                           %d\n", verdict.auditGaps);
    printf("writes no desktop was told about     %d\n", verdict.unacknowledgedWrites);
    printf("other fields changed by a save       %d\n", verdict.otherFieldChanges);
    printf("deadlocks / other errors             %lld / %lld\n", qlonglong(shared.deadlocks.load()),
           qlonglong(shared.errors.load() - shared.deadlocks.load()));
    for (auto it = shared.errorMessages.cbegin(); it != shared.errorMessages.cend(); ++it)
        printf("  error x%d: %s\n", it.value(), qPrintable(it.key()));
    for (const QString &e : verdict.examples)
        printf("  problem: %s\n", qPrintable(e));

    const bool ok = verdict.lostUpdates == 0 && verdict.auditGaps == 0 && verdict.unacknowledgedWrites == 0
            && shared.errors.load() == 0;
    printf("%s\n", ok ? "PASS: 0 lost updates, 0 audit gaps, 0 deadlocks or errors" : "FAIL: see the counts above");
    return ok ? 0 : 1;
}
