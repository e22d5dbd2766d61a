// SQL values: dates and timestamps to and from SQL (see sqlvalues.h).
#include "sqlvalues.h"

namespace caravan {

QString sqlDateText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString sqlTimestampText(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant sqlDate(QDate day)
{
    return day.isValid() ? QVariant(sqlDateText(day)) : QVariant();
}

QVariant sqlTimestamp(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(sqlTimestampText(instant)) : QVariant();
}

QVariant sqlDayStart(QDate day, const QTimeZone &zone)
{
    return day.isValid() ? sqlTimestamp(day.startOfDay(zone)) : QVariant();
}

QDateTime timestampFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC();
    case QMetaType::QDate:
        return value.toDate().startOfDay(Qt::UTC);
    default:
        break;
    }
    const QString text = value.toString().trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no zone written: stored values are UTC
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QDate dateFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().date();
    default:
        break;
    }
    const QString text = value.toString().trimmed();
    if (text.size() > 10) { // a timestamp: its UTC day, whatever offset it was written with
        if (const QDateTime t = timestampFromSql(text); t.isValid())
            return t.date();
    }
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace caravan
