// Tr: the labels of a document in one language, independent of the application's
// installed language. Loads :/i18n/caravan_<code>.qm at run time (the resources live
// in caravan_translations, which core does not link) and falls back to the English
// source text when the file or a string is missing. Each document owns its own Tr
// objects, so documents in different languages can be made on different threads.
#pragma once

#include "domain/vocabulary.h"

#include <QString>
#include <QStringList>
#include <QTranslator>
#include <memory>

namespace caravan::report {

class Tr {
public:
    explicit Tr(const QString &language);

    // The language code as normalised ("en", "ur", "kk", "ru", "zh_CN").
    QString language() const { return m_language; }
    bool rightToLeft() const { return m_language == QLatin1String("ur"); }
    bool loaded() const { return m_loaded; }

    QString t(const char *context, const char *source, int n = -1) const;

    template <class E>
    QString label(E value) const
    {
        return t("Vocabulary", Vocabulary<E>::entries[static_cast<size_t>(value)].label);
    }

    // The languages documents are made in, normalised; "zh" and "zh-CN" become "zh_CN".
    static QStringList supportedLanguages();
    static QString normalise(const QString &code);

private:
    QString m_language;
    std::shared_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

} // namespace caravan::report
