// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// Fingertips polarity (PholioObjects Constants.cs: RagLowIsGood, RagHighIsGood, otherwise blues).
enum class Polarity
{
    LowIsGood,
    HighIsGood,
    NotApplicable,
};

// Fingertips comparison outcomes (Significance.cs), named as Fingertips shows them.
enum class Comparison
{
    Better,
    Similar,
    Worse,
    Higher,
    Lower,
    NotCompared,
};

std::string_view comparisonLabel(Comparison comparison);

enum class ComparisonMethod
{
    // Fingertips SingleOverlappingCIs: the area's interval against the comparator's value.
    IntervalContainsComparator,
    // Fingertips DoubleOverlappingCIs: the area's interval against the comparator's interval.
    IntervalsOverlap,
};

// Compares an area's value and interval (at the level the caller chose: 95 or 99.8) with a comparator.
// Higher/Lower when the interval lies wholly above/below the comparator (or, for IntervalsOverlap, its
// interval), Similar otherwise; with a polarity Higher/Lower become Better/Worse. Not compared when the
// value, either limit or the comparator is missing (NaN).
Comparison compareWithBenchmark(double value, Interval interval, double comparator, Polarity polarity,
                                ComparisonMethod method = ComparisonMethod::IntervalContainsComparator,
                                Interval comparatorInterval = {});

// Fingertips "Quintiles" comparison for indicators with no significance test: quintile 1..5 of each
// value among the set (lowest values in quintile 1, by the phe_quantile rule), NaN where missing.
std::vector<double> benchmarkQuintiles(std::span<const double> values);
// "Lowest", "Low", "Middle", "High", "Highest" without polarity; "Best", "Better", "Middle", "Worse",
// "Worst" with one (ordered from good to bad); "Not compared" for NaN.
std::string_view quintileLabel(double quintile, Polarity polarity);

} // namespace jsna::stats
