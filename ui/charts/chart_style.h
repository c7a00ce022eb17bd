// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

// Colours and fonts of a chart for one palette. Benchmark tones keep Fingertips' colours in light and
// dark palettes (they carry meaning); lines, text and grids follow the palette so charts read in both.
struct ChartStyle
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor muted;
    QColor grid;
    QColor axis;
    QFont font;

    static ChartStyle fromPalette(const QPalette& palette, const QFont& font = {});

    QColor colour(Tone tone) const;
    // Text drawn on a tone's fill (white on dark fills, near-black on light ones, for WCAG AA contrast).
    QColor textOn(Tone tone) const;
};

// Fingertips' colours (fingertipscharts theme.R, scale_fill_phe).
namespace fingertips {
inline constexpr QRgb kBetter = 0xFF92D050;
inline constexpr QRgb kSimilar = 0xFFFFC000;
inline constexpr QRgb kWorse = 0xFFC00000;
inline constexpr QRgb kNotCompared = 0xFFC9C9C9;
inline constexpr QRgb kNone = 0xFFA6A6A6;
inline constexpr QRgb kHigher = 0xFFBED2FF;
inline constexpr QRgb kLower = 0xFF5555E6;
} // namespace fingertips

} // namespace jsna::ui::charts
