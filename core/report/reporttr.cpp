// Tr: per-document translators loaded from the embedded .qm files (see reporttr.h).
#include "reporttr.h"

namespace caravan::report {

Tr::Tr(const QString &language)
    : m_language(normalise(language)), m_translator(std::make_shared<QTranslator>())
{
    m_loaded = m_translator->load(QStringLiteral(":/i18n/caravan_%1.qm").arg(m_language));
}

QString Tr::t(const char *context, const char *source, int n) const
{
    if (m_loaded) {
        const QString s = m_translator->translate(context, source, nullptr, n);
        if (!s.isEmpty())
            return n >= 0 ? QString(s).replace(QLatin1String("%n"), QString::number(n)) : s;
    }
    QString s = QString::fromUtf8(source);
    return n >= 0 ? s.replace(QLatin1String("%n"), QString::number(n)) : s;
}

QStringList Tr::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ur"), QStringLiteral("kk"), QStringLiteral("ru"),
            QStringLiteral("zh_CN")};
}

QString Tr::normalise(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0
        || c.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("zh_CN");
    return c.toLower();
}

} // namespace caravan::report
