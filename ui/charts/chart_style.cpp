// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_style.h"

namespace jsna::ui::charts {

ChartStyle ChartStyle::fromPalette(const QPalette& palette, const QFont& font)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightnessF() < 0.5;
    style.muted = palette.color(QPalette::PlaceholderText);
    if (style.muted.alpha() < 255 || qAbs(style.muted.lightnessF() - style.background.lightnessF()) < 0.25)
        style.muted = style.dark ? QColor(0xA0, 0xA4, 0xAB) : QColor(0x5F, 0x63, 0x68);
    style.grid = style.dark ? QColor(0x3A, 0x3F, 0x46) : QColor(0xE3, 0xE5, 0xE8);
    style.axis = style.dark ? QColor(0x6B, 0x71, 0x7A) : QColor(0x9A, 0x9E, 0xA4);
    style.font = font;
    return style;
}

QColor ChartStyle::colour(Tone tone) const
{
    switch (tone) {
    case Tone::Focus:
        return dark ? QColor(0x5D, 0xAD, 0xEC) : QColor(0x1D, 0x5A, 0x9A);
    case Tone::England:
        return dark ? QColor(0xE8, 0xEA, 0xED) : QColor(0x20, 0x21, 0x24);
    case Tone::Region:
        return dark ? QColor(0xB3, 0x9D, 0xDB) : QColor(0x6A, 0x4C, 0x93);
    case Tone::Other:
        return dark ? QColor(0x80, 0xCB, 0xC4) : QColor(0x00, 0x79, 0x6B);
    case Tone::Better:
        return QColor::fromRgb(fingertips::kBetter);
    case Tone::Similar:
        return QColor::fromRgb(fingertips::kSimilar);
    case Tone::Worse:
        return QColor::fromRgb(fingertips::kWorse);
    case Tone::Higher:
        return QColor::fromRgb(fingertips::kHigher);
    case Tone::Lower:
        return QColor::fromRgb(fingertips::kLower);
    case Tone::NotCompared:
        return QColor::fromRgb(fingertips::kNotCompared);
    case Tone::Limit95:
        return dark ? QColor(0x9A, 0xA0, 0xA6) : QColor(0x70, 0x75, 0x7A);
    case Tone::Limit998:
        return dark ? QColor(0xDA, 0xDC, 0xE0) : QColor(0x3C, 0x40, 0x43);
    case Tone::Baseline:
        return dark ? QColor(0xE8, 0xEA, 0xED) : QColor(0x20, 0x21, 0x24);
    case Tone::Male:
        return dark ? QColor(0x4F, 0x9D, 0xDE) : QColor(0x2B, 0x6C, 0xB0);
    case Tone::Female:
        return dark ? QColor(0xE0, 0x8A, 0x5E) : QColor(0xD9, 0x6C, 0x3B);
    case Tone::Outline:
        return dark ? QColor(0xF1, 0xF3, 0xF4) : QColor(0x20, 0x21, 0x24);
    }
    return text;
}

QColor ChartStyle::textOn(Tone tone) const
{
    switch (tone) {
    case Tone::Worse:
    case Tone::Lower:
    case Tone::Focus:
    case Tone::Male:
        return QColor(Qt::white);
    default:
        break;
    }
    return QColor(0x1A, 0x1A, 0x1A);
}

} // namespace jsna::ui::charts
