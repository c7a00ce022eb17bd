// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/population_query.h"
#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

// A population pyramid: males to the left and females to the right as shares of the whole
// population, by 5-year band (youngest at the bottom), with the comparator's shape as an outline.
ChartSpec buildPyramidChart(const jsna::epidemiology::PyramidData& pyramid);

} // namespace jsna::ui::charts
