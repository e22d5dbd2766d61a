// LoadCheck: the end-of-run verdict of bench_load, kept apart from the threads that
// produce its input so the rules can be read in one place. Input: what the simulated
// desktops were told was saved (acknowledged saves and creates, kept in memory),
// each patient's row version before the run and its final state, and the server's
// audit trail since the run began (written by the server's triggers, read through
// Store::history). Output: counts of lost updates, audit gaps, writes nobody was told
// about, and the first few cases of each, in words.
//
// Rules (one patient row, per written field, the audit rows in id order = commit
// order, because the row lock serialises writers of one row):
//  - audit gap: an acknowledged save without exactly one audit row carrying its value;
//    a version step of the row without an audit row; an audit row whose "before" is
//    not the previous row's "after" for that field (a step missing from the trail); an
//    acknowledged create without exactly one "create" row.
//  - lost update: an acknowledged value that is neither the row's final value nor
//    replaced by a later acknowledged save whose desktop had read that very value
//    (anything else overwrote it without seeing it); also two acknowledged saves
//    claiming the same resulting version, or a save whose version did not step by one.
//  - unacknowledged write: an audit row (or a field change in one) that no desktop was
//    told about (a commit reported as failed, or a field reverted by a stale copy).
#pragma once

#include "domain/auditentry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace caravan::load {

// One save a desktop was told succeeded (Store::update returned ok).
struct AckedSave
{
    QString login; // the desktop's server login (the audit row's user)
    qint64 patientId = 0;
    QString field; // the one field changed: "phone", "notes" or "messenger"
    QString readValue; // that field's value in the copy the desktop read
    QString value; // the value written (unique in the run)
    int readVersion = 0; // the row version the desktop read
    int version = 0; // the row version Store::update reported
    qint64 ackNs = 0; // steady clock when update returned
    qint64 latencyNs = 0; // duration of the successful Store::update call
};

// A record a desktop was told it created (a visit or a measurement).
struct AckedCreate
{
    QString login;
    QString table;
    qint64 id = 0;
    qint64 patientId = 0;
};

struct PatientOutcome
{
    int baseVersion = 0; // before the run
    int finalVersion = 0; // after the run
    QHash<QString, QString> finalValues; // field -> value after the run
    QList<AuditEntry> trail; // this patient's audit rows since the run began, oldest first
};

struct Verdict
{
    int lostUpdates = 0;
    int auditGaps = 0;
    int unacknowledgedWrites = 0;
    int otherFieldChanges = 0; // fields the desktops never wrote, changed in an audited save
    int checkedSaves = 0;
    int checkedCreates = 0;
    QStringList examples; // the first few problems, in words
};

Verdict verify(const QHash<qint64, PatientOutcome> &patients, const QList<AckedSave> &saves,
               const QList<AckedCreate> &creates, const QStringList &writtenFields);

// verify() on small made-up runs with a known answer (a clean run, a blind overwrite,
// a missing audit row, a write nobody was told about, a stale copy reverting a field),
// so that a run reporting zeros is known to be able to report something else. Returns
// what did not come out as expected; empty when the checker is sound.
QStringList selfCheck();

} // namespace caravan::load
