#include "recordjson.h"

#include "clinical/clinicalfacts.h"

#include <cmath>

namespace caravan {

QJsonObject patientRecordToJson(const PatientRecord &record, QDate today)
{
    QJsonObject o;
    o.insert(QStringLiteral("patient"), toJsonWithMeta(record.patient));
    o.insert(QStringLiteral("diagnoses"), toJsonArray(record.diagnoses));
    o.insert(QStringLiteral("treatment_courses"), toJsonArray(record.courses));
    o.insert(QStringLiteral("assessments"), toJsonArray(record.assessments));
    o.insert(QStringLiteral("measurements"), toJsonArray(record.measurements));
    o.insert(QStringLiteral("visits"), toJsonArray(record.visits));

    QJsonObject derived;
    if (auto age = clinical::ageInYears(record.patient.birthDate, today))
        derived.insert(QStringLiteral("age_years"), *age);
    const auto h = clinical::latest(record.measurements, MeasurementKind::Height);
    const auto w = clinical::latest(record.measurements, MeasurementKind::Weight);
    if (h && w) {
        if (auto bsa = clinical::bsaMosteller(h->value, w->value))
            derived.insert(QStringLiteral("bsa_mosteller_m2"), std::round(*bsa * 100) / 100);
        if (auto bsa = clinical::bsaDuBois(h->value, w->value))
            derived.insert(QStringLiteral("bsa_dubois_m2"), std::round(*bsa * 100) / 100);
    }
    QJsonArray engraftment;
    for (const auto &c : record.courses) {
        if (c.type != TreatmentType::StemCellTransplant || !c.dayZero().isValid())
            continue;
        QJsonObject e;
        e.insert(QStringLiteral("course_id"), c.id);
        e.insert(QStringLiteral("day_zero"), codec::toJson(c.dayZero()));
        const QDate n = clinical::neutrophilEngraftment(record.measurements, c.dayZero());
        const QDate p = clinical::plateletEngraftment(record.measurements, c.dayZero());
        e.insert(QStringLiteral("neutrophil_engraftment_from_counts"), codec::toJson(n));
        e.insert(QStringLiteral("platelet_engraftment_from_counts"), codec::toJson(p));
        if (n.isValid())
            e.insert(QStringLiteral("neutrophil_engraftment_day"), *clinical::dayRelative(c.dayZero(), n));
        if (p.isValid())
            e.insert(QStringLiteral("platelet_engraftment_day"), *clinical::dayRelative(c.dayZero(), p));
        engraftment.append(e);
    }
    if (!engraftment.isEmpty())
        derived.insert(QStringLiteral("engraftment"), engraftment);
    o.insert(QStringLiteral("derived"), derived);
    return o;
}

QJsonArray searchHitsToJson(const QList<SearchHit> &hits)
{
    QJsonArray a;
    for (const auto &h : hits) {
        a.append(QJsonObject{
                { QStringLiteral("id"), h.patientId },
                { QStringLiteral("score"), h.score },
                { QStringLiteral("record_number"), h.recordNumber },
                { QStringLiteral("name"), QString(h.displayName).remove(QChar(0x2068)).remove(QChar(0x2069)) },
                { QStringLiteral("birth_date"), codec::toJson(h.birthDate) },
                { QStringLiteral("nationality"), h.nationality },
        });
    }
    return a;
}

} // namespace caravan
