// Institution: partner hospitals, laboratories and donor registries, here or abroad,
// used as referrers, consultation partners, treating places and donor registries.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QString>

namespace caravan {

struct Institution : Entity
{
    static constexpr const char *table = "institution";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "institution");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Partner institutions");
    static constexpr RecordPart part = Institutions;
    static constexpr const char *orderColumn = "name";
    // The columns of the table that lists records of this kind.
    static constexpr const char *tableColumns[] = { "name", "name_local", "kind", "country", "city", "time_zone" };

    QString name;
    QString nameLocal; // in the institution's own language, if different
    InstitutionKind kind = InstitutionKind::Hospital;
    QString country; // ISO 3166-1 alpha-2
    QString city;
    QString timeZone; // IANA, e.g. Asia/Almaty
    QString contactPerson;
    QString phone;
    QString email;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "name", QT_TRANSLATE_NOOP("Field", "Name") }, s.name);
        v({ "name_local", QT_TRANSLATE_NOOP("Field", "Local name") }, s.nameLocal);
        v({ "kind", QT_TRANSLATE_NOOP("Field", "Kind") }, s.kind);
        v({ "country", QT_TRANSLATE_NOOP("Field", "Country") }, s.country);
        v({ "city", QT_TRANSLATE_NOOP("Field", "City") }, s.city);
        v({ "time_zone", QT_TRANSLATE_NOOP("Field", "Time zone") }, s.timeZone);
        v({ "contact_person", QT_TRANSLATE_NOOP("Field", "Contact person") }, s.contactPerson);
        v({ "phone", QT_TRANSLATE_NOOP("Field", "Phone") }, s.phone);
        v({ "email", QT_TRANSLATE_NOOP("Field", "E-mail") }, s.email);
    }
};

} // namespace caravan
