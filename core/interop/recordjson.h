// JSON form of whole records for scripts and other systems (the CLI's show and
// search output, the machine-readable copy inside PDFs later): every field by its
// storage name plus id, version and timestamps; lists nested as arrays.
#pragma once

#include "domain/fieldcodec.h"
#include "storage/patientsearch.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace caravan {

template<codec::Record T>
QJsonObject toJsonWithMeta(const T &r)
{
    QJsonObject o = codec::recordToJson(r);
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("version"), r.version);
    o.insert(QStringLiteral("created_at"), codec::toJson(r.createdAt));
    o.insert(QStringLiteral("updated_at"), codec::toJson(r.updatedAt));
    return o;
}

template<codec::Record T>
QJsonArray toJsonArray(const QList<T> &list)
{
    QJsonArray a;
    for (const auto &r : list)
        a.append(toJsonWithMeta(r));
    return a;
}

// {"patient": {...}, "diagnoses": [...], "treatment_courses": [...], "assessments": [...],
//  "measurements": [...], "visits": [...]} with derived facts under "derived".
QJsonObject patientRecordToJson(const PatientRecord &record, QDate today);
QJsonArray searchHitsToJson(const QList<SearchHit> &hits);

} // namespace caravan
