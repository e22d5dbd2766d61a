// Synthetic support: what every piece of the synthetic centre shares (internal to
// core/synthetic). Random is the only source of randomness: one
// QRandomGenerator seeded from SyntheticOptions::seed and drawn in a fixed order,
// so the same seed always gives the same centre. The day helpers convert between
// QDate and Julian days, in which all planning is done; q() turns the compiled-in
// UTF-8 tables into QStrings. Header only, no state besides the generator's.
#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <iterator>

namespace caravan::synthetic {

// While a history is planned, day kBase is the date of the main diagnosis; the plan
// is moved onto the calendar once its length (and so "today" within it) is known.
inline constexpr qint64 kBase = 2451545; // 2000-01-01
inline constexpr qint64 kUnixEpochJd = 2440588; // 1970-01-01

inline QDate day(qint64 jd)
{
    return QDate::fromJulianDay(jd);
}
inline qint64 jdOf(QDate d)
{
    return d.isValid() ? d.toJulianDay() : 0;
}
inline QString q(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}
inline double round1(double v)
{
    return std::round(v * 10) / 10;
}
inline double round2(double v)
{
    return std::round(v * 100) / 100;
}

// ---------------------------------------------------------------------------
// Randomness: one QRandomGenerator, drawn in a fixed order.

class Random
{
public:
    explicit Random(quint32 seed) : m_gen(seed) { }

    // Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + int(m_gen.bounded(quint32(hi - lo + 1))); }
    double real(double lo, double hi) { return lo + (hi - lo) * m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    int index(size_t n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    template<class C>
    const auto &pick(const C &c)
    {
        return c[size_t(index(std::size(c)))];
    }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    template<size_t N>
    int weighted(const std::array<int, N> &weights, int total)
    {
        int r = between(0, total - 1);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N) - 1;
    }
    // Approximately normal (sum of four uniforms).
    double normal(double mean, double sd)
    {
        double s = 0;
        for (int i = 0; i < 4; ++i)
            s += m_gen.generateDouble();
        return mean + sd * (s - 2.0) * 1.7320508;
    }
    double triangular(double a, double c, double b)
    {
        const double u = m_gen.generateDouble();
        if (b <= a)
            return a;
        const double f = (c - a) / (b - a);
        return u < f ? a + std::sqrt(u * (b - a) * (c - a)) : b - std::sqrt((1 - u) * (b - a) * (b - c));
    }

private:
    QRandomGenerator m_gen;
};

} // namespace caravan::synthetic
