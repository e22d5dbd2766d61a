// FontChoice: fonts by script for documents and the interface (see fontchoice.h).
#include "fontchoice.h"

#include <QTextCharFormat>
#include <algorithm>

namespace caravan {

namespace {

const QString kNotoSans = QStringLiteral("Noto Sans");
const QString kNastaliq = QStringLiteral("Noto Nastaliq Urdu");
const QString kNaskh = QStringLiteral("Noto Naskh Arabic");
const QString kCjk = QStringLiteral("Noto Sans CJK SC");

} // namespace

TextScript scriptOf(const QString &text)
{
    for (const QChar ch : text) {
        switch (ch.script()) {
        case QChar::Script_Arabic:
            return TextScript::Arabic;
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Bopomofo:
        case QChar::Script_Hangul:
            return TextScript::Cjk;
        default:
            break;
        }
    }
    return TextScript::Latin;
}

FontChoice FontChoice::forDocument(const QString &text, qreal pointSize, bool bold)
{
    FontChoice c;
    c.script = scriptOf(text);
    switch (c.script) {
    case TextScript::Arabic:
        c.family = kNastaliq;
        c.styleName = QStringLiteral("Regular");
        c.pointSize = std::max(pointSize, kMinimumNastaliqPointSize);
        c.bold = false;
        break;
    case TextScript::Cjk:
        c.family = kCjk;
        c.pointSize = pointSize;
        c.bold = bold;
        break;
    case TextScript::Latin:
        c.family = kNotoSans;
        c.pointSize = pointSize;
        c.bold = bold;
        break;
    }
    return c;
}

QFont FontChoice::font() const
{
    QFont f;
    f.setFamilies({ family });
    if (!styleName.isEmpty())
        f.setStyleName(styleName);
    f.setPointSizeF(pointSize);
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    return f;
}

void FontChoice::applyTo(QTextCharFormat &format) const
{
    format.setFontFamilies({ family });
    if (!styleName.isEmpty())
        format.setFontStyleName(styleName);
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
}

QStringList mixedScriptFamilies(const QString &latinFamily)
{
    return { latinFamily, kNaskh, kCjk };
}

QFont interfaceFont(const QFont &systemFont)
{
    QFont f = systemFont;
    f.setFamilies(mixedScriptFamilies(systemFont.family()));
    return f;
}

} // namespace caravan
