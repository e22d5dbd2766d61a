// LanguageList: the languages Caravan speaks, declared once: code, native name, English
// name, writing direction and the locale the interface writes numbers in. Documents
// (Translation, Documents::checkLanguages) and the interface (translations/Languages:
// the menus, installing translators) both read it. It lives in core, the lowest layer:
// caravan_translations links core for it, core never links caravan_translations.
// Adding a language: a row here and translations/caravan_<code>.ts.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace caravan {

struct SpokenLanguage
{
    QString code; // en, ur, kk, ru, zh_CN: also the suffix of caravan_<code>.qm
    QString nativeName; // as its speakers write it: English, اردو, Қазақша, Русский, 中文
    QString englishName; // English, Urdu, Kazakh, Russian, Chinese (Simplified)
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString locale; // en_GB, ur_PK, kk_KZ, ru_RU, zh_CN

    bool rightToLeft() const { return direction == Qt::RightToLeft; }
};

class LanguageList
{
public:
    // In the order menus show them, English first.
    static const QList<SpokenLanguage> &all();
    static QStringList codes();
    // The language with exactly this code (as Translation::normalise() gives it).
    static std::optional<SpokenLanguage> find(const QString &code);
};

} // namespace caravan
