// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/indicators/indicator.h"
#include "core/stats/benchmarking.h"
#include "core/stats/trend.h"

namespace jsna::epidemiology {

// The confidence level comparisons are read at: Fingertips' default 95%, or 99.8% for stronger evidence.
enum class ConfidenceLevel
{
    P95,
    P998,
};

QString confidenceLabel(ConfidenceLevel level); // "95%", "99.8%"

stats::Polarity toStatsPolarity(indicators::Polarity polarity);

// The value's limits at a level (NaN where not published).
stats::Interval limitsAt(const indicators::IndicatorValue& value, ConfidenceLevel level);
double valueOf(const indicators::IndicatorValue& value); // NaN when missing

// Fingertips' single-overlapping-CI comparison of an area's value (at level) with a benchmark value.
stats::Comparison compareWith(const indicators::IndicatorValue& area, const indicators::IndicatorValue* benchmark,
                              indicators::Polarity polarity, ConfidenceLevel level);
// Two values' intervals at level do not overlap (used to flag breakdowns whose groups differ).
bool intervalsApart(const indicators::IndicatorValue& a, const indicators::IndicatorValue& b, ConfidenceLevel level);

// "Worse than England", "Similar to England", "Higher than England", "Not compared".
QString comparisonText(stats::Comparison comparison, const QString& benchmarkName);
QString comparisonShort(stats::Comparison comparison); // "Worse", "Similar", ...

// A series' recent trend as Fingertips computes it (the last five points), or CannotBeCalculated with a
// reason for value types, rolling periods and missing inputs that the method does not cover. series
// must be ordered by period.
struct RecentTrend
{
    stats::TrendDirection direction = stats::TrendDirection::CannotBeCalculated;
    QString label;  // "Increasing and getting worse"
    QString reason; // why it could not be calculated, or the test's outcome
};
RecentTrend recentTrendOf(const QList<indicators::IndicatorValue>& series, const indicators::Indicator& indicator);

// The number of calendar years a published period covers: "2019 - 21" -> 3, "2020/21" -> 1, "2021" -> 1.
int periodSpanYears(const QString& period);
double periodYear(qint64 periodSortable); // 20210000 -> 2021.0

// The p-th percentile (0..1) of sorted values, by linear interpolation (R's type 7); NaN when empty.
double percentileOfSorted(const QList<double>& sorted, double p);

// Human text for how a value was computed, for tooltips and side panels: method, confidence level,
// source, period and provenance, one per line. Empty parts are left out.
QString describeValue(const indicators::IndicatorValue& value, const indicators::Indicator& indicator,
                      ConfidenceLevel level);

} // namespace jsna::epidemiology
