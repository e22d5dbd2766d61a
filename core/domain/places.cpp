#include "places.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace caravan {

QString countryName(const QString &code, const Translation &language)
{
    static const QHash<QString, const char *> names{
        { QStringLiteral("PK"), QT_TRANSLATE_NOOP("Country", "Pakistan") },
        { QStringLiteral("KZ"), QT_TRANSLATE_NOOP("Country", "Kazakhstan") },
        { QStringLiteral("KG"), QT_TRANSLATE_NOOP("Country", "Kyrgyzstan") },
        { QStringLiteral("UZ"), QT_TRANSLATE_NOOP("Country", "Uzbekistan") },
        { QStringLiteral("TJ"), QT_TRANSLATE_NOOP("Country", "Tajikistan") },
        { QStringLiteral("TM"), QT_TRANSLATE_NOOP("Country", "Turkmenistan") },
        { QStringLiteral("AF"), QT_TRANSLATE_NOOP("Country", "Afghanistan") },
        { QStringLiteral("MN"), QT_TRANSLATE_NOOP("Country", "Mongolia") },
        { QStringLiteral("RU"), QT_TRANSLATE_NOOP("Country", "Russia") },
        { QStringLiteral("CN"), QT_TRANSLATE_NOOP("Country", "China") },
        { QStringLiteral("IN"), QT_TRANSLATE_NOOP("Country", "India") },
        { QStringLiteral("GB"), QT_TRANSLATE_NOOP("Country", "United Kingdom") },
    };
    const auto it = names.constFind(code.toUpper());
    if (it != names.constEnd())
        return language.t("Country", *it);
    const auto territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString languageName(const QString &code, const Translation &language)
{
    static const QHash<QString, const char *> names{
        { QStringLiteral("ur"), QT_TRANSLATE_NOOP("Language", "Urdu") },
        { QStringLiteral("kk"), QT_TRANSLATE_NOOP("Language", "Kazakh") },
        { QStringLiteral("ky"), QT_TRANSLATE_NOOP("Language", "Kyrgyz") },
        { QStringLiteral("uz"), QT_TRANSLATE_NOOP("Language", "Uzbek") },
        { QStringLiteral("tg"), QT_TRANSLATE_NOOP("Language", "Tajik") },
        { QStringLiteral("ps"), QT_TRANSLATE_NOOP("Language", "Pashto") },
        { QStringLiteral("ru"), QT_TRANSLATE_NOOP("Language", "Russian") },
        { QStringLiteral("zh"), QT_TRANSLATE_NOOP("Language", "Chinese") },
        { QStringLiteral("en"), QT_TRANSLATE_NOOP("Language", "English") },
        { QStringLiteral("mn"), QT_TRANSLATE_NOOP("Language", "Mongolian") },
    };
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    const auto it = names.constFind(base);
    if (it != names.constEnd())
        return language.t("Language", *it);
    const auto qtLanguage = QLocale::codeToLanguage(base);
    return qtLanguage == QLocale::AnyLanguage ? code : QLocale::languageToString(qtLanguage);
}

} // namespace caravan
