// The one list of languages (domain/languagelist.h): five languages in menu order with
// their names, direction and locale, consistent with each other and with Qt's own data,
// and what documents read from it (Translation::supportedLanguages, rightToLeft).
#include "domain/languagelist.h"
#include "domain/translation.h"

#include <QLocale>
#include <QSet>
#include <QtTest>

using namespace caravan;

class TestLanguageList : public QObject
{
    Q_OBJECT
private slots:
    void fiveLanguagesInMenuOrder()
    {
        QCOMPARE(LanguageList::codes(),
                 (QStringList{ QStringLiteral("en"), QStringLiteral("ur"), QStringLiteral("kk"), QStringLiteral("ru"),
                               QStringLiteral("zh_CN") }));
        QCOMPARE(LanguageList::all().size(), 5);
    }

    void everyRowIsComplete()
    {
        QSet<QString> codes;
        for (const SpokenLanguage &l : LanguageList::all()) {
            QVERIFY2(!codes.contains(l.code), qPrintable(l.code));
            codes.insert(l.code);
            QVERIFY2(!l.nativeName.isEmpty() && !l.englishName.isEmpty(), qPrintable(l.code));
            QCOMPARE(Translation::normalise(l.code), l.code); // documents find it by its code
            // The direction agrees with the native name's own script and with Qt's locale data.
            QCOMPARE(l.nativeName.isRightToLeft(), l.rightToLeft());
            const QLocale locale(l.locale);
            QCOMPARE(locale.name(), l.locale);
            QCOMPARE(locale.textDirection(), l.direction);
            QCOMPARE(QLocale::languageToCode(locale.language()), l.code.section(QLatin1Char('_'), 0, 0));
        }
        QCOMPARE(LanguageList::find(QStringLiteral("ur"))->direction, Qt::RightToLeft);
        QCOMPARE(LanguageList::find(QStringLiteral("zh_CN"))->nativeName, QStringLiteral("中文"));
        QVERIFY(!LanguageList::find(QStringLiteral("xx")));
        QVERIFY(!LanguageList::find(QStringLiteral("zh"))); // exact codes; normalise() first
    }

    void documentsReadTheList()
    {
        QCOMPARE(Translation::supportedLanguages(), LanguageList::codes());
        for (const SpokenLanguage &l : LanguageList::all())
            QCOMPARE(Translation(l.code).rightToLeft(), l.rightToLeft());
        QVERIFY(!Translation().rightToLeft()); // the installed language: the interface decides
    }
};

QTEST_GUILESS_MAIN(TestLanguageList)
#include "tst_languagelist.moc"
