// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats compare: each row's value and limits against a comparator (Fingertips benchmarking) and,
// with --period, each group's recent trend over its last five periods.
#include <cmath>
#include <map>

#include "app/cli/cmd_stats_method.h"
#include "core/stats/benchmarking.h"
#include "core/stats/trend.h"

namespace jsna::cli::stats {

namespace {

using namespace jsna::stats;

struct CompareSetup
{
    Polarity polarity = Polarity::NotApplicable;
    double level = 0.95;
    QString suffix; // "95_0", as in the limit column names
    int value = -1;
    int lower = -1;
    int upper = -1;
    int comparator = -1;
    double comparatorValue = kNaN;
    int comparatorLower = -1;
    int comparatorUpper = -1;
    int period = -1;
    TrendValueType trendType = TrendValueType::Other;
    int numerator = -1;
    int denominator = -1;
};

CompareSetup compareSetup(const Context& ctx)
{
    CompareSetup s;
    const QString polarity = ctx.choice("polarity", {"not-applicable", "low-is-good", "high-is-good"});
    s.polarity = polarity == u"low-is-good"    ? Polarity::LowIsGood
                 : polarity == u"high-is-good" ? Polarity::HighIsGood
                                               : Polarity::NotApplicable;
    const double level = ctx.number("level", 95.0);
    if (!(level > 0.0 && level < 100.0))
        throw UsageError{QStringLiteral("--level: must be a percentage between 0 and 100")};
    const ConfidenceLevels levels{level};
    s.level = levels.level(0);
    s.suffix = QString::fromStdString(levels.suffix(0));
    s.value = ctx.column("value");
    const QString lower = ctx.isSet("lower") ? ctx.option("lower") : QStringLiteral("lower") + s.suffix + u"cl";
    const QString upper = ctx.isSet("upper") ? ctx.option("upper") : QStringLiteral("upper") + s.suffix + u"cl";
    s.lower = ctx.table().column(lower);
    s.upper = ctx.table().column(upper);
    if (ctx.isSet("comparator") == ctx.isSet("comparator-value"))
        throw UsageError{QStringLiteral("give the comparator as a column (--comparator) or a number "
                                        "(--comparator-value)")};
    s.comparator = ctx.optionalColumn("comparator");
    s.comparatorValue = ctx.number("comparator-value", kNaN);
    if (ctx.isSet("comparator-lower") != ctx.isSet("comparator-upper"))
        throw UsageError{QStringLiteral("--comparator-lower and --comparator-upper go together")};
    s.comparatorLower = ctx.optionalColumn("comparator-lower");
    s.comparatorUpper = ctx.optionalColumn("comparator-upper");
    s.period = ctx.optionalColumn("period");
    if (s.period < 0 && (ctx.isSet("trend-type") || ctx.isSet("numerator") || ctx.isSet("denominator")))
        throw UsageError{QStringLiteral("--trend-type, --numerator and --denominator go with --period")};
    if (ctx.choice("trend-type", {"other", "proportion"}) == u"proportion") {
        s.trendType = TrendValueType::Proportion;
        s.numerator = ctx.column("numerator");
        s.denominator = ctx.column("denominator");
    }
    return s;
}

// A trend point from one row; a proportion's numerator must lie between zero and its denominator.
TrendPoint trendPoint(const InputTable& table, int row, const CompareSetup& s)
{
    TrendPoint p;
    p.period = table.number(row, s.period);
    if (std::isnan(p.period))
        throwAt(table, row, s.period, QStringLiteral("the period is missing (periods are numbers, e.g. a year)"));
    p.value = table.number(row, s.value);
    p.lower = table.number(row, s.lower);
    p.upper = table.number(row, s.upper);
    if (s.trendType == TrendValueType::Proportion) {
        p.numerator = table.number(row, s.numerator);
        p.denominator = table.number(row, s.denominator);
        if (p.numerator < 0.0 || p.numerator > p.denominator)
            throwAt(table, row, s.numerator,
                    QStringLiteral("the numerator must be between zero and the denominator"));
        if (!(p.denominator > 0.0) && !std::isnan(p.denominator))
            throwAt(table, row, s.denominator, QStringLiteral("the denominator must be greater than zero"));
    }
    return p;
}

MethodOutput runCompare(const Context& ctx)
{
    const InputTable& table = ctx.table();
    const CompareSetup s = compareSetup(ctx);
    const ComparisonMethod method = s.comparatorLower >= 0 ? ComparisonMethod::IntervalsOverlap
                                                           : ComparisonMethod::IntervalContainsComparator;
    MethodOutput out;
    out.table.header = ctx.groupNames();
    if (s.period >= 0)
        out.table.header << ctx.option("period");
    out.table.header << QStringLiteral("value") << QStringLiteral("lower") + s.suffix + u"cl"
                     << QStringLiteral("upper") + s.suffix + u"cl" << QStringLiteral("comparator")
                     << QStringLiteral("comparison");
    if (s.period >= 0)
        out.table.header << QStringLiteral("trend") << QStringLiteral("trend_chi_square")
                         << QStringLiteral("trend_reason");
    for (const std::vector<int>& rows : table.groups(ctx.groupColumns())) {
        // The recent trend belongs to the group's latest period and is written on that row.
        int latest = -1;
        TrendResult trend;
        if (s.period >= 0) {
            std::vector<TrendPoint> series;
            std::map<double, int> seen;
            for (const int r : rows) {
                series.push_back(trendPoint(table, r, s));
                if (const auto [it, inserted] = seen.try_emplace(series.back().period, r); !inserted)
                    throwAt(table, r, s.period,
                            QStringLiteral("period %1 appears twice in this group (first on line %2)")
                                .arg(table.text(r, s.period).trimmed())
                                .arg(table.line(it->second)));
            }
            latest = seen.rbegin()->second;
            try {
                trend = recentTrend(series, s.trendType, s.level);
            } catch (const StatsError& error) {
                rethrow(error, table, rows, {s.numerator, s.value});
            }
        }
        for (const int r : rows) {
            const double value = table.number(r, s.value);
            const Interval interval{table.number(r, s.lower), table.number(r, s.upper)};
            const double comparator = s.comparator >= 0 ? table.number(r, s.comparator) : s.comparatorValue;
            Interval comparatorInterval;
            if (method == ComparisonMethod::IntervalsOverlap)
                comparatorInterval = {table.number(r, s.comparatorLower), table.number(r, s.comparatorUpper)};
            const Comparison comparison =
                compareWithBenchmark(value, interval, comparator, s.polarity, method, comparatorInterval);
            QStringList row = ctx.keyOf(r);
            if (s.period >= 0)
                row << table.text(r, s.period).trimmed();
            row << formatNumber(value) << formatNumber(interval.lower) << formatNumber(interval.upper)
                << formatNumber(comparator) << fromView(comparisonLabel(comparison));
            if (r == latest)
                row << QString::fromStdString(trendLabel(trend.direction, s.polarity)) << formatNumber(trend.chiSquare)
                    << fromView(trend.reason);
            else if (s.period >= 0)
                row << QString() << QString() << QString();
            out.table.rows.push_back(row);
        }
    }
    return out;
}

} // namespace

MethodSpec compareMethod()
{
    return {"compare",
            "value and limits against a comparator; --period adds each group's recent trend",
            false,
            {{"value", "column", "value column", "value"},
             {"level", "number", "confidence level of the limits compared (95 or 99.8)", "95"},
             {"lower", "column", "lower limit column (default: lower95_0cl, or lower99_8cl for --level 99.8)"},
             {"upper", "column", "upper limit column (default: upper95_0cl, or upper99_8cl for --level 99.8)"},
             {"comparator", "column", "comparator column (e.g. England's value on each row)"},
             {"comparator-value", "number", "one comparator for every row, instead of --comparator"},
             {"comparator-lower", "column",
              "comparator's lower limit: with --comparator-upper, compare the two intervals (Fingertips "
              "DoubleOverlappingCIs) instead of the interval with the comparator's value"},
             {"comparator-upper", "column", "comparator's upper limit (with --comparator-lower)"},
             {"polarity", "not-applicable|low-is-good|high-is-good",
              "not-applicable gives Higher/Lower, a polarity Better/Worse", "not-applicable"},
             {"period", "column",
              "time period column (numbers, e.g. 2019 or Fingertips' 'Time period Sortable'): adds the group's "
              "recent trend, on the row of its latest period"},
             {"trend-type", "other|proportion",
              "trend test: other (weighted regression on value and limits) or proportion (chi-square test for "
              "trend on --numerator and --denominator)",
              "other"},
             {"numerator", "column", "trend-type proportion: numerator column", "numerator"},
             {"denominator", "column", "trend-type proportion: denominator column", "denominator"}},
            &runCompare};
}

} // namespace jsna::cli::stats
