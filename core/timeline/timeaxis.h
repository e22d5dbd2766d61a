// TimeAxis: maps dates to x and back for a visible range of days, and makes the
// ticks for that range. Pure arithmetic, no painting: the painter, the widget's
// zoom/pan and the charts all share one instance's numbers. Days are Julian day
// numbers as doubles (a date d covers [jd, jd + 1)); x grows with time, always
// left to right, whatever the layout direction. In day-relative mode (a day 0 is
// set) ticks are "Day −7", "Day 0", "Day +14" (clinical::dayLabel).
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <optional>
#include <QString>

namespace caravan::timeline {

class TimeAxis
{
public:
    enum class Granularity { Years, Months, Weeks, Days, RelativeDays };
    struct Tick
    {
        double x = 0;
        double day = 0; // Julian day where the tick stands
        QString label;
        bool major = false; // year starts, month starts in day/week view, day 0
    };

    void setPixelRange(double left, double width);
    double left() const { return m_left; }
    double width() const { return m_width; }

    void setVisibleDays(double firstDay, double lastDay); // [first, last) in Julian days
    void setVisibleDates(QDate first, QDate last); // both inclusive
    double firstDay() const { return m_first; }
    double lastDay() const { return m_last; }
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const;
    double pixelsPerDay() const;

    double xForDay(double julianDay) const;
    double xForDate(QDate date) const { return xForDay(double(date.toJulianDay())); }
    double xForDateCentre(QDate date) const { return xForDay(double(date.toJulianDay()) + 0.5); }
    double dayAt(double x) const;
    QDate dateAt(double x) const;

    // factor > 1 zooms in; the day under anchorX stays under it.
    void zoom(double factor, double anchorX);
    void panPixels(double dx); // dx > 0 moves the view to later dates
    // Shows first..last (inclusive) with a margin of marginFraction on each side.
    void fit(QDate first, QDate last, double marginFraction = 0.03);

    // Month names of the tick labels; default: the default locale (the interface's).
    void setLocale(const QLocale &locale) { m_locale = locale; }
    QLocale locale() const { return m_locale.value_or(QLocale()); }

    void setDayZero(QDate dayZero); // invalid: calendar dates
    QDate dayZero() const { return m_dayZero; }
    bool isDayRelative() const { return m_dayZero.isValid(); }

    Granularity granularity() const;
    QList<Tick> ticks() const;
    // The label of one date in the current mode ("12 Mar 2025" or "Day +14").
    QString labelFor(QDate date) const;

    static constexpr double kMinDays = 3; // most zoomed in
    static constexpr double kMaxDays = 365.0 * 60; // most zoomed out
    static constexpr double kMinTickSpacing = 56; // pixels between labelled ticks

private:
    void clampSpan();
    QList<Tick> relativeTicks() const;

    double m_left = 0;
    double m_width = 1000;
    double m_first = 0;
    double m_last = 1;
    QDate m_dayZero;
    std::optional<QLocale> m_locale;
};

} // namespace caravan::timeline
