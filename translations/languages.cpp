#include "languages.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>

namespace caravan {

// Each translation says which way its language runs: "RTL" in Urdu, "LTR" elsewhere.
// Qt reads it when the translator is installed and lays the application out to match.
[[maybe_unused]] static const char *const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

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
    // Numbers follow the language (1 234,5 in Russian). Pakistan's Urdu (ur_PK) writes
    // Western digits, as Pakistani forms and prescriptions do; dates are ISO everywhere.
    static const QHash<QString, QString> locales{{QStringLiteral("en"), QStringLiteral("en_GB")},
                                                 {QStringLiteral("ur"), QStringLiteral("ur_PK")},
                                                 {QStringLiteral("kk"), QStringLiteral("kk_KZ")},
                                                 {QStringLiteral("ru"), QStringLiteral("ru_RU")},
                                                 {QStringLiteral("zh_CN"), QStringLiteral("zh_CN")}};
    QLocale::setDefault(QLocale(locales.value(code)));
    // Qt's own words (OK, Cancel, Copy, Ctrl...): the system's qtbase_<code>.qm where Qt ships
    // one (ru, zh_CN); otherwise Caravan's own qt_<code>.ts (ur, kk), embedded as :/i18n/qt_<code>.qm.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(QStringLiteral(":/i18n/qt_") + code)) {
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
