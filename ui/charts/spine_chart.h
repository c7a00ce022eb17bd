// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/area_profile.h"
#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

// The area profile as a spine chart spec: one SpineRow per indicator (values formatted, oriented by
// polarity, toned by the comparison with England) and the full data table.
ChartSpec buildSpineChart(const jsna::epidemiology::AreaProfile& profile);
SpineRow spineRow(const jsna::epidemiology::ProfileRow& row, jsna::epidemiology::ConfidenceLevel level);

// "▲", "▼", "►" or "–" for a recent trend, and its colour tone (Better/Worse with polarity).
QString trendGlyph(stats::TrendDirection direction);
Tone trendTone(stats::TrendDirection direction, indicators::Polarity polarity);

} // namespace jsna::ui::charts
