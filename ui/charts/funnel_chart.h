// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/funnel_query.h"
#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

// A funnel plot: every area of a type at its denominator, with 95% (dashed) and 99.8% (solid) control
// limits around the overall average; points outside the limits coloured as Fingertips would (Better /
// Worse with polarity, Higher / Lower without), the focus area highlighted.
ChartSpec buildFunnelChart(const jsna::epidemiology::FunnelData& funnel);

stats::Comparison funnelComparison(stats::FunnelSignificance significance, indicators::Polarity polarity);

} // namespace jsna::ui::charts
