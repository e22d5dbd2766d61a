// Translation: per-language translators loaded from the embedded .qm files (see translation.h).
#include "translation.h"

#include "languagelist.h"

#include <QCoreApplication>

namespace caravan {

Translation::Translation(const QString &language)
    : m_language(normalise(language)), m_translator(std::make_shared<QTranslator>())
{
    m_loaded = m_translator->load(QStringLiteral(":/i18n/caravan_%1.qm").arg(m_language));
    const auto known = LanguageList::find(m_language);
    m_rightToLeft = known && known->rightToLeft();
}

QLocale Translation::locale() const
{
    if (isInstalled())
        return QLocale();
    if (m_language == QLatin1String("ur"))
        return QLocale(QLocale::Urdu, QLocale::Pakistan);
    if (m_language == QLatin1String("kk"))
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    return QLocale(m_language);
}

QString Translation::bcp47() const
{
    if (m_language == QLatin1String("ur"))
        return QStringLiteral("ur-PK");
    if (m_language == QLatin1String("kk"))
        return QStringLiteral("kk-KZ");
    if (isInstalled())
        return QLocale().bcp47Name();
    return QString(m_language).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString Translation::t(const char *context, const char *source, int n) const
{
    if (isInstalled())
        return QCoreApplication::translate(context, source, nullptr, n);
    if (m_loaded) {
        const QString s = m_translator->translate(context, source, nullptr, n);
        if (!s.isEmpty())
            return n >= 0 ? QString(s).replace(QLatin1String("%n"), QString::number(n)) : s;
    }
    QString s = QString::fromUtf8(source);
    return n >= 0 ? s.replace(QLatin1String("%n"), QString::number(n)) : s;
}

std::optional<QString> Translation::find(const char *context, const char *source) const
{
    if (isInstalled()) {
        const QString s = QCoreApplication::translate(context, source);
        return s == QString::fromUtf8(source) ? std::nullopt : std::optional<QString>(s);
    }
    const QString s = m_loaded ? m_translator->translate(context, source) : QString();
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

QStringList Translation::supportedLanguages()
{
    return LanguageList::codes();
}

QString Translation::normalise(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0
        || c.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("zh_CN");
    return c.toLower();
}

} // namespace caravan
