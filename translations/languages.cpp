#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace caravan {

// Each translation says which way its language runs: "RTL" in Urdu, "LTR" elsewhere.
// Qt reads it when the translator is installed and lays the application out to match.
[[maybe_unused]] static const char *const kLayoutDirection =
        QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

QList<Languages::Language> Languages::available()
{
    return LanguageList::all();
}

QString Languages::systemLanguage()
{
    const QLocale::Language system = QLocale().language();
    for (const Language &l : LanguageList::all())
        if (QLocale(l.locale).language() == system)
            return l.code;
    return QStringLiteral("en");
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
    const auto language = LanguageList::find(code);
    if (!language)
        return false;
    if (m_caravan)
        QCoreApplication::removeTranslator(m_caravan.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_caravan.reset();
    m_qt.reset();
    m_current = code;
    // Numbers follow the language (1 234,5 in Russian), in the list's locale.
    QLocale::setDefault(QLocale(language->locale));
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
