// Names of the countries and languages the centre deals with, translatable
// (contexts "Country" and "Language"), so that a Russian-speaking coordinator reads
// "Пакистан" and not "Pakistan". Codes outside the list fall back to Qt's English name.
#pragma once

#include <QString>

namespace caravan {

QString countryName(const QString &iso3166Alpha2);   // "PK" -> "Pakistan"
QString languageName(const QString &bcp47);          // "ur" -> "Urdu"

} // namespace caravan
