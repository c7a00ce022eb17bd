// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// Counts below this use exact Poisson limits, at or above it Byar's method (PHEindicatormethods: x < 10).
inline constexpr double kByarsMinimumCount = 10.0;

struct RateInput
{
    double count = kNaN;
    double population = kNaN;
};

// A crude rate count/population x multiplier (default per 100,000) as phe_rate: Byar's limits for
// counts of 10 or more, exact Poisson (chi-square) limits below 10. Throws StatsError (naming row) for
// a negative count or a population of zero or less; NaN input gives a missing value with a note.
Estimate crudeRate(const RateInput& input, const ConfidenceLevels& levels, double multiplier = 100000.0,
                   std::size_t row = StatsError::npos);

void crudeRates(std::span<const RateInput> in, const ConfidenceLevels& levels, double multiplier,
                std::span<Estimate> out);

// Poisson limits of an observed count (not divided by anything): exact below 10, Byar's from 10.
// Used by rates, ISRs and funnels. Writes levels.size() intervals into limits and returns the method.
Method poissonCountLimits(double count, const ConfidenceLevels& levels, std::span<Interval> limits);

} // namespace jsna::stats
