// TimeAxis: see timeaxis.h.
#include "timeaxis.h"

#include "clinical/clinicalfacts.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace caravan::timeline {

void TimeAxis::setPixelRange(double left, double width)
{
    m_left = left;
    m_width = std::max(1.0, width);
}

void TimeAxis::setVisibleDays(double firstDay, double lastDay)
{
    if (lastDay < firstDay)
        std::swap(firstDay, lastDay);
    m_first = firstDay;
    m_last = lastDay;
    clampSpan();
}

void TimeAxis::setVisibleDates(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return;
    setVisibleDays(double(first.toJulianDay()), double(last.toJulianDay()) + 1);
}

void TimeAxis::clampSpan()
{
    const double span = m_last - m_first;
    const double centre = (m_first + m_last) / 2;
    if (span < kMinDays) {
        m_first = centre - kMinDays / 2;
        m_last = centre + kMinDays / 2;
    } else if (span > kMaxDays) {
        m_first = centre - kMaxDays / 2;
        m_last = centre + kMaxDays / 2;
    }
}

QDate TimeAxis::firstVisibleDate() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_first)));
}
QDate TimeAxis::lastVisibleDate() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_last)) - 1);
}
double TimeAxis::pixelsPerDay() const
{
    return m_width / (m_last - m_first);
}
double TimeAxis::xForDay(double julianDay) const
{
    return m_left + (julianDay - m_first) * pixelsPerDay();
}
double TimeAxis::dayAt(double x) const
{
    return m_first + (x - m_left) / pixelsPerDay();
}
QDate TimeAxis::dateAt(double x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayAt(x))));
}

void TimeAxis::zoom(double factor, double anchorX)
{
    if (factor <= 0)
        return;
    const double anchor = dayAt(anchorX);
    const double span = std::clamp((m_last - m_first) / factor, kMinDays, kMaxDays);
    const double fraction = (anchorX - m_left) / m_width;
    m_first = anchor - fraction * span;
    m_last = m_first + span;
}

void TimeAxis::panPixels(double dx)
{
    const double days = dx / pixelsPerDay();
    m_first += days;
    m_last += days;
}

void TimeAxis::fit(QDate first, QDate last, double marginFraction)
{
    if (!first.isValid() || !last.isValid())
        return;
    double a = double(first.toJulianDay());
    double b = double(last.toJulianDay()) + 1;
    const double margin = (b - a) * marginFraction;
    setVisibleDays(a - margin, b + margin);
}

void TimeAxis::setDayZero(QDate dayZero)
{
    m_dayZero = dayZero;
}

TimeAxis::Granularity TimeAxis::granularity() const
{
    if (isDayRelative())
        return Granularity::RelativeDays;
    const double ppd = pixelsPerDay();
    if (ppd >= kMinTickSpacing * 1.4)
        return Granularity::Days;
    if (ppd * 7 >= kMinTickSpacing * 1.4)
        return Granularity::Weeks;
    if (ppd * 30.4 * 6 >= kMinTickSpacing)
        return Granularity::Months;
    return Granularity::Years;
}

QString TimeAxis::labelFor(QDate date) const
{
    if (isDayRelative())
        return clinical::dayLabel(int(m_dayZero.daysTo(date)));
    return locale().toString(date, QStringLiteral("d MMM yyyy"));
}

QList<TimeAxis::Tick> TimeAxis::relativeTicks() const
{
    static constexpr int steps[] = { 1, 2, 5, 7, 14, 28, 50, 100, 200, 365, 730, 1825, 3650 };
    const double ppd = pixelsPerDay();
    int step = steps[std::size(steps) - 1];
    for (int s : steps)
        if (s * ppd >= kMinTickSpacing) {
            step = s;
            break;
        }
    const qint64 zero = m_dayZero.toJulianDay();
    const qint64 firstRel = qint64(std::ceil(m_first)) - zero;
    qint64 n = qint64(std::ceil(double(firstRel) / step)) * step;
    QList<Tick> ticks;
    for (; double(zero + n) < m_last; n += step) {
        const double day = double(zero + n) + 0.5; // the middle of the day
        ticks.append({ xForDay(day), day, clinical::dayLabel(int(n)), n == 0 });
    }
    return ticks;
}

QList<TimeAxis::Tick> TimeAxis::ticks() const
{
    const Granularity g = granularity();
    if (g == Granularity::RelativeDays)
        return relativeTicks();
    const QLocale locale = this->locale();
    QList<Tick> ticks;
    QDate d = firstVisibleDate();
    const QDate last = lastVisibleDate();
    auto add = [&](QDate date, const QString &label, bool major) {
        const double day = double(date.toJulianDay());
        if (day >= m_first && day < m_last)
            ticks.append({ xForDay(day), day, label, major });
    };
    switch (g) {
    case Granularity::Days:
        for (; d <= last; d = d.addDays(1))
            add(d, d.day() == 1 ? locale.toString(d, QStringLiteral("d MMM yyyy")) : QString::number(d.day()),
                d.day() == 1);
        break;
    case Granularity::Weeks:
        d = d.addDays(-(d.dayOfWeek() - 1)); // Mondays
        for (; d <= last; d = d.addDays(7))
            add(d, locale.toString(d, QStringLiteral("d MMM")), false);
        break;
    case Granularity::Months: {
        const double monthPx = pixelsPerDay() * 30.4;
        int step = 1;
        for (int s : { 1, 2, 3, 6 })
            if (s * monthPx >= kMinTickSpacing) {
                step = s;
                break;
            }
        for (QDate m(d.year(), 1, 1); m <= last; m = m.addMonths(step)) {
            const bool january = m.month() == 1;
            add(m, january ? QString::number(m.year()) : locale.standaloneMonthName(m.month(), QLocale::ShortFormat),
                january);
        }
        break;
    }
    case Granularity::Years:
    case Granularity::RelativeDays: {
        const double yearPx = pixelsPerDay() * 365.25;
        int step = 50;
        for (int s : { 1, 2, 5, 10, 20, 50 })
            if (s * yearPx >= kMinTickSpacing) {
                step = s;
                break;
            }
        for (int y = d.year() - d.year() % step; y <= last.year(); y += step)
            add(QDate(y, 1, 1), QString::number(y), true);
        break;
    }
    }
    return ticks;
}

} // namespace caravan::timeline
