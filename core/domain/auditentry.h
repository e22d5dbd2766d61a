// One row of the audit trail: who changed what, when, and each changed field's
// before and after values (JSON values, as fieldcodec.h encodes them).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace caravan {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString userName;
    QString action; // create, update, delete
    QString entity; // table name: patient, diagnosis, ...
    qint64 entityId = 0;
    qint64 patientId = 0; // 0 for institutions
    QJsonObject changes; // {"field": [before, after]}
};

} // namespace caravan
