#include "loadcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cstdlib>

namespace caravan::load {

namespace {

// An audit value as text; null (never set) reads as the empty text the record holds.
QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact));
}

// One change of one field in the trail.
struct Step
{
    qint64 auditId = 0;
    QString user;
    QString before, after;
    int save = -1; // index of the acknowledged save this row is, -1: none
};

class Checker
{
public:
    Checker(const QList<AckedSave> &saves, const QStringList &written) : m_saves(saves), m_written(written)
    {
        for (int i = 0; i < saves.size(); ++i) {
            if (m_byValue.contains(saves[i].value))
                problem(nullptr, QStringLiteral("bench error: value %1 written twice").arg(saves[i].value));
            m_byValue.insert(saves[i].value, i);
            m_savesOf[saves[i].patientId].append(i);
        }
        m_matched.fill(0, saves.size());
    }

    void patient(qint64 id, const PatientOutcome &o)
    {
        QList<const AuditEntry *> updates;
        for (const AuditEntry &e : o.trail)
            if (e.entity == QLatin1String("patient") && e.entityId == id && e.action == QLatin1String("update"))
                updates.append(&e);
        const int steps = o.finalVersion - o.baseVersion;
        if (updates.size() != steps)
            problem(&v.auditGaps,
                    QStringLiteral("patient %1: %2 version steps (%3 -> %4) but %5 update rows in the trail")
                            .arg(id)
                            .arg(steps)
                            .arg(o.baseVersion)
                            .arg(o.finalVersion)
                            .arg(updates.size()),
                    std::abs(steps - int(updates.size())));
        checkVersions(id, o);

        QHash<QString, QList<Step>> chains;
        for (const AuditEntry *e : updates) {
            // The row's own save: a written field whose new value a desktop of this login was told it saved.
            int own = -1;
            for (auto it = e->changes.begin(); it != e->changes.end(); ++it) {
                const int s = m_byValue.value(text(it->toArray().at(1)), -1);
                if (s >= 0 && m_saves[s].field == it.key() && m_saves[s].patientId == id
                    && m_saves[s].login == e->userName && (own < 0 || (m_matched[own] > 0 && m_matched[s] == 0)))
                    own = s; // a stale copy may also carry an older value of this login's back
            }
            if (own >= 0 && ++m_matched[own] > 1)
                problem(&v.auditGaps,
                        QStringLiteral("patient %1: save of %2 has a second audit row (%3)")
                                .arg(id)
                                .arg(m_saves[own].value)
                                .arg(e->id));
            for (auto it = e->changes.begin(); it != e->changes.end(); ++it) {
                const QJsonArray pair = it->toArray();
                if (!m_written.contains(it.key())) {
                    problem(&v.otherFieldChanges,
                            QStringLiteral("patient %1: audit row %2 also changes %3 (%4 -> %5)")
                                    .arg(id)
                                    .arg(e->id)
                                    .arg(it.key(), text(pair.at(0)), text(pair.at(1))));
                    continue;
                }
                const bool mine = own >= 0 && m_saves[own].field == it.key();
                chains[it.key()].append(
                        Step{ e->id, e->userName, text(pair.at(0)), text(pair.at(1)), mine ? own : -1 });
            }
        }
        for (auto c = chains.cbegin(); c != chains.cend(); ++c)
            checkChain(id, c.key(), c.value(), o.finalValues.value(c.key()));
    }

    void saves(const QHash<qint64, PatientOutcome> &patients)
    {
        for (int i = 0; i < m_saves.size(); ++i) {
            if (m_matched[i] != 0)
                continue;
            const AckedSave &a = m_saves[i];
            problem(&v.auditGaps,
                    QStringLiteral("patient %1: acknowledged save of %2 = %3 (version %4, %5) has no audit row")
                            .arg(a.patientId)
                            .arg(a.field, a.value)
                            .arg(a.version)
                            .arg(a.login));
            // Not in the trail: still fine if it is the final value or a later save read it.
            bool kept = patients.value(a.patientId).finalValues.value(a.field) == a.value;
            for (int j : m_savesOf.value(a.patientId))
                kept = kept || (m_saves[j].field == a.field && m_saves[j].readValue == a.value);
            if (!kept)
                problem(&v.lostUpdates, QStringLiteral("... and %1 is lost (not final, nobody read it)").arg(a.value));
        }
        v.checkedSaves = int(m_saves.size());
    }

    void creates(const QHash<qint64, PatientOutcome> &patients, const QList<AckedCreate> &creates)
    {
        QSet<QPair<QString, qint64>> acked;
        for (const AckedCreate &c : creates) {
            acked.insert({ c.table, c.id });
            int rows = 0;
            for (const AuditEntry &e : patients.value(c.patientId).trail)
                rows += e.action == QLatin1String("create") && e.entity == c.table && e.entityId == c.id;
            if (rows != 1)
                problem(&v.auditGaps,
                        QStringLiteral("%1 %2 (patient %3, %4): %5 create rows in the trail")
                                .arg(c.table)
                                .arg(c.id)
                                .arg(c.patientId)
                                .arg(c.login)
                                .arg(rows));
        }
        for (const PatientOutcome &o : patients)
            for (const AuditEntry &e : o.trail)
                if (e.action == QLatin1String("create") && !acked.contains({ e.entity, e.entityId }))
                    problem(&v.unacknowledgedWrites,
                            QStringLiteral("%1 %2 was created (audit row %3, %4) but no desktop was told so")
                                    .arg(e.entity)
                                    .arg(e.entityId)
                                    .arg(e.id)
                                    .arg(e.userName));
        v.checkedCreates = int(creates.size());
    }

    Verdict v;

private:
    void checkVersions(qint64 id, const PatientOutcome &o)
    {
        QHash<int, int> byVersion;
        for (int i : m_savesOf.value(id)) {
            const AckedSave &a = m_saves[i];
            if (a.version != a.readVersion + 1 || a.version > o.finalVersion)
                problem(&v.lostUpdates,
                        QStringLiteral("patient %1: save of %2 read version %3 and reports version %4 (final %5)")
                                .arg(id)
                                .arg(a.value)
                                .arg(a.readVersion)
                                .arg(a.version)
                                .arg(o.finalVersion));
            if (byVersion.contains(a.version))
                problem(&v.lostUpdates,
                        QStringLiteral("patient %1: two acknowledged saves made version %2: %3 and %4")
                                .arg(id)
                                .arg(a.version)
                                .arg(m_saves[byVersion.value(a.version)].value, a.value));
            byVersion.insert(a.version, i);
        }
    }

    void checkChain(qint64 id, const QString &field, const QList<Step> &chain, const QString &finalValue)
    {
        for (qsizetype j = 0; j < chain.size(); ++j) {
            const Step &s = chain[j];
            if (j > 0 && s.before != chain[j - 1].after)
                problem(&v.auditGaps,
                        QStringLiteral("patient %1 %2: audit row %3 starts from %4, the row before ended at %5")
                                .arg(id)
                                .arg(field)
                                .arg(s.auditId)
                                .arg(s.before, chain[j - 1].after));
            if (s.save < 0) {
                problem(&v.unacknowledgedWrites,
                        QStringLiteral("patient %1 %2: audit row %3 by %4 sets %5 -> %6, which no desktop was told "
                                       "it saved")
                                .arg(id)
                                .arg(field)
                                .arg(s.auditId)
                                .arg(s.user, s.before, s.after));
                continue;
            }
            const AckedSave &a = m_saves[s.save];
            if (j + 1 == chain.size()) {
                if (finalValue != a.value)
                    problem(&v.lostUpdates,
                            QStringLiteral("patient %1 %2: last save %3, but the row holds %4")
                                    .arg(id)
                                    .arg(field, a.value, finalValue));
                continue;
            }
            const Step &next = chain[j + 1];
            if (next.save < 0 || m_saves[next.save].readValue != a.value)
                problem(&v.lostUpdates,
                        QStringLiteral("patient %1 %2: %3 (%4) was overwritten by audit row %5 (%6) whose desktop "
                                       "had read %7")
                                .arg(id)
                                .arg(field, a.value, a.login)
                                .arg(next.auditId)
                                .arg(next.user,
                                     next.save < 0 ? QStringLiteral("nothing acknowledged")
                                                   : m_saves[next.save].readValue));
        }
        if (!chain.isEmpty() && chain.last().after != finalValue)
            problem(&v.auditGaps,
                    QStringLiteral("patient %1 %2: the trail ends at %3, the row holds %4")
                            .arg(id)
                            .arg(field, chain.last().after, finalValue));
    }

    void problem(int *counter, const QString &what, int n = 1)
    {
        if (counter)
            *counter += n;
        if (v.examples.size() < 15)
            v.examples << what;
    }

    const QList<AckedSave> &m_saves;
    const QStringList m_written;
    QHash<QString, int> m_byValue;
    QHash<qint64, QList<int>> m_savesOf;
    QList<int> m_matched;
};

} // namespace

Verdict verify(const QHash<qint64, PatientOutcome> &patients, const QList<AckedSave> &saves,
               const QList<AckedCreate> &creates, const QStringList &writtenFields)
{
    Checker c(saves, writtenFields);
    for (auto it = patients.cbegin(); it != patients.cend(); ++it)
        c.patient(it.key(), it.value());
    c.saves(patients);
    c.creates(patients, creates);
    return c.v;
}

namespace {

AuditEntry row(qint64 id, const QString &user, const QString &field, const QString &before, const QString &after)
{
    AuditEntry e;
    e.id = id;
    e.userName = user;
    e.action = QStringLiteral("update");
    e.entity = QStringLiteral("patient");
    e.entityId = 1;
    e.patientId = 1;
    e.changes.insert(field, QJsonArray{ before.isEmpty() ? QJsonValue() : QJsonValue(before), QJsonValue(after) });
    return e;
}

AckedSave save(const QString &login, const QString &field, const QString &read, const QString &value, int readVersion)
{
    AckedSave a;
    a.login = login;
    a.patientId = 1;
    a.field = field;
    a.readValue = read;
    a.value = value;
    a.readVersion = readVersion;
    a.version = readVersion + 1;
    return a;
}

} // namespace

QStringList selfCheck()
{
    const QString phone = QStringLiteral("phone"), notes = QStringLiteral("notes");
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
    const QString u1 = QStringLiteral("u1"), u2 = QStringLiteral("u2");
    const QStringList written{ phone, notes };
    QStringList failures;
    const auto expect = [&failures](const char *name, const Verdict &v, int lost, int gaps, int unacked) {
        if (v.lostUpdates != lost || v.auditGaps != gaps || v.unacknowledgedWrites != unacked)
            failures << QStringLiteral("%1: lost %2 (expected %3), gaps %4 (%5), unacknowledged %6 (%7)")
                                .arg(QLatin1String(name))
                                .arg(v.lostUpdates)
                                .arg(lost)
                                .arg(v.auditGaps)
                                .arg(gaps)
                                .arg(v.unacknowledgedWrites)
                                .arg(unacked);
    };
    const auto outcome = [](int finalVersion, QHash<QString, QString> values, QList<AuditEntry> trail) {
        PatientOutcome o;
        o.baseVersion = 1;
        o.finalVersion = finalVersion;
        o.finalValues = std::move(values);
        o.trail = std::move(trail);
        return QHash<qint64, PatientOutcome>{ { 1, o } };
    };

    // Clean: u1 sets phone a, u2 read a and sets b.
    expect("clean",
           verify(outcome(3, { { phone, b } }, { row(10, u1, phone, {}, a), row(11, u2, phone, a, b) }),
                  { save(u1, phone, {}, a, 1), save(u2, phone, a, b, 2) }, {}, written),
           0, 0, 0);
    // Blind overwrite: u2 saved b over a without having read a (and claims the same version).
    expect("blind overwrite",
           verify(outcome(3, { { phone, b } }, { row(10, u1, phone, {}, a), row(11, u2, phone, a, b) }),
                  { save(u1, phone, {}, a, 1), save(u2, phone, {}, b, 1) }, {}, written),
           2, 0, 0);
    // Missing audit row: b was saved (version 3) but the trail has no row for it.
    expect("missing audit row",
           verify(outcome(3, { { phone, b } }, { row(10, u1, phone, {}, a) }),
                  { save(u1, phone, {}, a, 1), save(u2, phone, a, b, 2) }, {}, written),
           1, 3, 0);
    // A write nobody was told about replaced b with c.
    expect("unacknowledged write",
           verify(outcome(4, { { phone, c } },
                          { row(10, u1, phone, {}, a), row(11, u2, phone, a, b), row(12, u1, phone, b, c) }),
                  { save(u1, phone, {}, a, 1), save(u2, phone, a, b, 2) }, {}, written),
           1, 0, 1);
    // A stale copy: u1 changes notes and puts phone back to a, over u2's b.
    AuditEntry stale = row(12, u1, notes, {}, c);
    stale.changes.insert(phone, QJsonArray{ b, a });
    expect("stale copy",
           verify(outcome(4, { { phone, a }, { notes, c } },
                          { row(10, u1, phone, {}, a), row(11, u2, phone, a, b), stale }),
                  { save(u1, phone, {}, a, 1), save(u2, phone, a, b, 2), save(u1, notes, {}, c, 3) }, {}, written),
           1, 0, 1);
    return failures;
}

} // namespace caravan::load
