#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace caravan {

QList<Languages::Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ur"), QStringLiteral("اردو")},
            {QStringLiteral("kk"), QStringLiteral("Қазақша")},
            {QStringLiteral("ru"), QStringLiteral("Русский")},
            {QStringLiteral("zh_CN"), QStringLiteral("中文")}};
}

QString Languages::systemLanguage()
{
    const QLocale system;
    switch (system.language()) {
    case QLocale::Urdu: return QStringLiteral("ur");
    case QLocale::Kazakh: return QStringLiteral("kk");
    case QLocale::Russian: return QStringLiteral("ru");
    case QLocale::Chinese: return QStringLiteral("zh_CN");
    default: return QStringLiteral("en");
    }
}

Languages::Languages() = default;

Languages::~Languages()
{
    if (m_caravan)
        QCoreApplication::removeTranslator(m_caravan.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

bool Languages::apply(const QString &code)
{
    bool known = false;
    for (const auto &l : available())
        known = known || l.code == code;
    if (!known)
        return false;
    if (m_caravan)
        QCoreApplication::removeTranslator(m_caravan.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_caravan.reset();
    m_qt.reset();
    m_current = code;
    if (code == QLatin1String("en"))
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto caravan = std::make_unique<QTranslator>();
    if (caravan->load(QStringLiteral(":/i18n/caravan_") + code)) {
        QCoreApplication::installTranslator(caravan.get());
        m_caravan = std::move(caravan);
    }
    return true;
}

} // namespace caravan
