#include "clinicalfacts.h"

#include <QMap>
#include <cmath>

namespace caravan::clinical {

std::optional<int> ageInYears(QDate birth, QDate at)
{
    if (!birth.isValid() || !at.isValid() || at < birth)
        return std::nullopt;
    int years = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --years;
    return years;
}

std::optional<double> bsaMosteller(double heightCm, double weightKg)
{
    if (heightCm <= 0 || weightKg <= 0)
        return std::nullopt;
    return std::sqrt(heightCm * weightKg / 3600.0);
}

std::optional<double> bsaDuBois(double heightCm, double weightKg)
{
    if (heightCm <= 0 || weightKg <= 0)
        return std::nullopt;
    return 0.007184 * std::pow(weightKg, 0.425) * std::pow(heightCm, 0.725);
}

std::optional<int> dayRelative(QDate dayZero, QDate date)
{
    if (!dayZero.isValid() || !date.isValid())
        return std::nullopt;
    return int(dayZero.daysTo(date));
}

QString dayLabel(int day, const Translation &language)
{
    if (day == 0)
        return language.t("Clinical", QT_TRANSLATE_NOOP("Clinical", "Day 0"));
    const QString n = day > 0 ? QStringLiteral("+%1").arg(day) : QStringLiteral("\u2212%1").arg(-day);
    return language.t("Clinical", QT_TRANSLATE_NOOP("Clinical", "Day %1")).arg(n);
}

std::optional<Measurement> latest(const QList<Measurement> &series, MeasurementKind kind, const QDateTime &notAfter)
{
    std::optional<Measurement> best;
    for (const auto &m : series) {
        if (m.kind != kind || (notAfter.isValid() && m.takenAt > notAfter))
            continue;
        if (!best || m.takenAt > best->takenAt)
            best = m;
    }
    return best;
}

static QDate firstOfThreeDays(const QList<Measurement> &series, QDate dayZero, MeasurementKind kind, double threshold)
{
    if (!dayZero.isValid())
        return {};
    QMap<QDate, double> lowestPerDay;
    for (const auto &m : series) {
        if (m.kind != kind)
            continue;
        const QDate d = m.takenAt.toUTC().date();
        if (d <= dayZero)
            continue;
        auto it = lowestPerDay.find(d);
        if (it == lowestPerDay.end())
            lowestPerDay.insert(d, m.value);
        else
            *it = std::min(*it, m.value);
    }
    QDate runStart;
    int run = 0;
    QDate previous;
    for (auto it = lowestPerDay.cbegin(); it != lowestPerDay.cend(); ++it) {
        const bool consecutive = previous.isValid() && previous.daysTo(it.key()) == 1;
        if (it.value() >= threshold) {
            if (run > 0 && consecutive) {
                ++run;
            } else {
                run = 1;
                runStart = it.key();
            }
            if (run == 3)
                return runStart;
        } else {
            run = 0;
        }
        previous = it.key();
    }
    return {};
}

QDate neutrophilEngraftment(const QList<Measurement> &series, QDate dayZero)
{
    return firstOfThreeDays(series, dayZero, MeasurementKind::Anc, kNeutrophilThreshold);
}

QDate plateletEngraftment(const QList<Measurement> &series, QDate dayZero)
{
    return firstOfThreeDays(series, dayZero, MeasurementKind::Platelets, kPlateletThreshold);
}

} // namespace caravan::clinical
