// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include "ui/charts/chart_spec.h"
#include "ui/charts/chart_style.h"

class QPainter;

namespace jsna::ui::charts {

// Paints Fingertips-style spine charts, which Qt Charts has no series for: per indicator a bar from
// the comparator areas' worst to best value (light grey), their 25th-75th percentiles (dark grey),
// England's value as the centre line, and the area's value as a dot in its benchmark colour. The same
// code paints one row in the profile table and the whole chart for export and print.
namespace spine {

// The x position of value v in rect (England in the centre, the worst end on the left).
double position(const SpineRow& row, double v, const QRectF& rect);

void paintRow(QPainter& painter, const SpineRow& row, const QRectF& rect, const ChartStyle& style);
// The recent-trend arrow in its colour (green/red with polarity, blues without) followed by its words.
void paintTrend(QPainter& painter, const SpineRow& row, const QRectF& rect, const ChartStyle& style);

// The whole chart as a table: indicator, period, count, value, England, worst, spine, best, trend;
// grouped by domain. rowHeight is in the painter's logical units.
double chartHeight(const ChartSpec& spec, double rowHeight);
void paintChart(QPainter& painter, const ChartSpec& spec, const QRectF& rect, const ChartStyle& style,
                double rowHeight);

} // namespace spine

} // namespace jsna::ui::charts
