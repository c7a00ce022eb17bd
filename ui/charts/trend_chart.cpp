// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/trend_chart.h"

#include "core/epidemiology/value_format.h"
#include "ui/charts/spine_chart.h"

namespace jsna::ui::charts {

using jsna::epidemiology::formatNumber;
using indicators::IndicatorValue;

ChartSpec buildTrendChart(const jsna::epidemiology::TrendData& trend)
{
    ChartSpec spec;
    spec.kind = ChartKind::Trend;
    const QString level = jsna::epidemiology::confidenceLabel(trend.level);
    spec.title = QStringLiteral("%1: %2").arg(trend.indicator.name, trend.focus.area.name);
    spec.subtitle = QStringLiteral("Recent trend: %1 %2 \u00b7 %3, %4")
                        .arg(trendGlyph(trend.trend.direction), trend.trend.label, trend.sex, trend.age);
    spec.x.title = QStringLiteral("Period");
    spec.x.categories = trend.periods;
    spec.y.title = trend.indicator.unit.isEmpty() ? QStringLiteral("Value") : trend.indicator.unit;
    const auto indexOf = [&trend](const IndicatorValue& v) { return static_cast<double>(trend.periods.indexOf(v.period)); };

    ChartSeries band{QStringLiteral("%1 confidence interval").arg(level), SeriesKind::Band, Tone::Focus, {}};
    ChartSeries focus{trend.focus.area.name, SeriesKind::Line, Tone::Focus, {}};
    focus.markers = true;
    for (qsizetype i = 0; i < trend.focus.points.size(); ++i) {
        const IndicatorValue& v = trend.focus.points.at(i);
        const stats::Interval ci = jsna::epidemiology::limitsAt(v, trend.level);
        ChartPoint p;
        p.x = indexOf(v);
        p.y = jsna::epidemiology::valueOf(v);
        p.lower = ci.lower;
        p.upper = ci.upper;
        p.tone = toneFor(trend.comparisons.value(i, stats::Comparison::NotCompared));
        p.tooltip = trend.focus.area.name + u'\n' + jsna::epidemiology::describeValue(v, trend.indicator, trend.level) +
                    u'\n' + jsna::epidemiology::comparisonText(trend.comparisons.value(i), QStringLiteral("England"));
        band.points.append(p);
        focus.points.append(p);
    }
    spec.series.append(band);
    spec.series.append(focus);
    for (qsizetype c = 0; c < trend.comparators.size(); ++c) {
        const jsna::epidemiology::TrendLine& line = trend.comparators.at(c);
        ChartSeries s{line.area.name, SeriesKind::Line, c == 0 ? Tone::England : (c == 1 ? Tone::Region : Tone::Other), {}};
        s.dashed = c > 0;
        for (const IndicatorValue& v : line.points) {
            ChartPoint p;
            p.x = indexOf(v);
            p.y = jsna::epidemiology::valueOf(v);
            p.tooltip = line.area.name + u'\n' + jsna::epidemiology::describeValue(v, trend.indicator, trend.level);
            s.points.append(p);
        }
        spec.series.append(s);
    }

    spec.notes = {QStringLiteral("Points coloured by comparison with England in the same period at %1 confidence;"
                                 " the band is the area's %1 confidence interval.")
                      .arg(level),
                  QStringLiteral("Recent trend: %1.").arg(trend.trend.reason.isEmpty() ? trend.trend.label : trend.trend.reason)};
    if (!trend.indicator.source.isEmpty())
        spec.notes.append(QStringLiteral("Source: %1.").arg(trend.indicator.source));

    spec.table.headers = {QStringLiteral("Area"), QStringLiteral("Period"), QStringLiteral("Value"),
                          QStringLiteral("Lower CI"), QStringLiteral("Upper CI"), QStringLiteral("Count"),
                          QStringLiteral("Denominator"), QStringLiteral("Compared with England"), QStringLiteral("Method")};
    const auto addRows = [&](const jsna::epidemiology::TrendLine& line, bool focusLine) {
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const IndicatorValue& v = line.points.at(i);
            const stats::Interval ci = jsna::epidemiology::limitsAt(v, trend.level);
            spec.table.rows.append({line.area.name, v.period, formatNumber(jsna::epidemiology::valueOf(v)),
                                    formatNumber(ci.lower), formatNumber(ci.upper),
                                    v.count ? jsna::epidemiology::formatCount(*v.count) : QString(),
                                    v.denominator ? jsna::epidemiology::formatCount(*v.denominator) : QString(),
                                    focusLine ? jsna::epidemiology::comparisonShort(trend.comparisons.value(i)) : QString(),
                                    v.method});
        }
    };
    addRows(trend.focus, true);
    for (const jsna::epidemiology::TrendLine& line : trend.comparators)
        addRows(line, false);
    return spec;
}

} // namespace jsna::ui::charts
