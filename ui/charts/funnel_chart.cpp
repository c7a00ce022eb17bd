// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/funnel_chart.h"

#include "core/epidemiology/significance.h"
#include <algorithm>
#include <limits>

#include "core/epidemiology/value_format.h"

namespace jsna::ui::charts {

using jsna::epidemiology::FunnelLimit;
using jsna::epidemiology::formatCount;
using jsna::epidemiology::formatNumber;

stats::Comparison funnelComparison(stats::FunnelSignificance significance, indicators::Polarity polarity)
{
    bool high = false;
    switch (significance) {
    case stats::FunnelSignificance::High001:
    case stats::FunnelSignificance::High025:
        high = true;
        break;
    case stats::FunnelSignificance::Low001:
    case stats::FunnelSignificance::Low025:
        break;
    case stats::FunnelSignificance::NotSignificant:
        return stats::Comparison::Similar;
    default:
        return stats::Comparison::NotCompared;
    }
    switch (polarity) {
    case indicators::Polarity::LowIsGood:
        return high ? stats::Comparison::Worse : stats::Comparison::Better;
    case indicators::Polarity::HighIsGood:
        return high ? stats::Comparison::Better : stats::Comparison::Worse;
    case indicators::Polarity::NotApplicable:
        break;
    }
    return high ? stats::Comparison::Higher : stats::Comparison::Lower;
}

ChartSpec buildFunnelChart(const jsna::epidemiology::FunnelData& funnel)
{
    ChartSpec spec;
    spec.kind = ChartKind::Funnel;
    spec.title = QStringLiteral("%1: funnel plot, %2").arg(funnel.indicator.name, funnel.period);
    QString focusName;
    for (const jsna::epidemiology::FunnelArea& p : funnel.points)
        if (p.area.code == funnel.focusCode)
            focusName = p.area.name;
    spec.subtitle = QStringLiteral("%1 areas of the same type%2").arg(funnel.points.size()).arg(
        focusName.isEmpty() ? QString() : QStringLiteral("; %1 highlighted").arg(focusName));
    spec.x.title = funnel.xTitle;
    spec.y.title = funnel.yTitle;
    if (!funnel.unavailable.isEmpty())
        return spec;

    const auto line = [&](const QString& name, FunnelLimit which, Tone tone, bool dashed, bool legend) {
        ChartSeries s{name, SeriesKind::Line, tone, {}};
        s.dashed = dashed;
        s.inLegend = legend;
        for (const jsna::epidemiology::FunnelLine& l : jsna::epidemiology::funnelLine(funnel, which))
            s.points.append({l.x, l.y, kNoValue, kNoValue, tone, {}});
        return s;
    };
    spec.series.append(line(QStringLiteral("99.8% limits"), FunnelLimit::Upper998, Tone::Limit998, false, true));
    spec.series.append(line(QStringLiteral("99.8% limits"), FunnelLimit::Lower998, Tone::Limit998, false, false));
    spec.series.append(line(QStringLiteral("95% limits"), FunnelLimit::Upper95, Tone::Limit95, true, true));
    spec.series.append(line(QStringLiteral("95% limits"), FunnelLimit::Lower95, Tone::Limit95, true, false));
    spec.series.append(line(QStringLiteral("Average"), FunnelLimit::Baseline, Tone::Baseline, false, true));

    ChartSeries areas{QStringLiteral("Areas"), SeriesKind::Points, Tone::Other, {}};
    ChartSeries focus{focusName, SeriesKind::Points, Tone::Focus, {}};
    spec.table.headers = {QStringLiteral("Area"), QStringLiteral("Code"), QStringLiteral("Value"),
                          QStringLiteral("Count"), funnel.xTitle, QStringLiteral("Funnel significance"),
                          QStringLiteral("Reading")};
    for (const jsna::epidemiology::FunnelArea& p : funnel.points) {
        const stats::Comparison c = funnelComparison(p.significance, funnel.indicator.polarity);
        const QString label = QString::fromUtf8(stats::funnelSignificanceLabel(p.significance).data(),
                                                static_cast<qsizetype>(stats::funnelSignificanceLabel(p.significance).size()));
        const QString tip = QStringLiteral("%1\n%2\n%3: %4\nFunnel: %5")
                                .arg(p.area.name,
                                     jsna::epidemiology::describeValue(p.value, funnel.indicator, jsna::epidemiology::ConfidenceLevel::P95),
                                     funnel.xTitle, formatCount(p.x), label.isEmpty() ? QStringLiteral("-") : label);
        const ChartPoint point{p.x, p.y, kNoValue, kNoValue, toneFor(c), tip};
        (p.area.code == funnel.focusCode ? focus : areas).points.append(point);
        spec.table.rows.append({p.area.name, p.area.code, formatNumber(p.y),
                                p.value.count ? formatCount(*p.value.count) : QString(), formatCount(p.x), label,
                                jsna::epidemiology::comparisonShort(c)});
    }
    spec.series.append(areas);
    // The value axis follows the points and the limits where points are, not the limits' flare near zero.
    double minX = std::numeric_limits<double>::infinity(), lo = minX, hi = -minX;
    for (const jsna::epidemiology::FunnelArea& p : funnel.points) {
        minX = std::min(minX, p.x);
        lo = std::min(lo, p.y);
        hi = std::max(hi, p.y);
    }
    for (const ChartSeries& s : spec.series)
        if (s.kind == SeriesKind::Line)
            for (const ChartPoint& p : s.points)
                if (p.x >= minX * 0.6) {
                    lo = std::min(lo, p.y);
                    hi = std::max(hi, p.y);
                }
    const double pad = (hi - lo) * 0.08;
    spec.y.min = lo - pad;
    spec.y.max = hi + pad;
    if (!focus.points.isEmpty())
        spec.series.append(focus);
    spec.notes = {funnel.method + QStringLiteral(" around the average of all areas shown (PHEindicatormethods"
                                                 " calculate_funnel_limits)."),
                  QStringLiteral("Outside the 95% limits: Better/Worse (Higher/Lower where there is no polarity).")};
    if (funnel.leftOut > 0)
        spec.notes.append(QStringLiteral("%1 areas without counts or denominators are not shown.").arg(funnel.leftOut));
    if (!funnel.indicator.source.isEmpty())
        spec.notes.append(QStringLiteral("Source: %1.").arg(funnel.indicator.source));
    return spec;
}

} // namespace jsna::ui::charts
