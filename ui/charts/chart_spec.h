// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/stats/benchmarking.h"

namespace jsna::ui::charts {

// A toolkit-neutral description of one chart: what to draw, not how. Builders (spine_chart.h,
// trend_chart.h, ...) make it from core/epidemiology results with pure code, tests assert on it, and
// chart_renderer.h draws it with Qt Charts (spine_painter.h for the spine chart) in one place.

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

enum class ChartKind
{
    Spine,
    Trend,
    Inequality,
    Pyramid,
    Funnel,
};

// The evidence/report id of a chart kind: "spine", "trend", "inequality", "pyramid", "funnel".
QString chartKindId(ChartKind kind);

// Colour roles. Benchmark tones are Fingertips' fixed colours; the others follow the palette in use.
enum class Tone
{
    Focus,       // the area the chart is about
    England,
    Region,
    Other,
    Better,
    Similar,
    Worse,
    Higher,
    Lower,
    NotCompared,
    Limit95,
    Limit998,
    Baseline,
    Male,
    Female,
    Outline,     // comparator outline (pyramid)
};

Tone toneFor(stats::Comparison comparison);
QString toneLabel(Tone tone); // the legend text of a benchmark tone: "Worse", "Similar", ...

// x runs along the category (or independent) axis and y along the value axis for every series; a
// horizontal chart swaps them on screen.
struct ChartPoint
{
    double x = kNoValue; // numeric x, or the category index
    double y = kNoValue;
    double lower = kNoValue; // confidence limits of y (error bars, bands)
    double upper = kNoValue;
    Tone tone = Tone::Focus; // the point's own colour (benchmark tones)
    QString tooltip;          // value, limits, method, confidence level, source, period
};

enum class SeriesKind
{
    Line,
    Points,
    Band,  // the area between each point's lower and upper
    Bars,  // one bar per point (x = category index), coloured by the point's tone
};

struct ChartSeries
{
    QString name;
    SeriesKind kind = SeriesKind::Line;
    Tone tone = Tone::Focus;
    QList<ChartPoint> points;
    bool dashed = false;
    bool markers = false;   // lines: draw each point, coloured by its tone
    bool errorBars = false; // bars and points: draw the limits as whiskers
    bool inLegend = true;
};

struct ChartAxis
{
    QString title;
    QStringList categories; // non-empty: a category axis, x (or y when horizontal) = index
    double min = kNoValue;  // NaN: from the data
    double max = kNoValue;
    QString suffix;               // appended to value labels, e.g. "%"
    bool absoluteLabels = false;  // pyramids: label -5 as 5
    bool includeZero = false;     // the value range starts from zero (bars)
};

// One line of a spine chart (area profile); values are as published and oriented by the painter.
struct SpineRow
{
    QString indicator;
    QString domain;
    QString period;
    QString count;
    QString value;
    QString england;
    QString worst; // formatted, already oriented by polarity
    QString best;
    QString trend; // arrow and words: "▲ Increasing and getting worse"
    double lowest = kNoValue;
    double q25 = kNoValue;
    double median = kNoValue;
    double q75 = kNoValue;
    double highest = kNoValue;
    double englandValue = kNoValue;
    double areaValue = kNoValue;
    bool lowIsWorst = true; // orientation: the worst end on the left
    Tone tone = Tone::NotCompared;
    Tone trendTone = Tone::NotCompared; // Better/Worse with polarity, Higher/Lower without
    QString tooltip;
};

// The numbers behind a chart, copied to the clipboard as tab-separated values.
struct DataTable
{
    QStringList headers;
    QList<QStringList> rows;
    QString toTsv() const;
};

struct ChartSpec
{
    ChartKind kind = ChartKind::Trend;
    QString title;
    QString subtitle;
    QStringList notes; // method, confidence level, source, period: printed under the chart
    ChartAxis x;
    ChartAxis y;
    bool horizontal = false; // categories on the vertical axis (bars grow sideways)
    bool stacked = false;    // bars of different series share a category (pyramid)
    bool topDown = false;    // horizontal: the first category at the top (reading order)
    QList<ChartSeries> series;
    QList<SpineRow> spine;   // ChartKind::Spine only
    DataTable table;
    bool isEmpty() const;
};

} // namespace jsna::ui::charts
