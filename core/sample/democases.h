// Demo cases: the fictional demo centre (partner institutions and a handful of
// patients with full histories) that the desktop and CLI offer for trying Caravan
// out and that tests load as realistic data. The cases are data, not code: JSON
// documents in the form `caravan-cli show` prints, compiled in as resources
// (resources/demo/: institutions.json and patients/<record number>.json). Data
// enters only from those resources and leaves only through the record JSON import
// (interop/recordjsonimport.h), i.e. Store::create, which validates and audits each
// record; so every demo load also exercises the import path. Every name, number and
// institution in them is invented.
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace caravan {

class Store;

// Loads the fictional demo centre: partner institutions and a handful of patients
// with full histories. All in one transaction (nested Store writes become
// savepoints); returns the first error and leaves nothing half-written.
// Announces a store reset (store.announceReset()) before committing.
Status loadDemoCases(Store &store);

// The record numbers of the demo patients, for tests (e.g. "DEMO-0001"), in order.
QStringList demoRecordNumbers();

} // namespace caravan
