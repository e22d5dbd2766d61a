// Names of the countries and languages the centre deals with, translatable
// (contexts "Country" and "Language"), so that a Russian-speaking coordinator reads
// "Пакистан" and not "Pakistan". Codes outside the list fall back to Qt's English name.
#pragma once

#include "domain/translation.h"

#include <QString>

namespace caravan {

// language: the names' language (a document's); default: the interface's.
QString countryName(const QString &iso3166Alpha2, const Translation &language = Translation()); // "PK" -> "Pakistan"
QString languageName(const QString &bcp47, const Translation &language = Translation()); // "ur" -> "Urdu"

} // namespace caravan
