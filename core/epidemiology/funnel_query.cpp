// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/funnel_query.h"

#include <cmath>

#include "core/epidemiology/epidemiology_data.h"

namespace jsna::epidemiology {

using indicators::ValueType;
using stats::FunnelStatistic;

namespace {

bool statisticFor(ValueType type, FunnelStatistic& statistic)
{
    switch (type) {
    case ValueType::Proportion:
        statistic = FunnelStatistic::Proportion;
        return true;
    case ValueType::CrudeRate:
        statistic = FunnelStatistic::RateCrude;
        return true;
    case ValueType::Dsr:
        statistic = FunnelStatistic::RateDsr;
        return true;
    case ValueType::Isr:
        statistic = FunnelStatistic::RatioIsr;
        return true;
    default:
        break;
    }
    return false;
}

} // namespace

FunnelData funnelFor(EpidemiologyData& data, qint64 indicatorId, const QString& focusCode)
{
    FunnelData funnel;
    funnel.focusCode = focusCode;
    const indicators::Indicator* indicator = data.indicator(indicatorId);
    const geography::Area* focus = data.area(focusCode);
    if (!indicator || !focus) {
        funnel.unavailable = QStringLiteral("Choose an indicator and an area.");
        return funnel;
    }
    funnel.indicator = *indicator;
    funnel.areaType = focus->type;
    if (!statisticFor(indicator->valueType, funnel.statistic)) {
        funnel.unavailable = QStringLiteral("Funnel plots need counts behind the values: proportions, crude rates,"
                                            " directly standardised rates or standardised ratios. This indicator is"
                                            " a %1.")
                                 .arg(indicators::valueTypeLabel(indicator->valueType).toLower());
        return funnel;
    }
    const HeadlineSet* set = data.headlines().of(indicatorId);
    if (!set) {
        funnel.unavailable = QStringLiteral("No values for this indicator.");
        return funnel;
    }
    funnel.period = set->period;
    const double multiplier = indicator->multiplier > 0 ? indicator->multiplier : 1.0;
    std::vector<stats::FunnelPoint> input;
    for (const indicators::IndicatorValue& v : set->values) {
        const geography::Area* a = data.area(v.areaCode);
        if (!a || a->type != focus->type)
            continue;
        if (!v.value || !v.count || (funnel.statistic != FunnelStatistic::RateDsr && !v.denominator)) {
            ++funnel.leftOut;
            continue;
        }
        stats::FunnelPoint p;
        p.numerator = *v.count;
        p.denominator = v.denominator.value_or(stats::kNaN);
        p.rate = *v.value;
        FunnelArea point{*a, v, 0, *v.value, stats::FunnelSignificance::Missing};
        switch (funnel.statistic) {
        case FunnelStatistic::Proportion:
            point.x = *v.denominator;
            break;
        case FunnelStatistic::RatioIsr: // value = observed / expected x 100
            p.denominator = *v.value > 0 ? *v.count * 100.0 / *v.value : stats::kNaN;
            point.x = p.denominator;
            break;
        default: // rates: the population the rate implies
            point.x = *v.value > 0 ? *v.count / *v.value * multiplier : v.denominator.value_or(stats::kNaN);
            break;
        }
        if (!std::isfinite(point.x) || !(point.x > 0)) {
            ++funnel.leftOut;
            continue;
        }
        input.push_back(p);
        funnel.points.append(point);
    }
    if (funnel.points.size() < 3) {
        funnel.unavailable = QStringLiteral("Too few areas with counts and denominators for a funnel plot.");
        return funnel;
    }
    try {
        const double scale = funnel.statistic == FunnelStatistic::RatioIsr ? 1.0 : multiplier;
        funnel.limits = stats::funnelLimits(input, funnel.statistic, scale);
        const std::vector<stats::FunnelSignificance> significance =
            stats::funnelSignificance(input, funnel.statistic, scale);
        for (qsizetype i = 0; i < funnel.points.size(); ++i)
            funnel.points[i].significance = significance[static_cast<std::size_t>(i)];
    } catch (const stats::StatsError& error) {
        funnel.unavailable = QStringLiteral("No funnel: %1").arg(QString::fromUtf8(error.what()));
        funnel.limits.clear();
        return funnel;
    }
    switch (funnel.statistic) {
    case FunnelStatistic::Proportion:
        funnel.xTitle = QStringLiteral("Denominator");
        funnel.method = QStringLiteral("Control limits for proportions (Wilson score), 95% (2 SD) and 99.8% (3 SD)");
        break;
    case FunnelStatistic::RatioIsr:
        funnel.xTitle = QStringLiteral("Expected events");
        funnel.method = QStringLiteral("Poisson control limits for standardised ratios, 95% and 99.8%");
        break;
    default:
        funnel.xTitle = QStringLiteral("Population");
        funnel.method = QStringLiteral("Poisson control limits for rates (events), 95% and 99.8%");
        break;
    }
    funnel.yTitle = indicator->unit.isEmpty() ? indicator->name : indicator->unit;
    return funnel;
}

QList<FunnelLine> funnelLine(const FunnelData& funnel, FunnelLimit which)
{
    QList<FunnelLine> line;
    const bool proportion = funnel.statistic == FunnelStatistic::Proportion;
    for (const stats::FunnelLimitRow& row : funnel.limits) {
        double x = row.x;
        double y = row.baseline;
        switch (which) {
        case FunnelLimit::Lower998:
            x = proportion ? row.x : row.lower998Denominator;
            y = row.lower998;
            break;
        case FunnelLimit::Lower95:
            x = proportion ? row.x : row.lower95Denominator;
            y = row.lower95;
            break;
        case FunnelLimit::Upper95:
            x = proportion ? row.x : row.upper95Denominator;
            y = row.upper95;
            break;
        case FunnelLimit::Upper998:
            x = proportion ? row.x : row.upper998Denominator;
            y = row.upper998;
            break;
        case FunnelLimit::Baseline:
            if (!proportion)
                x = row.lower95Denominator; // any denominator of the row: the baseline is flat
            break;
        }
        if (std::isfinite(x) && std::isfinite(y) && x > 0)
            line.append({x, y});
    }
    return line;
}

} // namespace jsna::epidemiology
