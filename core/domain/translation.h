// Translation: the strings of one language, independent of the translator the
// application has installed, so that a document can be made in Russian while the
// window speaks English, and documents in different languages can be made on
// different threads. Translation(code) loads :/i18n/caravan_<code>.qm (the resources
// live in caravan_translations, linked by the programs, not by core) and falls back
// to the English source text. A default-constructed Translation uses the installed
// translators (QCoreApplication::translate): the interface's language.
#pragma once

#include "domain/vocabulary.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <optional>

namespace caravan {

class Translation
{
public:
    Translation() = default; // the installed (interface) language
    explicit Translation(const QString &language);

    // The language code as normalised ("en", "ur", "kk", "ru", "zh_CN"); empty for the installed one.
    QString language() const { return m_language; }
    bool isInstalled() const { return m_language.isEmpty(); }
    bool rightToLeft() const { return m_rightToLeft; } // as LanguageList says
    bool loaded() const { return m_loaded; }
    // Month names and the like: the document language's locale (Pakistani Urdu, Kazakhstan's
    // Kazakh), or the default locale for the installed language.
    QLocale locale() const;
    // BCP 47 tag for metadata: "en", "ur-PK", "kk-KZ", "ru", "zh-CN".
    QString bcp47() const;

    QString t(const char *context, const char *source, int n = -1) const;
    // The translation when this language has one in that context; nullopt otherwise.
    std::optional<QString> find(const char *context, const char *source) const;

    template<class E>
    QString label(E value) const
    {
        if (isInstalled())
            return labelOf(value);
        return t("Vocabulary", Vocabulary<E>::entries[static_cast<size_t>(value)].label);
    }

    // The languages documents are made in (LanguageList's codes); normalise() turns "zh"
    // and "zh-CN" into "zh_CN".
    static QStringList supportedLanguages();
    static QString normalise(const QString &code);

private:
    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
    bool m_loaded = false;
    bool m_rightToLeft = false;
};

} // namespace caravan
