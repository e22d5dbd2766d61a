// Languages: the translators that make the application speak one of the languages of
// core's LanguageList (the one list of codes, names and directions). apply() swaps Caravan's and Qt's own translators;
// Qt then sends QEvent::LanguageChange to every widget, and a translation that sets
// QT_LAYOUT_DIRECTION to RTL (Urdu) turns the layout right-to-left.
#pragma once

#include "domain/languagelist.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

namespace caravan {

class Languages
{
public:
    using Language = SpokenLanguage;
    static QList<Language> available(); // LanguageList::all()
    // The supported language closest to the system locale; English otherwise.
    static QString systemLanguage();

    Languages();
    ~Languages();
    // Installs the translators for code (removing the previous ones). False if unknown.
    bool apply(const QString &code);
    QString current() const { return m_current; }

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_caravan;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace caravan
