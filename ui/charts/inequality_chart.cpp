// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/inequality_chart.h"

#include "core/epidemiology/value_format.h"

namespace jsna::ui::charts {

using jsna::epidemiology::formatNumber;

QString describeGradient(const jsna::epidemiology::DeprivationGradient& g, const indicators::Indicator& indicator)
{
    QStringList parts;
    if (g.gap)
        parts.append(QStringLiteral("Gap between %1 and %2: %3%4 (ratio %5)%6")
                         .arg(g.mostLabel, g.leastLabel, formatNumber(*g.gap),
                              indicator.unit == u"%" ? QStringLiteral(" percentage points") : QString(u' ' + indicator.unit),
                              g.ratio ? QString::number(*g.ratio, 'f', 2) : QStringLiteral("-"),
                              g.gapSignificant ? QStringLiteral(", a significant difference") : QString()));
    if (g.sii) {
        const stats::SiiResult& s = *g.sii;
        parts.append(QStringLiteral("SII %1 (95% CI %2 to %3; 99.8% CI %4 to %5); RII %6 (95% CI %7 to %8)")
                         .arg(formatNumber(s.sii), formatNumber(s.siiLimits[0].lower), formatNumber(s.siiLimits[0].upper),
                              formatNumber(s.siiLimits[1].lower), formatNumber(s.siiLimits[1].upper),
                              QString::number(s.rii, 'f', 2), QString::number(s.riiLimits[0].lower, 'f', 2),
                              QString::number(s.riiLimits[0].upper, 'f', 2)));
    }
    if (!g.siiNote.isEmpty())
        parts.append(g.siiNote);
    return parts.join(u'\n');
}

ChartSpec buildInequalityChart(const jsna::epidemiology::InequalityData& data, const jsna::epidemiology::Breakdown& b)
{
    ChartSpec spec;
    spec.kind = ChartKind::Inequality;
    spec.horizontal = true;
    spec.topDown = true;
    const QString level = jsna::epidemiology::confidenceLabel(data.level);
    spec.title = QStringLiteral("%1 by %2: %3, %4")
                     .arg(data.indicator.name, b.type.toLower() == u"sex" ? QStringLiteral("sex") : b.type,
                          data.area.name, data.period);
    spec.subtitle = b.groupsDiffer ? QStringLiteral("\u26A0 Groups differ significantly: %1").arg(b.differNote)
                                   : QStringLiteral("No two groups differ significantly at %1 confidence").arg(level);
    spec.y.title = data.indicator.unit.isEmpty() ? QStringLiteral("Value") : data.indicator.unit;
    spec.y.includeZero = true;
    ChartSeries bars{jsna::epidemiology::breakdownKindLabel(b.kind), SeriesKind::Bars, Tone::Focus, {}};
    bars.errorBars = true;
    for (qsizetype i = 0; i < b.groups.size(); ++i) {
        const jsna::epidemiology::BreakdownGroup& g = b.groups.at(i);
        spec.x.categories.append(g.label);
        const stats::Interval ci = jsna::epidemiology::limitsAt(g.value, data.level);
        ChartPoint p;
        p.x = static_cast<double>(i);
        p.y = jsna::epidemiology::valueOf(g.value);
        p.lower = ci.lower;
        p.upper = ci.upper;
        p.tone = toneFor(g.vsArea);
        p.tooltip = g.label + u'\n' + jsna::epidemiology::describeValue(g.value, data.indicator, data.level) + u'\n' +
                    jsna::epidemiology::comparisonText(g.vsArea, QStringLiteral("the area overall"));
        bars.points.append(p);
    }
    spec.series.append(bars);
    if (data.overall && data.overall->value) {
        ChartSeries overall{QStringLiteral("%1 overall").arg(data.area.name), SeriesKind::Line, Tone::England, {}};
        overall.dashed = true;
        const QString tip = QStringLiteral("%1 overall\n%2")
                                .arg(data.area.name, jsna::epidemiology::describeValue(*data.overall, data.indicator, data.level));
        overall.points = {ChartPoint{-0.5, *data.overall->value, kNoValue, kNoValue, Tone::England, tip},
                          ChartPoint{static_cast<double>(b.groups.size()) - 0.5, *data.overall->value, kNoValue,
                                     kNoValue, Tone::England, tip}};
        spec.series.append(overall);
    }
    spec.notes.append(QStringLiteral("Bars coloured by comparison with %1's overall value at %2 confidence; whiskers"
                                     " are %2 confidence intervals. Flagged when any two groups' intervals do not"
                                     " overlap.")
                          .arg(data.area.name, level));
    if (b.gradient)
        spec.notes.append(describeGradient(*b.gradient, data.indicator));
    if (!data.indicator.source.isEmpty())
        spec.notes.append(QStringLiteral("Source: %1.").arg(data.indicator.source));
    spec.table.headers = {QStringLiteral("Breakdown"), QStringLiteral("Group"), QStringLiteral("Period"),
                          QStringLiteral("Value"), QStringLiteral("Lower CI"), QStringLiteral("Upper CI"),
                          QStringLiteral("Count"), QStringLiteral("Denominator"),
                          QStringLiteral("Compared with area"), QStringLiteral("Method")};
    for (const jsna::epidemiology::BreakdownGroup& g : b.groups) {
        const stats::Interval ci = jsna::epidemiology::limitsAt(g.value, data.level);
        spec.table.rows.append({b.type, g.label, g.value.period, formatNumber(jsna::epidemiology::valueOf(g.value)),
                                formatNumber(ci.lower), formatNumber(ci.upper),
                                g.value.count ? jsna::epidemiology::formatCount(*g.value.count) : QString(),
                                g.value.denominator ? jsna::epidemiology::formatCount(*g.value.denominator) : QString(),
                                jsna::epidemiology::comparisonShort(g.vsArea), g.value.method});
    }
    return spec;
}

} // namespace jsna::ui::charts
