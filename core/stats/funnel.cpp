// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/funnel.h"

#include <algorithm>
#include <limits>
#include <cmath>
#include <string>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include "core/stats/stats_error.h"
#include "core/stats/validation.h"

namespace jsna::stats {

namespace {

double qnorm(double p)
{
    return boost::math::quantile(boost::math::normal(), p);
}

// The number of characters R's as.character() gives a whole number: R writes 100000 as "1e+05"
// when that is shorter than the fixed form. The funnel axis rounding depends on it.
int rCharacterWidth(double wholeNumber)
{
    const double magnitude = std::abs(wholeNumber);
    const std::string digits = std::to_string(static_cast<long long>(magnitude));
    const int fixedWidth = static_cast<int>(digits.size());
    std::size_t significant = digits.find_last_not_of('0') + 1;
    if (magnitude == 0.0)
        significant = 1;
    const int exponentWidth = fixedWidth - 1 >= 100 ? 5 : 4;
    const int sciWidth = (significant == 1 ? 1 : 1 + static_cast<int>(significant)) + exponentWidth;
    const int sign = wholeNumber < 0.0 ? 1 : 0;
    return sign + std::min(fixedWidth, sciWidth);
}

std::vector<double> funnelAxis(double minimum, double maximum, bool ratio)
{
    std::vector<double> axis(100);
    axis[0] = std::max(1.0, minimum);
    for (std::size_t j = 2; j <= 100; ++j) {
        const double offset = ratio ? static_cast<double>(j - 1) : static_cast<double>(j);
        const double previous = axis[j - 2];
        axis[j - 1] = std::max(std::nearbyint(std::pow(maximum / previous, 1.0 / (101.0 - offset)) * previous),
                               previous + 1.0);
    }
    return axis;
}

bool isRate(FunnelStatistic statistic)
{
    return statistic == FunnelStatistic::RateDsr || statistic == FunnelStatistic::RateCrude;
}

bool isRatio(FunnelStatistic statistic)
{
    return statistic == FunnelStatistic::RatioCount || statistic == FunnelStatistic::RatioIsr;
}

void validate(std::span<const FunnelPoint> points, FunnelStatistic statistic)
{
    if (points.empty())
        throw StatsError("a funnel plot needs at least one point");
    for (std::size_t row = 0; row < points.size(); ++row) {
        const FunnelPoint& p = points[row];
        if (!(p.numerator >= 0.0) || !std::isfinite(p.numerator))
            throw StatsError(rowPrefix(row) + "numerator must be zero or more", row);
        if (isRate(statistic)) {
            if (p.numerator > 0.0 && (!(p.rate > 0.0) || !std::isfinite(p.rate)))
                throw StatsError(rowPrefix(row) + "rate must be greater than zero where there are events", row);
            if (p.numerator == 0.0 && statistic == FunnelStatistic::RateCrude && !(p.denominator > 0.0))
                throw StatsError(rowPrefix(row) + "a crude rate with no events needs its denominator", row);
            continue;
        }
        if (!(p.denominator > 0.0) || !std::isfinite(p.denominator))
            throw StatsError(rowPrefix(row) + "denominator must be greater than zero", row);
        if (statistic == FunnelStatistic::Proportion && p.numerator > p.denominator)
            throw StatsError(rowPrefix(row) + "numerator is greater than its denominator", row);
    }
}

// The denominator a rate point stands for (calculate_funnel_limits' denominator_derived).
double derivedDenominator(const FunnelPoint& p, FunnelStatistic statistic, double multiplier)
{
    if (p.numerator == 0.0) {
        if (statistic == FunnelStatistic::RateDsr)
            return kNaN;
        if (!std::isnan(p.denominator))
            return p.denominator;
    }
    return multiplier * p.numerator / p.rate;
}

} // namespace

double funnelAxisFloor(double x)
{
    if (x == 0.0)
        return 0.0;
    const double n = rCharacterWidth(std::floor(x * 0.95)) - 1;
    return std::floor(x * 0.95 / std::pow(10.0, n)) * std::pow(10.0, n);
}

double funnelAxisCeiling(double x)
{
    if (x == 0.0)
        return 0.0;
    const double n = rCharacterWidth(std::ceil(x * 1.05)) - 2;
    return std::ceil(x * 1.05 / std::pow(10.0, n)) * std::pow(10.0, n);
}

double funnelSigmaAdjustment(double p, double population, double average, bool high, double multiplier)
{
    const double z = qnorm(p);
    const double z2 = z * z;
    const double firstPart = average * (population / z2 + 1.0);
    const double root = -8.0 * average * (population / z2 + 1.0);
    const double adj = std::sqrt(root * root - 64.0 * (1.0 / z2 + 1.0 / population) * average *
                                                   (population * (average * (population / z2 + 2.0) - 1.0) +
                                                    z2 * (average - 1.0)));
    const double lastPart = 1.0 / z2 + 1.0 / population;
    const double limit = high ? (firstPart + adj / 8.0) / lastPart : (firstPart - adj / 8.0) / lastPart;
    return limit / population * multiplier;
}

double funnelPoissonExpected(double observed, double p, bool high)
{
    // Bisection on v in (0, 1) with mean (1 + observed) v / (1 - v), to the R package's tolerance.
    double v = 0.5;
    double dv = 0.5;
    while (dv > 1e-7) {
        dv /= 2.0;
        const double mean = (1.0 + observed) * v / (1.0 - v);
        const boost::math::poisson poisson(mean);
        if (high) {
            // P(X <= observed) < p: the mean is too large.
            if (boost::math::cdf(poisson, observed) < p)
                v -= dv;
            else
                v += dv;
        } else {
            // P(X >= observed) > p: the mean is too large.
            const double tail = observed <= 0.0 ? 1.0 : boost::math::cdf(boost::math::complement(poisson, observed - 1.0));
            if (tail > p)
                v -= dv;
            else
                v += dv;
        }
    }
    return (1.0 + observed) * v / (1.0 - v);
}

double funnelRatioSignificance(double observed, double expected, double p, bool high)
{
    double statistic = 0.0;
    if (observed == 0.0 && !high) {
        statistic = 0.0;
    } else if (observed < 10.0) {
        if (high)
            statistic = boost::math::quantile(boost::math::chi_squared(2.0 * observed + 2.0), 0.5 + p / 2.0) / 2.0;
        else
            statistic = boost::math::quantile(boost::math::complement(boost::math::chi_squared(2.0 * observed),
                                                                      0.5 + p / 2.0)) /
                        2.0;
    } else {
        const double z = qnorm(0.5 + p / 2.0);
        if (high) {
            const double x = observed + 1.0;
            const double term = 1.0 - 1.0 / (9.0 * x) + z / 3.0 / std::sqrt(x);
            statistic = x * (term * term * term);
        } else {
            const double term = 1.0 - 1.0 / (9.0 * observed) - z / 3.0 / std::sqrt(observed);
            statistic = observed * (term * term * term);
        }
    }
    return statistic / expected;
}

std::vector<FunnelLimitRow> funnelLimits(std::span<const FunnelPoint> points, FunnelStatistic statistic,
                                         double multiplier, double yearsOfData)
{
    requireMultiplier(multiplier);
    validate(points, statistic);
    if (isRate(statistic) && (!(yearsOfData > 0.0) || !std::isfinite(yearsOfData)))
        throw StatsError("years of data must be greater than zero for rate funnels");

    double sumNumerator = 0.0, sumDenominator = 0.0;
    double minDenominator = std::numeric_limits<double>::infinity();
    double maxDenominator = -std::numeric_limits<double>::infinity();
    for (const FunnelPoint& p : points) {
        const double denominator = isRate(statistic) ? derivedDenominator(p, statistic, multiplier) : p.denominator;
        sumNumerator += p.numerator;
        if (std::isnan(denominator))
            continue;
        sumDenominator += denominator;
        minDenominator = std::min(minDenominator, denominator);
        maxDenominator = std::max(maxDenominator, denominator);
    }
    const double average = sumNumerator / sumDenominator;
    // With no events the rate lines are undefined: a DSR point without events has no derived
    // denominator, and a zero average would place every line at an infinite population (the Poisson
    // bisection below would be handed a NaN mean).
    if (isRate(statistic) && !(average > 0.0 && std::isfinite(average)))
        throw StatsError("a rate funnel needs at least one point with events");
    const double years = isRate(statistic) ? yearsOfData : 1.0;

    double axisMinimum = 0.0;
    if (!(maxDenominator > 2.0 * minDenominator))
        axisMinimum = funnelAxisFloor(minDenominator / years) * years;
    double axisMaximum = funnelAxisCeiling(maxDenominator / years) * years;
    if (isRate(statistic)) {
        axisMinimum = std::floor(axisMinimum * average);
        axisMaximum = std::ceil(axisMaximum * average);
    }

    const std::vector<double> axis = funnelAxis(axisMinimum, axisMaximum, isRatio(statistic));
    std::vector<FunnelLimitRow> rows(axis.size());
    for (std::size_t j = 0; j < axis.size(); ++j) {
        FunnelLimitRow& row = rows[j];
        const double x = axis[j];
        row.x = x;
        if (statistic == FunnelStatistic::Proportion) {
            row.lower95 = std::max(0.0, funnelSigmaAdjustment(0.975, x, average, false, multiplier));
            row.upper95 = std::min(100.0, funnelSigmaAdjustment(0.975, x, average, true, multiplier));
            row.lower998 = std::max(0.0, funnelSigmaAdjustment(0.999, x, average, false, multiplier));
            row.upper998 = std::min(100.0, funnelSigmaAdjustment(0.999, x, average, true, multiplier));
            row.baseline = average * multiplier;
            continue;
        }
        // Ratios and rates: the expected events (or population x average) at which x observed events
        // sit on each line.
        row.lower95Denominator = funnelPoissonExpected(x, 0.025, true);
        row.upper95Denominator = funnelPoissonExpected(x, 0.025, false);
        row.lower998Denominator = funnelPoissonExpected(x, 0.001, true);
        row.upper998Denominator = funnelPoissonExpected(x, 0.001, false);
        if (isRatio(statistic)) {
            row.lower95 = x / row.lower95Denominator;
            row.upper95 = x / row.upper95Denominator;
            row.lower998 = x / row.lower998Denominator;
            row.upper998 = x / row.upper998Denominator;
            const bool count = statistic == FunnelStatistic::RatioCount;
            for (double* limit : {&row.lower95, &row.upper95, &row.lower998, &row.upper998})
                *limit = count ? *limit - 1.0 : *limit * 100.0;
            row.baseline = count ? 0.0 : 100.0;
            continue;
        }
        for (double* denominator : {&row.lower95Denominator, &row.upper95Denominator, &row.lower998Denominator,
                                    &row.upper998Denominator})
            *denominator /= average;
        row.lower95 = x / row.lower95Denominator * multiplier;
        row.upper95 = x / row.upper95Denominator * multiplier;
        row.lower998 = x / row.lower998Denominator * multiplier;
        row.upper998 = x / row.upper998Denominator * multiplier;
        row.baseline = average * multiplier;
        for (double* denominator : {&row.lower95Denominator, &row.upper95Denominator, &row.lower998Denominator,
                                    &row.upper998Denominator})
            *denominator /= yearsOfData;
    }
    return rows;
}

std::string_view funnelSignificanceLabel(FunnelSignificance significance)
{
    switch (significance) {
    case FunnelSignificance::High001:
        return "High (0.001)";
    case FunnelSignificance::High025:
        return "High (0.025)";
    case FunnelSignificance::Low001:
        return "Low (0.001)";
    case FunnelSignificance::Low025:
        return "Low (0.025)";
    case FunnelSignificance::NotSignificant:
        return "Not significant";
    case FunnelSignificance::NotApplicable:
        return "Not applicable for events less than 10 for dsrs";
    case FunnelSignificance::Missing:
        break;
    }
    return {};
}

std::vector<FunnelSignificance> funnelSignificance(std::span<const FunnelPoint> points, FunnelStatistic statistic,
                                                   double multiplier)
{
    requireMultiplier(multiplier);
    validate(points, statistic);
    std::vector<FunnelSignificance> result(points.size(), FunnelSignificance::NotSignificant);

    if (statistic == FunnelStatistic::Proportion) {
        double sumNumerator = 0.0, sumDenominator = 0.0;
        for (const FunnelPoint& p : points) {
            sumNumerator += p.numerator;
            sumDenominator += p.denominator;
        }
        const double average = sumNumerator / sumDenominator;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double value = points[i].numerator / points[i].denominator;
            const double n = points[i].denominator;
            if (value < funnelSigmaAdjustment(0.999, n, average, false, 1.0))
                result[i] = FunnelSignificance::Low001;
            else if (value < funnelSigmaAdjustment(0.975, n, average, false, 1.0))
                result[i] = FunnelSignificance::Low025;
            else if (value > funnelSigmaAdjustment(0.999, n, average, true, 1.0))
                result[i] = FunnelSignificance::High001;
            else if (value > funnelSigmaAdjustment(0.975, n, average, true, 1.0))
                result[i] = FunnelSignificance::High025;
        }
        return result;
    }

    // Ratios compare 1 with the point's Poisson limits; rates compare the weighted average rate.
    std::vector<double> denominators(points.size());
    double benchmark = 1.0;
    if (isRate(statistic)) {
        double sumNumerator = 0.0, sumDenominator = 0.0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            denominators[i] = derivedDenominator(points[i], statistic, multiplier);
            sumNumerator += points[i].numerator;
            if (!std::isnan(denominators[i]))
                sumDenominator += denominators[i];
        }
        benchmark = sumNumerator / sumDenominator;
    } else {
        for (std::size_t i = 0; i < points.size(); ++i)
            denominators[i] = points[i].denominator;
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double observed = points[i].numerator;
        const double expected = denominators[i];
        if (statistic == FunnelStatistic::RateDsr && observed < 10.0) {
            result[i] = FunnelSignificance::NotApplicable;
            continue;
        }
        // A comparison with NaN is false, so a missing denominator reads "Not significant", as in R.
        if (benchmark < funnelRatioSignificance(observed, expected, 0.998, false))
            result[i] = FunnelSignificance::High001;
        else if (benchmark < funnelRatioSignificance(observed, expected, 0.95, false))
            result[i] = FunnelSignificance::High025;
        else if (benchmark > funnelRatioSignificance(observed, expected, 0.998, true))
            result[i] = FunnelSignificance::Low001;
        else if (benchmark > funnelRatioSignificance(observed, expected, 0.95, true))
            result[i] = FunnelSignificance::Low025;
    }
    return result;
}

} // namespace jsna::stats
