// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/stats/benchmarking.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// The chi-square (1 degree of freedom) a recent trend must exceed: the 99.8% critical value, written as
// Fingertips and PHEindicatormethods::assign_trend_markers write it.
inline constexpr double kTrendChiSquareThreshold = 9.5495;
inline constexpr std::size_t kTrendPoints = 5;

enum class TrendValueType
{
    Proportion, // chi-square test for trend on numerators and denominators
    Other,      // weighted regression on values with weights from their confidence intervals
};

struct TrendPoint
{
    double period = kNaN; // e.g. the year; points may come in any order
    double numerator = kNaN;
    double denominator = kNaN;
    double value = kNaN;
    double lower = kNaN; // limits at the level given to recentTrend (Other only)
    double upper = kNaN;
};

enum class TrendDirection
{
    CannotBeCalculated,
    Increasing,
    Decreasing,
    NoSignificantChange,
};

struct TrendResult
{
    TrendDirection direction = TrendDirection::CannotBeCalculated;
    std::string_view reason;
    double chiSquare = kNaN;
    double slope = kNaN; // logit slope (proportions) or weighted regression slope (other)
};

// The Fingertips recent trend of a series: the most recent five points (at least five needed), a
// chi-square test for trend (proportions) or a weighted regression (other value types); significant when
// the statistic exceeds 9.5495 (p < 0.002), unless dropping any one point reverses the direction.
// confidence is the level of the limits given for Other (0.95 by default).
TrendResult recentTrend(std::span<const TrendPoint> series, TrendValueType type, double confidence = 0.95);

// "Increasing", "Decreasing", "No significant change", "Cannot be calculated"; with a polarity
// "Increasing and getting better" / "... worse" and the same for decreasing.
std::string trendLabel(TrendDirection direction, Polarity polarity = Polarity::NotApplicable);

} // namespace jsna::stats
