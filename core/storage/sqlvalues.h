// SQL values: the one place where a QDate or QDateTime becomes an SQL parameter and
// where a column's value becomes a QDate or QDateTime again. Every query in storage/
// goes through these functions, so SQLite (ISO text) and PostgreSQL (DATE and
// timestamptz, which Qt hands back as QDate and QDateTime) read the same.
//
// The rules:
// - a date is a calendar day without a time zone, written "yyyy-MM-dd";
// - a timestamp is an instant, written in UTC as ISO 8601 with milliseconds
//   ("2026-03-01T19:00:00.000Z"); text without a zone is read as UTC;
// - the date of a timestamp is its UTC day, the same in both dialects (SQLite's text
//   begins with it) and the same as core's alerts and validation use. A query that
//   wants the local day asks the database for it (PatientListQuery) and binds the
//   local day's limits with sqlDayStart().
// An invalid QDate or QDateTime becomes SQL NULL; NULL and unreadable text become an
// invalid QDate or QDateTime. Record fields reach SQL as fieldcodec's JSON text, which
// follows the same rules but writes timestamps to the second ("...T19:00:00Z"); an
// instant on a whole second, as sqlDayStart() binds, compares with those as text in the
// right order.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace caravan {

// "2026-03-01"; NULL when invalid.
QVariant sqlDate(QDate day);
// "2026-03-01T19:00:00.000Z" (converted to UTC first); NULL when invalid.
QVariant sqlTimestamp(const QDateTime &instant);
// The instant day begins in zone (the system's by default), bound as sqlTimestamp()
// binds it: for "starts_at >= ?" when a local day is meant.
QVariant sqlDayStart(QDate day, const QTimeZone &zone = QTimeZone::systemTimeZone());

// A DATE column (QDate or "yyyy-MM-dd" text), or the UTC day of a timestamp column.
QDate dateFromSql(const QVariant &value);
// A timestamp column (QDateTime or ISO 8601 text), in UTC.
QDateTime timestampFromSql(const QVariant &value);

// The text forms behind sqlDate() and sqlTimestamp(); empty when invalid.
QString sqlDateText(QDate day);
QString sqlTimestampText(const QDateTime &instant);

} // namespace caravan
