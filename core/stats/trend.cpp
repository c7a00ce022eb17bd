// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/trend.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <boost/math/distributions/normal.hpp>

#include "core/stats/stats_error.h"

namespace jsna::stats {

namespace {

struct Fit
{
    double slope = kNaN;
    double chiSquare = kNaN;
};

double sign(double x)
{
    return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : (x == 0.0 ? 0.0 : kNaN));
}

// Chi-square test for trend in proportions (Armitage), with the direction from the slope of the
// least-squares line through the logits.
Fit proportionFit(const std::vector<TrendPoint>& points, std::size_t skip)
{
    double n = 0.0, sumLogit = 0.0, sumLogitT = 0.0, sumT = 0.0, sumT2 = 0.0;
    double sumD = 0.0, sumCT = 0.0, sumC = 0.0, sumDT = 0.0, sumDT2 = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i == skip)
            continue;
        const TrendPoint& p = points[i];
        const double t = p.period;
        const double value = p.numerator / p.denominator;
        const double logit = std::log(value / (1.0 - value));
        n += 1.0;
        sumLogit += logit;
        sumLogitT += logit * t;
        sumT += t;
        sumT2 += t * t;
        sumD += p.denominator;
        sumCT += p.numerator * t;
        sumC += p.numerator;
        sumDT += p.denominator * t;
        sumDT2 += p.denominator * (t * t);
    }
    Fit fit;
    fit.slope = (n * sumLogitT - sumLogit * sumT) / (n * sumT2 - sumT * sumT);
    const double difference = sumD * sumCT - sumC * sumDT;
    fit.chiSquare = sumD * (difference * difference) / (sumC * (sumD - sumC) * (sumD * sumDT2 - sumDT * sumDT));
    return fit;
}

// Weighted least squares of value on period, weights 1/sigma^2 with sigma from the interval width.
Fit weightedFit(const std::vector<TrendPoint>& points, std::size_t skip, double twoZ)
{
    double s1 = 0.0, sVT = 0.0, sT = 0.0, sV = 0.0, sT2 = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i == skip)
            continue;
        const TrendPoint& p = points[i];
        const double sigma = (p.upper - p.lower) / twoZ;
        const double sigma2 = sigma * sigma;
        s1 += 1.0 / sigma2;
        sVT += p.value * p.period / sigma2;
        sT += p.period / sigma2;
        sV += p.value / sigma2;
        sT2 += p.period * p.period / sigma2;
    }
    Fit fit;
    const double denominator = s1 * sT2 - sT * sT;
    fit.slope = (s1 * sVT - sT * sV) / denominator;
    const double variance = s1 / denominator;
    fit.chiSquare = fit.slope * fit.slope / variance;
    return fit;
}

} // namespace

TrendResult recentTrend(std::span<const TrendPoint> series, TrendValueType type, double confidence)
{
    if (confidence > 1.0)
        confidence /= 100.0;
    if (!(confidence > 0.0 && confidence < 1.0))
        throw StatsError("confidence level must be between 0 and 1 or between 1 and 100");
    TrendResult result;
    if (series.size() < kTrendPoints) {
        result.reason = "Not enough data points";
        return result;
    }
    std::vector<TrendPoint> points(series.begin(), series.end());
    std::stable_sort(points.begin(), points.end(),
                     [](const TrendPoint& a, const TrendPoint& b) { return a.period < b.period; });
    points.erase(points.begin(), points.end() - static_cast<std::ptrdiff_t>(kTrendPoints));

    for (const TrendPoint& p : points) {
        if (std::isnan(p.period)) {
            result.reason = "Missing values";
            return result;
        }
        if (type == TrendValueType::Proportion) {
            if (std::isnan(p.numerator) || std::isnan(p.denominator)) {
                result.reason = "Missing values";
                return result;
            }
            if (p.numerator < 0.0 || !(p.denominator > 0.0) || p.numerator > p.denominator)
                throw StatsError("trend: numerators must be between zero and their denominators");
        } else {
            if (std::isnan(p.value)) {
                result.reason = "Missing values";
                return result;
            }
            if (std::isnan(p.lower) || std::isnan(p.upper)) {
                result.reason = "missing at least one confidence interval value";
                return result;
            }
        }
    }

    const double twoZ = boost::math::quantile(boost::math::normal(), 1.0 - (1.0 - confidence) / 2.0) * 2.0;
    const std::size_t none = points.size();
    const auto fitWithout = [&](std::size_t skip) {
        return type == TrendValueType::Proportion ? proportionFit(points, skip) : weightedFit(points, skip, twoZ);
    };
    const Fit fit = fitWithout(none);
    result.slope = fit.slope;
    result.chiSquare = fit.chiSquare;
    if (!(fit.chiSquare > kTrendChiSquareThreshold)) {
        result.direction = TrendDirection::NoSignificantChange;
        result.reason = "chi-square is less than 9.5495";
        return result;
    }
    for (std::size_t skip = 0; skip < points.size(); ++skip) {
        if (sign(fitWithout(skip).slope) != sign(fit.slope)) {
            result.direction = TrendDirection::NoSignificantChange;
            result.reason = "Outlier found";
            return result;
        }
    }
    result.direction = fit.slope < 0.0 ? TrendDirection::Decreasing : TrendDirection::Increasing;
    result.reason = "No outliers and chi-square is bigger than 9.5495";
    return result;
}

std::string trendLabel(TrendDirection direction, Polarity polarity)
{
    switch (direction) {
    case TrendDirection::CannotBeCalculated:
        return "Cannot be calculated";
    case TrendDirection::NoSignificantChange:
        return "No significant change";
    case TrendDirection::Increasing:
    case TrendDirection::Decreasing:
        break;
    }
    const bool increasing = direction == TrendDirection::Increasing;
    std::string label = increasing ? "Increasing" : "Decreasing";
    if (polarity == Polarity::NotApplicable)
        return label;
    const bool better = (polarity == Polarity::HighIsGood) == increasing;
    return label + (better ? " and getting better" : " and getting worse");
}

} // namespace jsna::stats
