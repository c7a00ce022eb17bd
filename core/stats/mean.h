// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

inline constexpr std::string_view kNoteMeanSingleValue =
    "only one value: the standard deviation and so the confidence limits are undefined";
inline constexpr std::string_view kNoteMeanNoValues = "no values: mean not calculated";

struct MeanResult
{
    Estimate estimate;
    double sum = kNaN;
    double count = 0.0;
    double standardDeviation = kNaN;
    double skipped = 0.0; // missing (NaN) values left out
};

// Mean of values with Student's t limits (PHEindicatormethods::phe_mean): value +- |qt((1-c)/2, n-1)|
// x sd / sqrt(n). Missing (NaN) values are left out and counted in skipped (R's phe_mean would return
// NA for the whole group). One value: the mean, with NaN limits and kNoteMeanSingleValue (R gives NA
// with no reason). Infinite values are an error.
MeanResult mean(std::span<const double> values, const ConfidenceLevels& levels, std::size_t firstRow = 0);

} // namespace jsna::stats
