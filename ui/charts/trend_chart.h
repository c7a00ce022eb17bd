// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/trend_query.h"
#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

// An indicator over time: the area's values (points coloured by comparison with England in the same
// period) with their confidence band, comparator lines, and the recent trend in the subtitle.
ChartSpec buildTrendChart(const jsna::epidemiology::TrendData& trend);

} // namespace jsna::ui::charts
