// Institution: partner hospitals, laboratories and donor registries, here or abroad,
// used as referrers, consultation partners, treating places and donor registries.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QString>

namespace caravan {

struct Institution : Entity {
    static constexpr const char *table = "institution";

    QString name;
    QString nameLocal;     // in the institution's own language, if different
    InstitutionKind kind = InstitutionKind::Hospital;
    QString country;       // ISO 3166-1 alpha-2
    QString city;
    QString timeZone;      // IANA, e.g. Asia/Almaty
    QString contactPerson;
    QString phone;
    QString email;

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("name", s.name); v("name_local", s.nameLocal); v("kind", s.kind);
        v("country", s.country); v("city", s.city); v("time_zone", s.timeZone);
        v("contact_person", s.contactPerson); v("phone", s.phone); v("email", s.email);
    }
};

} // namespace caravan
