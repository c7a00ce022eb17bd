// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/quantile.h"

#include <algorithm>
#include <limits>
#include <cmath>
#include <numeric>

#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

std::vector<double> assignQuantiles(std::span<const double> values, int nQuantiles, bool invert)
{
    if (nQuantiles < 2)
        throw StatsError("the number of quantiles must be at least 2");
    std::vector<double> result(values.size(), kNaN);

    double maximum = -std::numeric_limits<double>::infinity();
    std::vector<std::size_t> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        maximum = std::max(maximum, values[i]);
        order.push_back(i);
    }
    const double count = static_cast<double>(order.size());
    const double quantiles = nQuantiles;
    if (count < quantiles)
        return result;

    std::vector<double> adjusted(values.size(), kNaN);
    for (const std::size_t i : order)
        adjusted[i] = invert ? maximum - values[i] : values[i];
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return adjusted[a] < adjusted[b]; });

    // rank(ties.method = "min"): equal values share the position of the first of them.
    double rank = 1.0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && adjusted[order[k]] != adjusted[order[k - 1]])
            rank = static_cast<double>(k) + 1.0;
        double quantile = std::floor((quantiles + 1.0) - std::ceil(((count + 1.0) - rank) / (count / quantiles)));
        if (quantile == 0.0)
            quantile = 1.0;
        result[order[k]] = quantile;
    }
    return result;
}

} // namespace jsna::stats
