// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/rate.h"

#include <cmath>

#include "core/stats/validation.h"

namespace jsna::stats {

Method poissonCountLimits(double count, const ConfidenceLevels& levels, std::span<Interval> limits)
{
    if (count < kByarsMinimumCount) {
        for (std::size_t i = 0; i < levels.size(); ++i)
            limits[i] = {levels.exactLower(i, count), levels.exactUpper(i, count)};
        return Method::Exact;
    }
    for (std::size_t i = 0; i < levels.size(); ++i)
        limits[i] = {byarsLower(count, levels.z(i)), byarsUpper(count, levels.z(i))};
    return Method::Byars;
}

namespace {

Estimate computeRate(double x, double n, const ConfidenceLevels& levels, double multiplier, std::size_t row)
{
    Estimate result;
    result.levelCount = levels.size();
    if (std::isnan(x) || std::isnan(n)) {
        result.note = kNoteMissingInput;
        return result;
    }
    if (x < 0.0)
        throw StatsError(rowPrefix(row) + "count " + formatNumber(x) + " is negative", row);
    if (!(n > 0.0))
        throw StatsError(rowPrefix(row) + "population " + formatNumber(n) + " must be greater than zero", row);
    if (!std::isfinite(x) || !std::isfinite(n))
        throw StatsError(rowPrefix(row) + "count and population must be finite", row);

    result.value = x / n * multiplier;
    result.method = poissonCountLimits(x, levels, result.limits);
    for (std::size_t i = 0; i < levels.size(); ++i) {
        result.limits[i].lower = result.limits[i].lower / n * multiplier;
        result.limits[i].upper = result.limits[i].upper / n * multiplier;
    }
    return result;
}

} // namespace

Estimate crudeRate(const RateInput& input, const ConfidenceLevels& levels, double multiplier, std::size_t row)
{
    requireMultiplier(multiplier);
    return computeRate(input.count, input.population, levels, multiplier, row);
}

void crudeRates(std::span<const RateInput> in, const ConfidenceLevels& levels, double multiplier,
                std::span<Estimate> out)
{
    requireMultiplier(multiplier);
    requireOutputSize(in.size(), out.size());
    for (std::size_t row = 0; row < in.size(); ++row)
        out[row] = computeRate(in[row].count, in[row].population, levels, multiplier, row);
}

} // namespace jsna::stats
