// Text that must read left to right inside right-to-left (Urdu) text: ISO dates,
// times, paths, codes and numbers with separators. Each is wrapped in a Unicode
// left-to-right isolate (U+2066 … U+2069) so the bidi algorithm keeps
// "2025-02-16" from turning into "16-02-2025" in an Urdu line.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace caravan {

inline QString ltr(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

// Four-digit years always (never a locale's short format).
inline QString isoDate(QDate date)
{
    return date.isValid() ? ltr(date.toString(Qt::ISODate)) : QString();
}

inline QString localDateTime(const QDateTime &utc)
{
    return utc.isValid() ? ltr(utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QString();
}

} // namespace caravan
