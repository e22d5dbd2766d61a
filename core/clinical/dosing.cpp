#include "dosing.h"

#include "clinicalfacts.h"

#include <cmath>

namespace caravan::clinical {

std::optional<double> dosingBsa(std::optional<double> heightCm, std::optional<double> weightKg)
{
    if (!heightCm || !weightKg)
        return std::nullopt;
    const auto bsa = bsaMosteller(*heightCm, *weightKg);
    if (!bsa)
        return std::nullopt;
    return std::round(*bsa * 100.0) / 100.0;
}

double roundDoseMg(double mg)
{
    const double step = mg < 10.0 ? 100.0 : mg < 100.0 ? 10.0 : 1.0;
    return std::round(mg * step) / step;
}

std::optional<double> doseGivenMg(const DrugDose &drug, std::optional<double> bsa, std::optional<double> weightKg)
{
    if (!(drug.dosePerUnit > 0))
        return std::nullopt;
    switch (drug.basis) {
    case DoseBasis::PerSquareMetre:
        if (!bsa || !(*bsa > 0))
            return std::nullopt;
        return roundDoseMg(drug.dosePerUnit * *bsa);
    case DoseBasis::PerKilogram:
        if (!weightKg || !(*weightKg > 0))
            return std::nullopt;
        return roundDoseMg(drug.dosePerUnit * *weightKg);
    case DoseBasis::Flat:
        return drug.dosePerUnit;
    }
    return std::nullopt;
}

namespace {

std::optional<double> converted(const Measurement &m, MeasurementKind kind,
                                std::initializer_list<std::pair<const char *, double>> factors)
{
    if (m.kind != kind || !(m.value > 0))
        return std::nullopt;
    const QString unit = m.unit.trimmed().toLower();
    if (unit.isEmpty())
        return m.value;
    for (const auto &[name, factor] : factors)
        if (unit == QLatin1String(name))
            return m.value * factor;
    return std::nullopt;
}

} // namespace

std::optional<double> heightInCm(const Measurement &m)
{
    return converted(m, MeasurementKind::Height, { { "cm", 1.0 }, { "m", 100.0 }, { "mm", 0.1 }, { "in", 2.54 } });
}

std::optional<double> weightInKg(const Measurement &m)
{
    return converted(m, MeasurementKind::Weight, { { "kg", 1.0 }, { "g", 0.001 }, { "lb", 0.45359237 } });
}

} // namespace caravan::clinical
