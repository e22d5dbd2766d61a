// FontChoice: the one rule for which font a piece of text gets by its script, for
// documents (PDF and print: DocumentBuilder's runs, the page header and footer) and
// for the interface (the application font, set in app/desktop) and painted figures.
//
// - Latin, Cyrillic and everything else Noto Sans covers: Noto Sans in documents.
// - Arabic script (Urdu): Noto Nastaliq Urdu in documents, with the style name
//   "Regular" (Debian's Bold file claims regular weight, so without it Qt picks Bold and
//   draws malformed Nastaliq), never smaller than kMinimumNastaliqPointSize (Nastaliq
//   is cramped and clipped below it) and never bold. Small or mixed text (widgets,
//   figure labels) uses Noto Naskh Arabic instead: legible at any size.
// - Chinese characters, Japanese kana and Korean Hangul: Noto Sans CJK SC everywhere.
// The first character of a deciding script (Arabic, CJK) in a run decides its script;
// text with neither (digits, punctuation) is Latin.
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QTextCharFormat;

namespace caravan {

enum class TextScript { Latin, Arabic, Cjk };

TextScript scriptOf(const QString &text);

// The smallest point size Urdu gets in a document.
inline constexpr qreal kMinimumNastaliqPointSize = 12;

struct FontChoice
{
    TextScript script = TextScript::Latin;
    QString family;
    QString styleName; // "Regular" for Nastaliq, empty otherwise
    qreal pointSize = 0;
    bool bold = false;

    // One run of document text at pointSize (the Latin size: Urdu may come out larger).
    static FontChoice forDocument(const QString &text, qreal pointSize, bool bold = false);

    QFont font() const;
    // Sets family, style name, size and weight on a QTextDocument run.
    void applyTo(QTextCharFormat &format) const;
};

// For text of any script in one font: latinFamily first, then Noto Naskh Arabic and Noto
// Sans CJK SC, which Qt falls back to per character.
QStringList mixedScriptFamilies(const QString &latinFamily);
// The application font: the system's family and size, with the fallbacks above.
QFont interfaceFont(const QFont &systemFont);

} // namespace caravan
