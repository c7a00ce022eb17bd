// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats funnel: each row's significance against the funnel of its group, and (--limits-out) the
// funnel's control limits over a range of denominators.
#include <cmath>

#include "app/cli/cmd_stats_method.h"
#include "core/stats/funnel.h"

namespace jsna::cli::stats {

namespace {

using namespace jsna::stats;

struct FunnelSetup
{
    FunnelStatistic statistic = FunnelStatistic::Proportion;
    double multiplier = 100.0;
    double years = 1.0;
    int numerator = -1;
    int denominator = -1; // proportions: denominator; ratios: expected; rates: population (optional)
    int rate = -1;
    QString statisticText;
    QString xName;           // the limits table's x column
    QString denominatorName; // suffix of the columns placing ratio and rate lines
};

FunnelSetup funnelSetup(const Context& ctx)
{
    FunnelSetup s;
    const QString type = ctx.choice("type", {"proportion", "ratio", "rate"});
    if (type == u"proportion") {
        s.numerator = ctx.column("numerator");
        s.denominator = ctx.column("denominator");
        s.multiplier = ctx.number("multiplier", 100.0);
        s.statisticText = QStringLiteral("proportion x %1").arg(s.multiplier);
        s.xName = QStringLiteral("denominator");
    } else if (type == u"ratio") {
        const bool isr = ctx.choice("ratio-type", {"isr", "count"}) == u"isr";
        s.statistic = isr ? FunnelStatistic::RatioIsr : FunnelStatistic::RatioCount;
        s.numerator = ctx.column("observed");
        s.denominator = ctx.column("expected");
        s.multiplier = 1.0; // the ratio scale is fixed: x 100 (isr), or ratio - 1 (count)
        s.statisticText = isr ? QStringLiteral("observed/expected x 100") : QStringLiteral("observed/expected - 1");
        s.xName = QStringLiteral("observed");
        s.denominatorName = QStringLiteral("_expected");
    } else {
        const bool dsr = ctx.choice("rate-type", {"dsr", "crude"}) == u"dsr";
        s.statistic = dsr ? FunnelStatistic::RateDsr : FunnelStatistic::RateCrude;
        s.numerator = ctx.column("count");
        s.rate = ctx.column("rate");
        s.denominator = ctx.optionalColumn("population");
        s.multiplier = ctx.number("multiplier", 100000.0);
        s.years = ctx.number("years-of-data", 1.0);
        s.statisticText = QStringLiteral("%1 per %2").arg(dsr ? QStringLiteral("dsr") : QStringLiteral("crude rate"))
                              .arg(s.multiplier, 0, 'f', 0);
        s.xName = QStringLiteral("count");
        s.denominatorName = QStringLiteral("_population");
    }
    if (!(s.multiplier > 0.0))
        throw UsageError{QStringLiteral("--multiplier: must be greater than zero")};
    if (!(s.years > 0.0))
        throw UsageError{QStringLiteral("--years-of-data: must be greater than zero")};
    return s;
}

// The plotted value of a point, on the scale of the funnel's limits.
double plottedValue(const FunnelPoint& p, const FunnelSetup& s)
{
    switch (s.statistic) {
    case FunnelStatistic::Proportion:
        return p.numerator / p.denominator * s.multiplier;
    case FunnelStatistic::RatioIsr:
        return p.numerator / p.denominator * 100.0;
    case FunnelStatistic::RatioCount:
        return p.numerator / p.denominator - 1.0;
    case FunnelStatistic::RateDsr:
    case FunnelStatistic::RateCrude:
        break;
    }
    return p.rate;
}

// Which of the funnel's two fixed levels were asked for, in order: true for 95, false for 99.8.
std::vector<bool> funnelLevels(const ConfidenceLevels& levels)
{
    std::vector<bool> is95;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double level = levels.level(i);
        if (std::abs(level - 0.95) > 1e-12 && std::abs(level - 0.998) > 1e-12)
            throw UsageError{QStringLiteral("--confidence: funnel limits are at 95 and 99.8 only")};
        is95.push_back(level < 0.99);
    }
    return is95;
}

QString levelSuffix(bool is95)
{
    return is95 ? QStringLiteral("95_0cl") : QStringLiteral("99_8cl");
}

// The control limits of each group's funnel: x, the baseline, the limits on the plotted scale, and for
// ratios and rates the expected events or population at which each line's point sits.
OutputTable limitsTable(const Context& ctx, const FunnelSetup& s, const std::vector<bool>& levels,
                        const std::vector<int>& firstRows, const std::vector<std::vector<FunnelLimitRow>>& funnels)
{
    OutputTable t;
    t.header = ctx.groupNames() << s.xName << QStringLiteral("baseline");
    const bool withDenominators = !s.denominatorName.isEmpty();
    for (const bool is95 : levels)
        t.header << QStringLiteral("lower") + levelSuffix(is95) << QStringLiteral("upper") + levelSuffix(is95);
    if (withDenominators) {
        for (const bool is95 : levels)
            t.header << QStringLiteral("lower") + levelSuffix(is95) + s.denominatorName
                     << QStringLiteral("upper") + levelSuffix(is95) + s.denominatorName;
    }
    for (std::size_t g = 0; g < funnels.size(); ++g) {
        for (const FunnelLimitRow& line : funnels[g]) {
            QStringList row = ctx.keyOf(firstRows[g]) << formatNumber(line.x) << formatNumber(line.baseline);
            for (const bool is95 : levels)
                row << formatNumber(is95 ? line.lower95 : line.lower998) << formatNumber(is95 ? line.upper95 : line.upper998);
            if (withDenominators) {
                for (const bool is95 : levels) {
                    row << formatNumber(is95 ? line.lower95Denominator : line.lower998Denominator)
                        << formatNumber(is95 ? line.upper95Denominator : line.upper998Denominator);
                }
            }
            t.rows.push_back(row);
        }
    }
    return t;
}

MethodOutput runFunnel(const Context& ctx)
{
    const InputTable& table = ctx.table();
    const std::vector<bool> levels = funnelLevels(ctx.levels());
    const FunnelSetup s = funnelSetup(ctx);
    const int area = ctx.column("area");
    const QString limitsPath = ctx.option("limits-out");

    MethodOutput out;
    out.table.header = ctx.groupNames() << ctx.option("area") << QStringLiteral("value")
                                        << QStringLiteral("significance") << QStringLiteral("statistic");
    std::vector<int> firstRows;
    std::vector<std::vector<FunnelLimitRow>> funnels;
    for (const std::vector<int>& rows : table.groups(ctx.groupColumns())) {
        std::vector<FunnelPoint> points;
        for (const int r : rows) {
            FunnelPoint p;
            p.numerator = table.number(r, s.numerator);
            p.denominator = s.denominator >= 0 ? table.number(r, s.denominator) : kNaN;
            p.rate = s.rate >= 0 ? table.number(r, s.rate) : kNaN;
            if (std::isnan(p.numerator))
                throwAt(table, r, s.numerator, QStringLiteral("value is missing: every point of a funnel needs one"));
            points.push_back(p);
        }
        std::vector<FunnelSignificance> significance;
        try {
            significance = funnelSignificance(points, s.statistic, s.multiplier);
            if (!limitsPath.isEmpty())
                funnels.push_back(funnelLimits(points, s.statistic, s.multiplier, s.years));
        } catch (const StatsError& error) {
            rethrow(error, table, rows, {s.numerator, s.denominator >= 0 ? s.denominator : s.rate, s.rate});
        }
        firstRows.push_back(rows.front());
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.table.rows.push_back(ctx.keyOf(rows[i]) << table.text(rows[i], area)
                                                        << formatNumber(plottedValue(points[i], s))
                                                        << fromView(funnelSignificanceLabel(significance[i]))
                                                        << s.statisticText);
    }
    if (!limitsPath.isEmpty())
        out.extraFiles.emplace_back(limitsPath, limitsTable(ctx, s, levels, firstRows, funnels));
    return out;
}

} // namespace

MethodSpec funnelMethod()
{
    return {"funnel",
            "each point's significance in its group's funnel; --limits-out: the control limits",
            true,
            {{"type", "proportion|ratio|rate", "the kind of funnel", "proportion"},
             {"area", "column", "area column, copied to the output", "area_code"},
             {"numerator", "column", "proportion: numerator column", "numerator"},
             {"denominator", "column", "proportion: denominator column", "denominator"},
             {"ratio-type", "isr|count", "ratio: isr (limits x 100) or count (limits as ratio - 1)", "isr"},
             {"observed", "column", "ratio: observed events column", "observed"},
             {"expected", "column", "ratio: expected events column", "expected"},
             {"rate-type", "dsr|crude", "rate: directly standardised or crude rates", "dsr"},
             {"count", "column", "rate: events column", "count"},
             {"rate", "column", "rate: the rate column, per --multiplier people", "rate"},
             {"population", "column", "rate: population column, needed only for crude rates with no events"},
             {"multiplier", "number",
              "proportion: 100 for percentages; rate: per this many people (default: 100 for proportions, 100000 "
              "for rates; not used for ratios)"},
             {"years-of-data", "number", "rate: years the data cover (divides the limits' populations)", "1"},
             {"limits-out", "file", "also write the control limits (100 rows per group) to this CSV file"}},
            &runFunnel};
}

} // namespace jsna::cli::stats
