// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/benchmarking.h"

#include <cmath>

#include "core/stats/quantile.h"

namespace jsna::stats {

std::string_view comparisonLabel(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Better:
        return "Better";
    case Comparison::Similar:
        return "Similar";
    case Comparison::Worse:
        return "Worse";
    case Comparison::Higher:
        return "Higher";
    case Comparison::Lower:
        return "Lower";
    case Comparison::NotCompared:
        break;
    }
    return "Not compared";
}

Comparison compareWithBenchmark(double value, Interval interval, double comparator, Polarity polarity,
                                ComparisonMethod method, Interval comparatorInterval)
{
    if (std::isnan(value) || std::isnan(interval.lower) || std::isnan(interval.upper) || std::isnan(comparator))
        return Comparison::NotCompared;
    double above = comparator;
    double below = comparator;
    if (method == ComparisonMethod::IntervalsOverlap) {
        if (std::isnan(comparatorInterval.lower) || std::isnan(comparatorInterval.upper))
            return Comparison::NotCompared;
        above = comparatorInterval.upper;
        below = comparatorInterval.lower;
    }
    bool higher = false;
    if (interval.lower > above)
        higher = true;
    else if (interval.upper < below)
        higher = false;
    else
        return Comparison::Similar;
    switch (polarity) {
    case Polarity::LowIsGood:
        return higher ? Comparison::Worse : Comparison::Better;
    case Polarity::HighIsGood:
        return higher ? Comparison::Better : Comparison::Worse;
    case Polarity::NotApplicable:
        break;
    }
    return higher ? Comparison::Higher : Comparison::Lower;
}

std::vector<double> benchmarkQuintiles(std::span<const double> values)
{
    return assignQuantiles(values, 5, false);
}

std::string_view quintileLabel(double quintile, Polarity polarity)
{
    static constexpr std::string_view kPlain[] = {"Lowest", "Low", "Middle", "High", "Highest"};
    static constexpr std::string_view kGoodToBad[] = {"Best", "Better", "Middle", "Worse", "Worst"};
    if (!(quintile >= 1.0 && quintile <= 5.0))
        return "Not compared";
    const auto index = static_cast<std::size_t>(quintile) - 1;
    switch (polarity) {
    case Polarity::LowIsGood:
        return kGoodToBad[index];
    case Polarity::HighIsGood:
        return kGoodToBad[4 - index];
    case Polarity::NotApplicable:
        break;
    }
    return kPlain[index];
}

} // namespace jsna::stats
