// Fonts by script (text/fontchoice.h): sample strings in each script get their family,
// style and size (Urdu in Noto Nastaliq Urdu "Regular", never below 12 pt nor bold;
// Chinese, Japanese kana and Hangul in Noto Sans CJK SC; the rest in Noto Sans at the
// size asked for), the same on a QFont and on a QTextCharFormat run; the interface's
// font falls back to Naskh and CJK; and with the Noto fonts installed Qt really picks
// Nastaliq's regular face.
#include "text/fontchoice.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QTextCharFormat>
#include <QtTest>
#include <algorithm>

using namespace caravan;

Q_DECLARE_METATYPE(TextScript)

namespace {
const QString kNotoSans = QStringLiteral("Noto Sans");
const QString kNastaliq = QStringLiteral("Noto Nastaliq Urdu");
const QString kNaskh = QStringLiteral("Noto Naskh Arabic");
const QString kCjk = QStringLiteral("Noto Sans CJK SC");
} // namespace

class TestFontChoice : public QObject
{
    Q_OBJECT
private slots:
    void documentFont_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("asked");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<TextScript>("script");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("styleName");
        QTest::addColumn<qreal>("size");
        QTest::addColumn<bool>("boldGiven");

        const auto L = TextScript::Latin, A = TextScript::Arabic, C = TextScript::Cjk;
        QTest::newRow("English") << "Maisha Karimova" << 10.0 << false << L << kNotoSans << "" << 10.0 << false;
        QTest::newRow("Russian, bold") << "Майша" << 14.0 << true << L << kNotoSans << "" << 14.0 << true;
        QTest::newRow("Kazakh") << "Мәйша Қасымова" << 9.0 << false << L << kNotoSans << "" << 9.0 << false;
        QTest::newRow("digits only") << "2026-03-01" << 8.0 << false << L << kNotoSans << "" << 8.0 << false;
        QTest::newRow("empty") << "" << 10.0 << false << L << kNotoSans << "" << 10.0 << false;
        QTest::newRow("Urdu, body") << "مائشہ" << 10.0 << false << A << kNastaliq << "Regular" << 12.0 << false;
        QTest::newRow("Urdu, footer") << "صفحہ 1 از 2" << 7.0 << false << A << kNastaliq << "Regular" << 12.0 << false;
        QTest::newRow("Urdu, heading, bold") << "خلاصہ" << 16.0 << true << A << kNastaliq << "Regular" << 16.0 << false;
        QTest::newRow("Chinese") << "李梅" << 10.0 << false << C << kCjk << "" << 10.0 << false;
        QTest::newRow("Chinese, bold") << "转诊摘要" << 14.0 << true << C << kCjk << "" << 14.0 << true;
        QTest::newRow("hiragana") << "ひらがな" << 10.0 << false << C << kCjk << "" << 10.0 << false;
        QTest::newRow("katakana") << "カタカナ" << 8.0 << false << C << kCjk << "" << 8.0 << false;
        QTest::newRow("Hangul") << "한국어" << 10.0 << false << C << kCjk << "" << 10.0 << false;
        QTest::newRow("Latin, then Chinese") << "Patient: 李梅" << 10.0 << false << C << kCjk << "" << 10.0 << false;
        QTest::newRow("Urdu first") << "مریض 李梅" << 10.0 << false << A << kNastaliq << "Regular" << 12.0 << false;
        QTest::newRow("Chinese first") << "患者 مائشہ" << 10.0 << false << C << kCjk << "" << 10.0 << false;
    }
    void documentFont()
    {
        QFETCH(QString, text);
        QFETCH(qreal, asked);
        QFETCH(bool, bold);
        QFETCH(TextScript, script);
        QFETCH(QString, family);
        QFETCH(QString, styleName);
        QFETCH(qreal, size);
        QFETCH(bool, boldGiven);

        QCOMPARE(scriptOf(text), script);
        const FontChoice c = FontChoice::forDocument(text, asked, bold);
        QCOMPARE(c.script, script);
        QCOMPARE(c.family, family);
        QCOMPARE(c.styleName, styleName);
        QCOMPARE(c.pointSize, size);
        QCOMPARE(c.bold, boldGiven);
        // Never smaller than asked; only Urdu ever larger, and then to the Nastaliq minimum.
        QVERIFY(c.pointSize >= asked);
        if (script == TextScript::Arabic)
            QCOMPARE(c.pointSize, std::max(asked, kMinimumNastaliqPointSize));
        else
            QCOMPARE(c.pointSize, asked);

        // The same choice on a painter's QFont (page header and footer) ...
        const QFont f = c.font();
        QCOMPARE(f.families(), QStringList{ family });
        QCOMPARE(f.styleName(), styleName);
        QCOMPARE(f.pointSizeF(), size);
        QCOMPARE(f.weight(), boldGiven ? QFont::Bold : QFont::Normal);
        // ... and on a QTextDocument run (the body).
        QTextCharFormat run;
        c.applyTo(run);
        QCOMPARE(run.fontFamilies().toStringList(), QStringList{ family });
        QCOMPARE(run.fontStyleName().toString(), styleName);
        QCOMPARE(run.fontPointSize(), size);
        QCOMPARE(run.fontWeight(), int(boldGiven ? QFont::Bold : QFont::Normal));
    }

    void interfaceFallsBackToNaskhAndCjk()
    {
        const QStringList mixed = mixedScriptFamilies(kNotoSans);
        QCOMPARE(mixed, (QStringList{ kNotoSans, kNaskh, kCjk }));
        QFont system(QStringLiteral("DejaVu Sans"));
        system.setPointSizeF(9.5);
        const QFont ui = interfaceFont(system);
        QCOMPARE(ui.families(), (QStringList{ QStringLiteral("DejaVu Sans"), kNaskh, kCjk }));
        QCOMPARE(ui.pointSizeF(), 9.5);
        // Nastaliq is clipped in line edits: the interface never asks for it.
        QVERIFY(!ui.families().contains(kNastaliq));
        // Documents and the interface agree on Chinese and Japanese.
        QCOMPARE(FontChoice::forDocument(QStringLiteral("ひらがな"), 10).family, ui.families().at(2));
    }

    // PLATFORM.md: Debian's Nastaliq Bold file claims regular weight; the style name
    // "Regular" is what makes Qt take the regular face.
    void nastaliqResolvesToItsRegularFace()
    {
        if (!QFontDatabase::families().contains(kNastaliq))
            QSKIP("Noto Nastaliq Urdu is not installed (fonts-noto-core)");
        const QFontInfo chosen(FontChoice::forDocument(QStringLiteral("مائشہ"), 12).font());
        QCOMPARE(chosen.family(), kNastaliq);
        QCOMPARE(chosen.styleName(), QStringLiteral("Regular"));
        QFont plain(kNastaliq);
        plain.setPointSizeF(12);
        qInfo("a plain QFont(\"%s\") resolves to the %s face", qPrintable(kNastaliq),
              qPrintable(QFontInfo(plain).styleName()));
    }

    void cjkResolvesForKana()
    {
        if (!QFontDatabase::families().contains(kCjk))
            QSKIP("Noto Sans CJK SC is not installed (fonts-noto-cjk)");
        const QFontInfo chosen(FontChoice::forDocument(QStringLiteral("カタカナ"), 10).font());
        QCOMPARE(chosen.family(), kCjk);
    }
};

QTEST_MAIN(TestFontChoice)
#include "tst_fontchoice.moc"
