// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/sii.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include <boost/math/distributions/normal.hpp>
#include <boost/random/normal_distribution.hpp>

#include "core/stats/stats_error.h"
#include "core/stats/validation.h"

namespace jsna::stats {

namespace {

double transform(double value, SiiValueType type)
{
    switch (type) {
    case SiiValueType::Rate:
        return std::log(value);
    case SiiValueType::Proportion:
        return std::log(value / (1.0 - value));
    case SiiValueType::Other:
        break;
    }
    return value;
}

double untransform(double value, SiiValueType type)
{
    switch (type) {
    case SiiValueType::Rate:
        return std::exp(value);
    case SiiValueType::Proportion:
        return std::exp(value) / (1.0 + std::exp(value));
    case SiiValueType::Other:
        break;
    }
    return value;
}

// Position (1-based, R's round-half-even) of a percentile among sorted simulations.
std::size_t percentilePosition(std::size_t repetitions, double probability)
{
    const double position = std::nearbyint(static_cast<double>(repetitions) * probability);
    const double clamped = std::clamp(position, 1.0, static_cast<double>(repetitions));
    return static_cast<std::size_t>(clamped) - 1;
}

void validate(std::span<const SiiQuantileInput> quantiles, const SiiOptions& options, std::size_t firstRow)
{
    if (quantiles.size() < 5 || quantiles.size() > 100)
        throw StatsError(rowPrefix(firstRow) + "the number of quantiles must be between 5 and 100", firstRow);
    if (options.repetitions < 1000)
        throw StatsError("number of repetitions must be 1000 or greater");
    if (!std::isfinite(options.multiplier) || options.multiplier == 0.0)
        throw StatsError("multiplier must be a non-zero number");
    for (std::size_t i = 0; i < quantiles.size(); ++i) {
        const SiiQuantileInput& q = quantiles[i];
        const std::size_t row = firstRow + i;
        if (!(q.population > 0.0) || !std::isfinite(q.population))
            throw StatsError(rowPrefix(row) + "population must be greater than zero", row);
        if (!std::isfinite(q.value))
            throw StatsError(rowPrefix(row) + "value is missing", row);
        const bool hasSe = !std::isnan(q.standardError);
        if (hasSe && (q.standardError < 0.0 || !std::isfinite(q.standardError)))
            throw StatsError(rowPrefix(row) + "standard error must be zero or more", row);
        if (!hasSe && (std::isnan(q.lower95) || std::isnan(q.upper95)))
            throw StatsError(rowPrefix(row) + "needs a standard error or both 95% confidence limits", row);
        // The simulation samples proportions on the logit scale and rates on the log scale, which are
        // undefined at 0 (and 1): the limits would silently come out of sorting NaNs.
        if (options.valueType == SiiValueType::Proportion &&
            (!(q.value > 0.0 && q.value < 1.0) || (!hasSe && !(q.lower95 > 0.0 && q.upper95 < 1.0))))
            throw StatsError(rowPrefix(row) +
                                 "proportions and their limits must be between 0 and 1, exclusive (the logit of 0 "
                                 "or 1 is undefined)",
                             row);
        if (options.valueType == SiiValueType::Rate && (!(q.value > 0.0) || (!hasSe && !(q.lower95 > 0.0))))
            throw StatsError(rowPrefix(row) + "rates and their limits must be greater than 0 (the log of 0 is undefined)",
                             row);
        for (std::size_t j = 0; j < i; ++j) {
            if (quantiles[j].quantile == q.quantile)
                throw StatsError(rowPrefix(row) + "quantile " + formatNumber(q.quantile) + " appears twice", row);
        }
    }
}

} // namespace

SiiResult slopeIndexOfInequality(std::span<const SiiQuantileInput> input, const ConfidenceLevels& levels,
                                 const SiiOptions& options, std::size_t firstRow)
{
    validate(input, options, firstRow);
    std::vector<SiiQuantileInput> q(input.begin(), input.end());
    std::stable_sort(q.begin(), q.end(),
                     [](const SiiQuantileInput& a, const SiiQuantileInput& b) { return a.quantile < b.quantile; });
    const std::size_t n = q.size();
    const SiiValueType type = options.valueType;

    // a: population share; b: midpoint of the cumulative share (FindXValues).
    double totalPopulation = 0.0;
    for (const SiiQuantileInput& row : q)
        totalPopulation += row.population;
    std::vector<double> a(n), b(n), sqrtA(n), mean(n), se(n);
    double cumulative = 0.0;
    const double z95 = boost::math::quantile(boost::math::normal(), 0.975);
    for (std::size_t i = 0; i < n; ++i) {
        a[i] = q[i].population / totalPopulation;
        b[i] = a[i] / 2.0 + cumulative;
        cumulative += a[i];
        sqrtA[i] = std::sqrt(a[i]);
        mean[i] = transform(q[i].value, type);
        se[i] = !std::isnan(q[i].standardError)
                    ? q[i].standardError
                    : (transform(q[i].upper95, type) - transform(q[i].lower95, type)) / z95 / 2.0;
    }

    // Least squares of y = sqrt(a) * value on X = [sqrt(a), b sqrt(a)] (no intercept column): the rows of
    // (X'X)^-1 X' give intercept and slope as weighted sums of y.
    double s11 = 0.0, s12 = 0.0, s22 = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x2 = b[i] * sqrtA[i];
        s11 += sqrtA[i] * sqrtA[i];
        s12 += sqrtA[i] * x2;
        s22 += x2 * x2;
    }
    const double det = s11 * s22 - s12 * s12;
    std::vector<double> interceptWeight(n), slopeWeight(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x2 = b[i] * sqrtA[i];
        interceptWeight[i] = (s22 * sqrtA[i] - s12 * x2) / det * sqrtA[i];
        slopeWeight[i] = (s11 * x2 - s12 * sqrtA[i]) / det * sqrtA[i];
    }

    SiiResult result;
    result.levelCount = levels.size();
    double intercept = 0.0, slope = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        intercept += interceptWeight[i] * q[i].value;
        slope += slopeWeight[i] * q[i].value;
    }
    result.intercept = intercept;
    result.sii = slope * options.multiplier;
    result.rii = (intercept + slope) / intercept;
    if (options.multiplier < 0.0)
        result.rii = 1.0 / result.rii;

    // Simulation for the limits.
    std::mt19937_64 generator(options.seed);
    boost::random::normal_distribution<double> standardNormal(0.0, 1.0);
    std::vector<double> sii(options.repetitions), rii(options.repetitions);
    for (std::size_t r = 0; r < options.repetitions; ++r) {
        double simIntercept = 0.0, simSlope = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double y = untransform(mean[i] + se[i] * standardNormal(generator), type);
            simIntercept += interceptWeight[i] * y;
            simSlope += slopeWeight[i] * y;
        }
        sii[r] = simSlope * options.multiplier;
        const double simRii = (simSlope + simIntercept) / simIntercept;
        rii[r] = options.multiplier < 0.0 ? 1.0 / simRii : simRii;
    }
    // A simulated intercept of exactly zero makes an RII of 0/0. Sorting a NaN breaks std::sort's
    // ordering requirement (undefined behaviour), and the percentiles would mean nothing: such limits
    // are left missing.
    const auto hasNaN = [](const std::vector<double>& v) {
        return std::any_of(v.begin(), v.end(), [](double x) { return std::isnan(x); });
    };
    const bool siiDefined = !hasNaN(sii);
    const bool riiDefined = !hasNaN(rii);
    if (siiDefined)
        std::sort(sii.begin(), sii.end());
    if (riiDefined)
        std::sort(rii.begin(), rii.end());
    for (std::size_t k = 0; k < levels.size(); ++k) {
        const double upperProbability = levels.level(k) + (1.0 - levels.level(k)) / 2.0;
        const std::size_t lo = percentilePosition(options.repetitions, 1.0 - upperProbability);
        const std::size_t hi = percentilePosition(options.repetitions, upperProbability);
        if (siiDefined)
            result.siiLimits[k] = {sii[lo], sii[hi]};
        if (riiDefined)
            result.riiLimits[k] = {rii[lo], rii[hi]};
    }
    return result;
}

} // namespace jsna::stats
