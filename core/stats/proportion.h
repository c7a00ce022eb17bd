// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

struct ProportionInput
{
    double numerator = kNaN;
    double denominator = kNaN;
};

// A proportion x/n times multiplier (1 for a proportion, 100 for a percentage) with Wilson score
// limits, as PHEindicatormethods::phe_proportion. Throws StatsError (naming row) for a negative
// numerator, a denominator of zero or less, or a numerator above its denominator. A missing (NaN)
// numerator or denominator gives a missing value with a note, not an error.
Estimate proportion(const ProportionInput& input, const ConfidenceLevels& levels, double multiplier = 1.0,
                    std::size_t row = StatsError::npos);

// The same for many rows: out[i] is the result for in[i] (out must be at least as long as in).
void proportions(std::span<const ProportionInput> in, const ConfidenceLevels& levels, double multiplier,
                 std::span<Estimate> out);

} // namespace jsna::stats
