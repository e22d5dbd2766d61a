// Common parts of every stored record, and the field-visitor convention the
// whole core relies on: each record type T has
//   static constexpr const char *table;          // storage table and JSON kind
//   template <class S, class V> static void fields(S &self, V &&visit);
// which calls visit("column_name", self.member) for each persistent field.
// Storage (SQL rows), JSON (CLI, demo data), CSV import and the audit trail
// are all written once against this convention instead of once per type.
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace caravan {

struct Entity {
    qint64 id = 0;          // 0 until stored
    int version = 0;        // row version, incremented on every update (optimistic locking)
    QDateTime createdAt;    // UTC
    QDateTime updatedAt;    // UTC
};

// A record that belongs to one patient (everything but Patient and Institution).
struct PatientPart : Entity {
    qint64 patientId = 0;
};

} // namespace caravan
