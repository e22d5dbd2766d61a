// Synthetic centre: fills a store with a large, realistic and entirely fictional
// case load for demos, load tests and benchmarks. It owns nothing but its own name
// pools and clinical templates (compiled in); data enters from nowhere else: every
// record is drawn from QRandomGenerator(seed), so a seed and a "today" always give
// the same centre. Data leaves only through Store::create() (validated, audited and
// indexed like any other write), in transactions of about 500 patients; progress is
// reported after each committed batch and Store::announceReset() once at the end.
// Record numbers are SYN-0000001, SYN-0000002, ...; running it again on the same
// store fails on the first record number already taken (institutions with the same
// name are reused, not duplicated). Batches committed before an error stay written.
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QtGlobal>
#include <functional>

namespace caravan {

class Store;

struct SyntheticOptions
{
    int patients = 1000;
    quint32 seed = 1;
    // Dates are generated up to this day (planned items may lie after it). A day
    // after the real current date is treated as the current date, because the
    // store's validation refuses events in the future.
    QDate today = QDate::currentDate();
};

// Fills the store with a realistic synthetic centre: a few dozen institutions and
// `patients` patients with full histories (about 20 rows each on average: diagnoses,
// treatment courses of all types incl. CAR-T and transplants with coherent dates,
// assessments, measurement series, visits incl. tele-consultations). Deterministic
// for a seed (use QRandomGenerator(seed), no global RNG). Writes in transactions of
// about 500 patients (Transaction guard from database.h; Store writes nest as
// savepoints), calls progress(done, total) after each batch (may be empty), and
// store.announceReset() once at the end. Record numbers "SYN-0000001"...; returns the
// first error (with the record number in the message).
Status generateSyntheticCentre(Store &store, const SyntheticOptions &options,
                               const std::function<void(int done, int total)> &progress = {});

} // namespace caravan
