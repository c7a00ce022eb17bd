// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// The kinds of funnel plot PHEindicatormethods draws (calculate_funnel_limits statistic/ratio_type/rate_type).
enum class FunnelStatistic
{
    Proportion, // numerator / denominator, Wilson-based control limits
    RatioCount, // observed / expected counts, Poisson limits, shown as ratio - 1
    RatioIsr,   // observed / expected, Poisson limits, shown x 100
    RateDsr,    // directly standardised rate: the denominator is derived from count and rate
    RateCrude,  // crude rate: as RateDsr, but a zero count uses the given denominator
};

struct FunnelPoint
{
    double numerator = kNaN;
    double denominator = kNaN; // population, or expected events for ratios; optional for rates
    double rate = kNaN;        // rates only: the published rate per multiplier
};

// One of the 100 rows that draw the funnel's control lines. x is the population (proportions), the
// observed events (ratios) or the events (rates); the limits are on the plotted scale. For ratios and
// rates the x at which each line sits is also given as a denominator (expected events, or population
// per year).
struct FunnelLimitRow
{
    double x = kNaN;
    double lower95 = kNaN;
    double upper95 = kNaN;
    double lower998 = kNaN;
    double upper998 = kNaN;
    double baseline = kNaN;
    double lower95Denominator = kNaN;
    double upper95Denominator = kNaN;
    double lower998Denominator = kNaN;
    double upper998Denominator = kNaN;
};

// Control limits at 95% (two sigma, p = 0.025 each side) and 99.8% (three sigma, p = 0.001), as
// calculate_funnel_limits. multiplier scales proportions (100 = %) and rates (per 100,000);
// yearsOfData divides rate populations to one year. Throws StatsError for invalid points.
std::vector<FunnelLimitRow> funnelLimits(std::span<const FunnelPoint> points, FunnelStatistic statistic,
                                         double multiplier, double yearsOfData = 1.0);

enum class FunnelSignificance
{
    High001,
    High025,
    Low001,
    Low025,
    NotSignificant,
    NotApplicable, // DSR with fewer than 10 events
    Missing,       // missing input
};

// The R package's labels: "High (0.001)", "High (0.025)", "Low (0.001)", "Low (0.025)",
// "Not significant", "Not applicable for events less than 10 for dsrs", and "" for Missing.
std::string_view funnelSignificanceLabel(FunnelSignificance significance);

// Each point's position against the funnel of the whole set, as assign_funnel_significance.
std::vector<FunnelSignificance> funnelSignificance(std::span<const FunnelPoint> points, FunnelStatistic statistic,
                                                   double multiplier);

// Building blocks, exposed for tests.
double funnelSigmaAdjustment(double p, double population, double average, bool high, double multiplier);
double funnelPoissonExpected(double observed, double p, bool high);
double funnelRatioSignificance(double observed, double expected, double p, bool high);
double funnelAxisFloor(double x);
double funnelAxisCeiling(double x);

} // namespace jsna::stats
