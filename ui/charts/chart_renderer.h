// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chart_spec.h"
#include "ui/charts/chart_style.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace jsna::ui::charts {

// The one place that knows Qt Charts: turns a ChartSpec into series, axes, legend and CI whiskers
// on a QChart. Series are filled with replace() and animations stay off, so a redraw is one pass.
// Hovering a point or bar shows its tooltip (value, limits, method, confidence, source, period).
class ChartRenderer final
{
public:
    // Replaces everything the chart showed with the spec, styled for style.
    static void populate(QChart& chart, const ChartSpec& spec, const ChartStyle& style);
};

// Value-axis ticks: a "nice" step and the range rounded out to it.
struct AxisTicks
{
    double min = 0;
    double max = 1;
    double step = 0.2;
    int decimals = 1;
};
AxisTicks niceTicks(double min, double max, int targetTicks = 6);

} // namespace jsna::ui::charts
