// LanguageList: the one list of Caravan's languages (see languagelist.h).
#include "languagelist.h"

namespace caravan {

const QList<SpokenLanguage> &LanguageList::all()
{
    // Pakistan's Urdu (ur_PK) writes Western digits, as Pakistani forms and
    // prescriptions do; dates are ISO everywhere.
    static const QList<SpokenLanguage> languages{
        { QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("English"), Qt::LeftToRight,
          QStringLiteral("en_GB") },
        { QStringLiteral("ur"), QStringLiteral("اردو"), QStringLiteral("Urdu"), Qt::RightToLeft,
          QStringLiteral("ur_PK") },
        { QStringLiteral("kk"), QStringLiteral("Қазақша"), QStringLiteral("Kazakh"), Qt::LeftToRight,
          QStringLiteral("kk_KZ") },
        { QStringLiteral("ru"), QStringLiteral("Русский"), QStringLiteral("Russian"), Qt::LeftToRight,
          QStringLiteral("ru_RU") },
        { QStringLiteral("zh_CN"), QStringLiteral("中文"), QStringLiteral("Chinese (Simplified)"), Qt::LeftToRight,
          QStringLiteral("zh_CN") },
    };
    return languages;
}

QStringList LanguageList::codes()
{
    QStringList out;
    for (const SpokenLanguage &l : all())
        out << l.code;
    return out;
}

std::optional<SpokenLanguage> LanguageList::find(const QString &code)
{
    for (const SpokenLanguage &l : all())
        if (l.code == code)
            return l;
    return std::nullopt;
}

} // namespace caravan
