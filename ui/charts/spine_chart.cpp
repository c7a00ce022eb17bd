// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/spine_chart.h"

#include <cmath>

#include "core/epidemiology/value_format.h"

namespace jsna::ui::charts {

using jsna::epidemiology::ConfidenceLevel;
using jsna::epidemiology::formatCount;
using jsna::epidemiology::formatNumber;
using indicators::Polarity;

namespace {

QString optionalNumber(const std::optional<double>& v)
{
    return v ? formatNumber(*v) : QStringLiteral("-");
}

} // namespace

QString trendGlyph(stats::TrendDirection direction)
{
    switch (direction) {
    case stats::TrendDirection::Increasing:
        return QStringLiteral("\u25B2");
    case stats::TrendDirection::Decreasing:
        return QStringLiteral("\u25BC");
    case stats::TrendDirection::NoSignificantChange:
        return QStringLiteral("\u25BA");
    case stats::TrendDirection::CannotBeCalculated:
        break;
    }
    return QStringLiteral("\u2013");
}

Tone trendTone(stats::TrendDirection direction, Polarity polarity)
{
    const bool up = direction == stats::TrendDirection::Increasing;
    if (!up && direction != stats::TrendDirection::Decreasing)
        return Tone::NotCompared;
    if (polarity == Polarity::NotApplicable)
        return up ? Tone::Higher : Tone::Lower;
    return up == (polarity == Polarity::HighIsGood) ? Tone::Better : Tone::Worse;
}

SpineRow spineRow(const jsna::epidemiology::ProfileRow& r, ConfidenceLevel level)
{
    SpineRow row;
    row.indicator = r.label();
    row.domain = r.indicator.domain;
    row.period = r.period;
    row.count = r.area && r.area->count ? formatCount(*r.area->count) : QStringLiteral("-");
    row.value = r.area ? optionalNumber(r.area->value) : QStringLiteral("-");
    row.england = r.england ? optionalNumber(r.england->value) : QStringLiteral("-");
    row.lowIsWorst = r.indicator.polarity != Polarity::LowIsGood;
    row.lowest = r.spread.lowest;
    row.q25 = r.spread.q25;
    row.median = r.spread.median;
    row.q75 = r.spread.q75;
    row.highest = r.spread.highest;
    row.worst = formatNumber(row.lowIsWorst ? r.spread.lowest : r.spread.highest);
    row.best = formatNumber(row.lowIsWorst ? r.spread.highest : r.spread.lowest);
    row.englandValue = r.england && r.england->value ? *r.england->value : kNoValue;
    row.areaValue = r.area && r.area->value ? *r.area->value : kNoValue;
    row.tone = toneFor(r.comparison);
    row.trend = trendGlyph(r.trend.direction) + u' ' + r.trend.label;
    row.trendTone = trendTone(r.trend.direction, r.indicator.polarity);
    QStringList tip{r.label()};
    if (r.area)
        tip.append(jsna::epidemiology::describeValue(*r.area, r.indicator, level));
    else
        tip.append(QStringLiteral("No value for %1").arg(r.period));
    tip.append(QStringLiteral("%1 (%2 confidence)")
                   .arg(jsna::epidemiology::comparisonText(r.comparison, QStringLiteral("England")),
                        jsna::epidemiology::confidenceLabel(level)));
    if (r.spread.isValid())
        tip.append(QStringLiteral("Spread of %1 comparable areas: %2 to %3 (median %4)")
                       .arg(r.spread.areas)
                       .arg(formatNumber(r.spread.lowest), formatNumber(r.spread.highest), formatNumber(r.spread.median)));
    tip.append(QStringLiteral("Recent trend: %1%2").arg(r.trend.label, r.trend.reason.isEmpty() ? QString()
                                                                                      : QString(u" (" + r.trend.reason + u')')));
    row.tooltip = tip.join(u'\n');
    return row;
}

ChartSpec buildSpineChart(const jsna::epidemiology::AreaProfile& profile)
{
    ChartSpec spec;
    spec.kind = ChartKind::Spine;
    spec.title = QStringLiteral("Area profile: %1").arg(profile.area.name);
    spec.subtitle = QStringLiteral("%1 indicators compared with %2 at %3 confidence: %4 better, %5 similar, %6 worse,"
                                   " %7 higher or lower")
                        .arg(profile.rows.size())
                        .arg(profile.englandName.isEmpty() ? QStringLiteral("England") : profile.englandName,
                             jsna::epidemiology::confidenceLabel(profile.level))
                        .arg(profile.countOf(stats::Comparison::Better))
                        .arg(profile.countOf(stats::Comparison::Similar))
                        .arg(profile.countOf(stats::Comparison::Worse))
                        .arg(profile.countOf(stats::Comparison::Higher) + profile.countOf(stats::Comparison::Lower));
    spec.notes = {
        QStringLiteral("Spine: England's value in the centre; light grey the range of %1 areas of the same type,"
                       " dark grey their 25th to 75th percentiles; worst on the left (lowest where there is no"
                       " polarity).")
            .arg(profile.rows.isEmpty() ? 0 : profile.rows.first().spread.areas),
        QStringLiteral("Colour: the area's %1 confidence interval against England's value (Fingertips single"
                       " overlapping CI); blues where higher is neither better nor worse.")
            .arg(jsna::epidemiology::confidenceLabel(profile.level)),
        QStringLiteral("Recent trend: the last five independent periods (chi-square test for trend or weighted"
                       " regression, p < 0.002). Sources and methods per indicator are in the data table."),
    };
    spec.table.headers = {QStringLiteral("Indicator"), QStringLiteral("Domain"), QStringLiteral("Period"),
                          QStringLiteral("Sex"), QStringLiteral("Age"), QStringLiteral("Count"), QStringLiteral("Value"),
                          QStringLiteral("Lower CI"), QStringLiteral("Upper CI"), QStringLiteral("Unit"),
                          QStringLiteral("England"), QStringLiteral("Region"), QStringLiteral("Worst/Lowest"),
                          QStringLiteral("25th percentile"), QStringLiteral("Median"), QStringLiteral("75th percentile"),
                          QStringLiteral("Best/Highest"), QStringLiteral("Compared with England"),
                          QStringLiteral("Recent trend"), QStringLiteral("Method"), QStringLiteral("Source")};
    for (const jsna::epidemiology::ProfileRow& r : profile.rows) {
        spec.spine.append(spineRow(r, profile.level));
        const stats::Interval ci = r.area ? jsna::epidemiology::limitsAt(*r.area, profile.level) : stats::Interval{};
        const SpineRow& s = spec.spine.last();
        spec.table.rows.append({r.label(), r.indicator.domain, r.period, r.sex, r.age, s.count, s.value,
                                formatNumber(ci.lower), formatNumber(ci.upper), r.indicator.unit, s.england,
                                r.parent ? optionalNumber(r.parent->value) : QStringLiteral("-"), s.worst,
                                formatNumber(r.spread.q25), formatNumber(r.spread.median), formatNumber(r.spread.q75),
                                s.best, jsna::epidemiology::comparisonShort(r.comparison), r.trend.label,
                                r.area ? r.area->method : QString(), r.indicator.source});
    }
    return spec;
}

} // namespace jsna::ui::charts
