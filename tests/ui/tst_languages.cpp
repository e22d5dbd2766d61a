// The five languages as a user meets them: each one installs, Urdu turns the layout
// right-to-left, Caravan's own words and Qt's (Cancel on a dialog button, Copy in a
// context menu, key names in shortcuts) come out in the language, including Urdu and
// Kazakh, for which Qt ships no translation and Caravan brings its own (qt_ur.ts,
// qt_kk.ts); Russian and English plurals take the right form; no .ts file in
// translations/ carries an unfinished, vanished or obsolete entry; and every language of
// core's LanguageList installs with the direction and locale the list gives it, the
// same list documents are made from.
#include "domain/fieldspec.h"
#include "domain/recordkinds.h"
#include "domain/translation.h"
#include "translations/languages.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QPushButton>
#include <QXmlStreamReader>
#include <QtTest>

using namespace caravan;

namespace {

// The folder with the .ts files, found from this source file (tests/ui/ -> translations/).
QDir translationsSourceDir()
{
    const QString ur = QFINDTESTDATA("../../translations/caravan_ur.ts");
    return ur.isEmpty() ? QDir() : QFileInfo(ur).absoluteDir();
}

QString dayForm(int n)
{
    return QCoreApplication::translate("CaseAlert", "expires in %n day(s) (%1)", nullptr, n)
            .arg(QStringLiteral("2026-01-01"));
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void apply_data();
    void apply();
    void unknownLanguageIsRefused();
    void switchingBackToEnglish();
    void plurals();
    void tsFilesAreFinished();
    void everyListedLanguageInstalls();
    void fieldLabelsAreUniqueWithinEachForm();
};

void TestLanguages::apply_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("cancel"); // expected QPlatformTheme "Cancel" where Caravan ships it
    QTest::addColumn<QString>("ctrlLeft"); // expected Ctrl+Left in a menu where Caravan ships it

    QTest::newRow("en") << QStringLiteral("en") << Qt::LeftToRight << QStringLiteral("Cancel")
                        << QStringLiteral("Ctrl+Left");
    QTest::newRow("ur") << QStringLiteral("ur") << Qt::RightToLeft << QStringLiteral("منسوخ کریں")
                        << QStringLiteral("Ctrl+بائیں");
    QTest::newRow("kk") << QStringLiteral("kk") << Qt::LeftToRight << QStringLiteral("Бас тарту")
                        << QStringLiteral("Ctrl+Солға");
    QTest::newRow("ru") << QStringLiteral("ru") << Qt::LeftToRight << QString() << QString();
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << Qt::LeftToRight << QString() << QString();
}

void TestLanguages::apply()
{
    QFETCH(QString, code);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, cancel);
    QFETCH(QString, ctrlLeft);
    const bool english = code == QLatin1String("en");

    Languages languages;
    QVERIFY(languages.apply(code));
    QCOMPARE(languages.current(), code);
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), direction);

    // Caravan's own words.
    const QString file = QCoreApplication::translate("caravan::MainWindow", "&File");
    QVERIFY(!file.isEmpty());
    QCOMPARE(file == QLatin1String("&File"), english);

    // Qt's own words: the text of a standard button, as a dialog shows it.
    const QString cancelText = QCoreApplication::translate("QPlatformTheme", "Cancel");
    QCOMPARE(cancelText == QLatin1String("Cancel"), english);
    if (!cancel.isEmpty())
        QCOMPARE(cancelText, cancel);
    QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Discard | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancelText);
    QCOMPARE(box.button(QDialogButtonBox::Save)->text() == QLatin1String("Save"), english);
    QCOMPARE(box.button(QDialogButtonBox::Discard)->text() == QLatin1String("Discard"), english);

    // A line edit's context menu and the Edit menu's undo entry.
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Copy") == QLatin1String("&Copy"), english);
    QCOMPARE(QCoreApplication::translate("QUndoStack", "Undo %1") == QLatin1String("Undo %1"), english);

    // Key names in shortcuts: keycap labels stay (Ctrl), directions are translated.
    if (!ctrlLeft.isEmpty())
        QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText), ctrlLeft);
}

void TestLanguages::unknownLanguageIsRefused()
{
    Languages languages;
    QVERIFY(!languages.apply(QStringLiteral("xx")));
    QVERIFY(languages.current().isEmpty());
}

void TestLanguages::switchingBackToEnglish()
{
    Languages languages;
    QVERIFY(languages.apply(QStringLiteral("ur")));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));

    QVERIFY(languages.apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QCoreApplication::translate("caravan::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestLanguages::plurals()
{
    {
        Languages languages;
        QVERIFY(languages.apply(QStringLiteral("ru")));
        QVERIFY2(dayForm(1).contains(QStringLiteral("1 день ")), qPrintable(dayForm(1)));
        QVERIFY2(dayForm(2).contains(QStringLiteral("2 дня ")), qPrintable(dayForm(2)));
        QVERIFY2(dayForm(5).contains(QStringLiteral("5 дней ")), qPrintable(dayForm(5)));
        QVERIFY2(dayForm(21).contains(QStringLiteral("21 день ")), qPrintable(dayForm(21)));
    }
    {
        Languages languages;
        QVERIFY(languages.apply(QStringLiteral("en")));
        QCOMPARE(dayForm(1), QStringLiteral("expires in 1 day (2026-01-01)"));
        QCOMPARE(dayForm(5), QStringLiteral("expires in 5 days (2026-01-01)"));
        QCOMPARE(dayForm(21), QStringLiteral("expires in 21 days (2026-01-01)"));
    }
    for (const QString &code : { QStringLiteral("ur"), QStringLiteral("kk"), QStringLiteral("zh_CN") }) {
        Languages languages;
        QVERIFY(languages.apply(code));
        for (int n : { 1, 2, 5, 21 }) {
            const QString text = dayForm(n);
            QVERIFY2(!text.contains(QLatin1String("day")), qPrintable(code + QLatin1String(": ") + text));
            QVERIFY2(text.contains(QString::number(n)), qPrintable(code + QLatin1String(": ") + text));
        }
    }
}

void TestLanguages::tsFilesAreFinished()
{
    const QDir dir = translationsSourceDir();
    QVERIFY2(dir.exists(QStringLiteral("caravan_ur.ts")), "translations/ not found from the test's source");
    const QStringList files = dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
    for (const QString &expected :
         { QStringLiteral("caravan_en.ts"), QStringLiteral("caravan_ur.ts"), QStringLiteral("caravan_kk.ts"),
           QStringLiteral("caravan_ru.ts"), QStringLiteral("caravan_zh_CN.ts"), QStringLiteral("qt_ur.ts"),
           QStringLiteral("qt_kk.ts") })
        QVERIFY2(files.contains(expected), qPrintable(expected));

    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList bad;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete"))
                    bad << type.toString() + QLatin1String(": ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(name + QLatin1String(": ") + xml.errorString()));
        QVERIFY2(messages > 0, qPrintable(name));
        QVERIFY2(bad.isEmpty(), qPrintable(name + QLatin1String(": ") + bad.mid(0, 5).join(QLatin1String("; "))));
    }

    // Qt's own words for Urdu and Kazakh are compiled into the application.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/qt_ur.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/qt_kk.qm")));
}

void TestLanguages::everyListedLanguageInstalls()
{
    QStringList codes;
    for (const Languages::Language &l : Languages::available())
        codes << l.code;
    QCOMPARE(codes, LanguageList::codes());
    QCOMPARE(Translation::supportedLanguages(), LanguageList::codes());

    const QDir dir = translationsSourceDir();
    for (const Languages::Language &l : Languages::available()) {
        QVERIFY2(dir.exists(QStringLiteral("caravan_%1.ts").arg(l.code)), qPrintable(l.code));
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/caravan_%1.qm").arg(l.code)), qPrintable(l.code));
        Languages languages;
        QVERIFY(languages.apply(l.code));
        QCoreApplication::processEvents();
        // The translation's own QT_LAYOUT_DIRECTION agrees with the list.
        QCOMPARE(QGuiApplication::layoutDirection(), l.direction);
        QCOMPARE(QLocale().name(), l.locale);
        const Translation document(l.code);
        QVERIFY2(document.loaded(), qPrintable(l.code));
        QCOMPARE(document.rightToLeft(), l.rightToLeft());
    }
    Languages english;
    QVERIFY(english.apply(QStringLiteral("en")));
}

namespace {

// Labels of one form (a record kind, or the items of one of its lists) that read the
// same in the current language, as "label: field, field"; recurses into list items.
void sameLabels(const QString &form, const QList<caravan::FieldSpec> &specs, QStringList *problems)
{
    QHash<QString, QStringList> byLabel;
    for (const caravan::FieldSpec &s : specs) {
        byLabel[s.label().toCaseFolded()] << s.name;
        if (!s.itemSpecs.isEmpty())
            sameLabels(form + QLatin1Char('.') + s.name, s.itemSpecs, problems);
    }
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
        if (it.value().size() > 1)
            *problems << QStringLiteral("%1: \"%2\" for %3").arg(form, it.key(), it.value().join(QStringLiteral(", ")));
}

} // namespace

// Two fields of one form with the same label cannot be told apart in the form, the
// table headers or the History ("Name" for both the given name and the passport one).
void TestLanguages::fieldLabelsAreUniqueWithinEachForm()
{
    QStringList problems;
    // The check itself finds two fields that read the same.
    caravan::FieldSpec a, b;
    a.name = QStringLiteral("given_name_native");
    b.name = QStringLiteral("given_name_latin");
    a.labelSource = b.labelSource = "Given name";
    sameLabels(QStringLiteral("check"), { a, b }, &problems);
    QCOMPARE(problems.size(), 1);
    problems.clear();
    for (const Languages::Language &l : Languages::available()) {
        Languages languages;
        QVERIFY(languages.apply(l.code));
        caravan::forEachKind([&](auto kind) {
            using T = typename decltype(kind)::type;
            sameLabels(l.code + QLatin1Char(' ') + QLatin1String(T::table), caravan::fieldSpecs<T>(), &problems);
        });
    }
    Languages english;
    english.apply(QStringLiteral("en"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
