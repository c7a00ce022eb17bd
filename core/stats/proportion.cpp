// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/proportion.h"

#include <cmath>
#include <string>

#include "core/stats/validation.h"

namespace jsna::stats {

namespace {

Estimate computeProportion(double x, double n, const ConfidenceLevels& levels, double multiplier,
                           std::size_t row)
{
    Estimate result;
    result.levelCount = levels.size();
    result.method = Method::Wilson;
    if (std::isnan(x) || std::isnan(n)) {
        result.note = kNoteMissingInput;
        return result;
    }
    if (x < 0.0)
        throw StatsError(rowPrefix(row) + "numerator " + formatNumber(x) + " is negative", row);
    if (!(n > 0.0))
        throw StatsError(rowPrefix(row) + "denominator " + formatNumber(n) + " must be greater than zero", row);
    if (x > n)
        throw StatsError(rowPrefix(row) + "numerator " + formatNumber(x) + " is greater than its denominator " +
                             formatNumber(n),
                         row);
    if (!std::isfinite(x) || !std::isfinite(n))
        throw StatsError(rowPrefix(row) + "numerator and denominator must be finite", row);

    result.value = x / n * multiplier;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double z = levels.z(i);
        result.limits[i] = {wilsonLower(x, n, z) * multiplier, wilsonUpper(x, n, z) * multiplier};
    }
    return result;
}

} // namespace

Estimate proportion(const ProportionInput& input, const ConfidenceLevels& levels, double multiplier,
                    std::size_t row)
{
    requireMultiplier(multiplier);
    return computeProportion(input.numerator, input.denominator, levels, multiplier, row);
}

void proportions(std::span<const ProportionInput> in, const ConfidenceLevels& levels, double multiplier,
                 std::span<Estimate> out)
{
    requireMultiplier(multiplier);
    requireOutputSize(in.size(), out.size());
    for (std::size_t row = 0; row < in.size(); ++row)
        out[row] = computeProportion(in[row].numerator, in[row].denominator, levels, multiplier, row);
}

} // namespace jsna::stats
