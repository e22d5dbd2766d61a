// Synthetic bodies: height and weight for age (rough medians for boys and girls,
// an adult BMI from 18 on) scaled by per-patient factors the Generator draws once
// per patient. Pure functions of age; the heights, weights and BSAs they give go
// into measurements and chemotherapy doses. Header only.
#pragma once

#include <algorithm>
#include <cmath>

namespace caravan::synthetic {

inline constexpr double kBoyHeight[19] = { 50,  76,  87,  96,  103, 110, 116, 122, 128, 133,
                                           138, 143, 149, 156, 163, 169, 173, 175, 176 };
inline constexpr double kGirlHeight[19] = { 49,  74,  86,  95,  102, 109, 115, 121, 127, 133,
                                            138, 144, 151, 156, 159, 161, 162, 163, 163 };
inline constexpr double kChildBmi[19] = { 13.4, 17.0, 16.3, 15.8, 15.4, 15.3, 15.3, 15.5, 15.8, 16.2,
                                          16.6, 17.2, 17.8, 18.5, 19.2, 19.8, 20.4, 20.9, 21.3 };

inline double interpolate(const double (&t)[19], double age)
{
    if (age <= 0)
        return t[0];
    if (age >= 18)
        return t[18];
    const int i = int(age);
    return t[i] + (t[i + 1] - t[i]) * (age - i);
}

struct Body
{
    bool male = true;
    double heightFactor = 1;
    double adultBmi = 24;
    double childBmiFactor = 1;

    double height(double age) const
    {
        double h = interpolate(male ? kBoyHeight : kGirlHeight, age) * heightFactor;
        if (age > 65)
            h *= 1 - 0.0015 * (age - 65);
        return h;
    }
    double weight(double age) const
    {
        const double bmi = age < 18 ? interpolate(kChildBmi, age) * childBmiFactor
                                    : 21.3 + (adultBmi - 21.3) * std::min(1.0, (age - 18) / 12);
        const double h = height(age) / 100;
        return bmi * h * h;
    }
    double bsa(double age) const { return std::clamp(std::sqrt(height(age) * weight(age) / 3600), 0.15, 3.0); }
};

} // namespace caravan::synthetic
