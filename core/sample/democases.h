// Demo cases: the fictional demo centre (partner institutions and a handful of
// patients with full histories) that the desktop and CLI offer for trying Caravan
// out and that tests load as realistic data. Owns nothing after loading: the
// records are built in code here (no files read) and leave only through
// Store::create, which validates and audits each one; every name, number and
// institution is invented.
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace caravan {

class Store;

// Loads the fictional demo centre: partner institutions and a handful of patients
// with full histories. All in one transaction (Transaction guard from database.h,
// nested Store writes become savepoints); returns the first error and leaves nothing half-written.
// Announces a store reset (store.announceReset()) before committing.
Status loadDemoCases(Store &store);

// The record numbers of the demo patients, for tests (e.g. "DEMO-0001").
QStringList demoRecordNumbers();

} // namespace caravan
