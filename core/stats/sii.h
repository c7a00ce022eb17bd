// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// How the indicator behaves, which decides the scale the simulation samples on (phe_sii value_type).
enum class SiiValueType
{
    Other = 0,      // sampled as given
    Rate = 1,       // sampled on the log scale
    Proportion = 2, // sampled on the logit scale
};

// One deprivation quantile of one area. Give either standardError or both limits (95%).
struct SiiQuantileInput
{
    double quantile = kNaN;   // 1 = most deprived, as ordered by the caller
    double population = kNaN;
    double value = kNaN;
    double standardError = kNaN;
    double lower95 = kNaN;
    double upper95 = kNaN;
};

struct SiiOptions
{
    SiiValueType valueType = SiiValueType::Other;
    double multiplier = 1.0;          // negative flips polarity: SII x multiplier, RII inverted
    std::size_t repetitions = 100000; // simulations for the limits (the R default)
    std::uint64_t seed = 20240101;    // same seed, same limits
};

struct SiiResult
{
    double sii = kNaN;
    double rii = kNaN;
    double intercept = kNaN;
    std::array<Interval, kMaxConfidenceLevels> siiLimits{};
    std::array<Interval, kMaxConfidenceLevels> riiLimits{};
    std::size_t levelCount = 0;
};

// Slope and relative index of inequality (Low and Low 2004) as PHEindicatormethods::phe_sii: a
// population-weighted regression of the quantile values on the midpoints of the cumulative population
// share, with limits from simulation (values drawn from normal distributions with the given standard
// errors). Limits use std::mt19937_64 seeded with options.seed and Boost.Random's normal distribution,
// so results are reproducible across platforms, but not R's random digits. Throws StatsError (naming
// the row) for fewer than 5 or more than 100 quantiles, a population of zero or less, a missing or
// negative standard error (and no limits to derive it from), repeated quantiles, fewer than 1,000
// repetitions, or values (and limits) the sampling scale cannot take: proportions not strictly between
// 0 and 1, rates not above 0. Limits a simulation cannot define (an RII of 0/0) are NaN.
SiiResult slopeIndexOfInequality(std::span<const SiiQuantileInput> quantiles, const ConfidenceLevels& levels,
                                 const SiiOptions& options = {}, std::size_t firstRow = 0);

} // namespace jsna::stats
