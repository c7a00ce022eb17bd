// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/mean.h"

#include <cmath>

#include <boost/math/distributions/students_t.hpp>

#include "core/stats/stats_error.h"
#include "core/stats/validation.h"

namespace jsna::stats {

MeanResult mean(std::span<const double> values, const ConfidenceLevels& levels, std::size_t firstRow)
{
    MeanResult result;
    result.estimate.levelCount = levels.size();
    result.estimate.method = Method::StudentT;
    double sum = 0.0;
    double count = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) {
            result.skipped += 1.0;
            continue;
        }
        if (!std::isfinite(values[i]))
            throw StatsError(rowPrefix(firstRow + i) + "value is infinite", firstRow + i);
        sum += values[i];
        count += 1.0;
    }
    result.sum = sum;
    result.count = count;
    if (count == 0.0) {
        result.estimate.note = kNoteMeanNoValues;
        return result;
    }
    const double value = sum / count;
    result.estimate.value = value;
    if (count < 2.0) {
        result.estimate.note = kNoteMeanSingleValue;
        return result;
    }
    // Two-pass sample variance, as R's sd() (var with n - 1 denominator).
    double squares = 0.0;
    for (const double v : values) {
        if (!std::isnan(v))
            squares += (v - value) * (v - value);
    }
    const double sd = std::sqrt(squares / (count - 1.0));
    result.standardDeviation = sd;
    const boost::math::students_t t(count - 1.0);
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double p = (1.0 - levels.level(i)) / 2.0;
        const double half = std::abs(boost::math::quantile(t, p)) * sd / std::sqrt(count);
        result.estimate.limits[i] = {value - half, value + half};
    }
    return result;
}

} // namespace jsna::stats
