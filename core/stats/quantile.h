// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include "core/stats/stats_error.h"

namespace jsna::stats {

// Assigns values (the small areas of one group) to quantiles 1..nQuantiles as
// PHEindicatormethods::phe_quantile does (OHID's "assigning deprivation categories" method):
// with invert (the R default) the highest values go to quantile 1, otherwise the lowest. Ties share
// the lowest rank (R's ties.method = "min"). Missing (NaN) values get NaN and are not counted. When the
// group has fewer values than quantiles every value gets NaN, as in the R package since 2.0.2.
// Throws StatsError when nQuantiles is below 2.
std::vector<double> assignQuantiles(std::span<const double> values, int nQuantiles = 10, bool invert = true);

} // namespace jsna::stats
