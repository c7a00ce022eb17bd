// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats sii: slope (and relative) index of inequality, one row per group and deprivation quantile.
#include <cmath>
#include <map>

#include "app/cli/cmd_stats_method.h"
#include "core/stats/proportion.h"
#include "core/stats/rate.h"
#include "core/stats/sii.h"

namespace jsna::cli::stats {

namespace {

using namespace jsna::stats;

// The input columns: a value with its standard error or 95% limits, or a count and denominator from
// which the value and its 95% limits are computed (Wilson for proportions, Byar's/exact for rates).
struct SiiColumns
{
    int quantile = -1;
    int population = -1;
    int value = -1;
    int se = -1;
    int lower = -1;
    int upper = -1;
    int count = -1;
    int denominator = -1;
};

SiiColumns siiColumns(const Context& ctx, SiiValueType type)
{
    SiiColumns c;
    c.quantile = ctx.column("quantile");
    c.population = ctx.column("population");
    if (ctx.isSet("count")) {
        if (type == SiiValueType::Other)
            throw UsageError{QStringLiteral("--count needs --type proportion or --type rate")};
        if (ctx.isSet("value") || ctx.isSet("se") || ctx.isSet("lower") || ctx.isSet("upper"))
            throw UsageError{QStringLiteral("--count replaces --value, --se, --lower and --upper")};
        c.count = ctx.column("count");
        c.denominator = ctx.isSet("denominator") ? ctx.column("denominator") : c.population;
        return c;
    }
    if (ctx.isSet("denominator"))
        throw UsageError{QStringLiteral("--denominator goes with --count")};
    c.value = ctx.column("value");
    if (ctx.isSet("se")) {
        if (ctx.isSet("lower") || ctx.isSet("upper"))
            throw UsageError{QStringLiteral("give --se or --lower/--upper, not both")};
        c.se = ctx.column("se");
    } else {
        c.lower = ctx.column("lower");
        c.upper = ctx.column("upper");
    }
    return c;
}

// Value and 95% limits from a count: the logit or log scale the simulation samples on is undefined at
// 0 (and, for proportions, at the denominator), so those are refused on their line.
void fromCount(const InputTable& table, int row, const SiiColumns& c, SiiValueType type, SiiQuantileInput& q)
{
    static const ConfidenceLevels kLevel95{0.95};
    const double x = table.number(row, c.count);
    const double n = table.number(row, c.denominator);
    if (std::isnan(x) || std::isnan(n))
        throwAt(table, row, std::isnan(x) ? c.count : c.denominator, QStringLiteral("value is missing"));
    const bool proportionType = type == SiiValueType::Proportion;
    if (x == 0.0 || (proportionType && x == n))
        throwAt(table, row, c.count,
                QStringLiteral("a count of %1 gives a %2 of %3, whose %4 the simulation cannot sample")
                    .arg(x)
                    .arg(proportionType ? QStringLiteral("proportion") : QStringLiteral("rate"))
                    .arg(x / n)
                    .arg(proportionType ? QStringLiteral("logit") : QStringLiteral("log")));
    Estimate e;
    try {
        e = proportionType ? proportion({x, n}, kLevel95, 1.0, 0) : crudeRate({x, n}, kLevel95, 1.0, 0);
    } catch (const StatsError& error) {
        rethrow(error, table, {row}, {c.count, c.denominator});
    }
    q.value = e.value;
    q.lower95 = e.at(0).lower;
    q.upper95 = e.at(0).upper;
}

std::vector<SiiQuantileInput> quantileRows(const InputTable& table, const std::vector<int>& rows,
                                           const SiiColumns& c, SiiValueType type)
{
    std::vector<SiiQuantileInput> input;
    std::map<double, int> seen;
    for (const int r : rows) {
        SiiQuantileInput q;
        q.quantile = table.number(r, c.quantile);
        if (std::isnan(q.quantile))
            throwAt(table, r, c.quantile, QStringLiteral("the quantile is missing"));
        if (const auto [it, inserted] = seen.try_emplace(q.quantile, r); !inserted)
            throwAt(table, r, c.quantile,
                    QStringLiteral("quantile %1 appears twice in this group (first on line %2)")
                        .arg(q.quantile)
                        .arg(table.line(it->second)));
        q.population = table.number(r, c.population);
        if (!(q.population > 0.0))
            throwAt(table, r, c.population, QStringLiteral("the population must be greater than zero"));
        if (c.count >= 0) {
            fromCount(table, r, c, type, q);
        } else {
            q.value = table.number(r, c.value);
            if (std::isnan(q.value))
                throwAt(table, r, c.value, QStringLiteral("value is missing"));
            if (c.se >= 0) {
                q.standardError = table.number(r, c.se);
            } else {
                q.lower95 = table.number(r, c.lower);
                q.upper95 = table.number(r, c.upper);
            }
        }
        input.push_back(q);
    }
    return input;
}

MethodOutput runSii(const Context& ctx)
{
    const InputTable& table = ctx.table();
    const QString type = ctx.choice("type", {"other", "rate", "proportion"});
    SiiOptions options;
    options.valueType = type == u"rate"         ? SiiValueType::Rate
                        : type == u"proportion" ? SiiValueType::Proportion
                                                : SiiValueType::Other;
    options.multiplier = ctx.number("multiplier", 1.0);
    if (options.multiplier == 0.0)
        throw UsageError{QStringLiteral("--multiplier: must not be zero")};
    const double repetitions = ctx.number("repetitions", 100000.0);
    if (repetitions != std::floor(repetitions) || repetitions < 1000 || repetitions > 10000000)
        throw UsageError{QStringLiteral("--repetitions: must be a whole number from 1000 to 10000000")};
    options.repetitions = std::size_t(repetitions);
    bool ok = false;
    options.seed = ctx.option("seed").toULongLong(&ok);
    if (!ok)
        throw UsageError{QStringLiteral("--seed: '%1' is not a whole number from 0 to 18446744073709551615")
                             .arg(ctx.option("seed"))};
    const bool withRii = ctx.isSet("rii");
    const SiiColumns columns = siiColumns(ctx, options.valueType);

    QStringList extra;
    if (withRii) {
        extra << QStringLiteral("rii");
        for (std::size_t i = 0; i < ctx.levels().size(); ++i) {
            const QString suffix = QString::fromStdString(ctx.levels().suffix(i));
            extra << QStringLiteral("rii_lower") + suffix + QStringLiteral("cl")
                  << QStringLiteral("rii_upper") + suffix + QStringLiteral("cl");
        }
    }
    extra << QStringLiteral("quantiles") << QStringLiteral("repetitions") << QStringLiteral("seed")
          << QStringLiteral("statistic") << QStringLiteral("method");
    MethodOutput out;
    out.table.header = ctx.header(extra);
    const QString statistic = options.multiplier == 1.0
                                  ? QStringLiteral("slope index of inequality")
                                  : QStringLiteral("slope index of inequality x %1").arg(options.multiplier);
    for (const std::vector<int>& rows : table.groups(ctx.groupColumns())) {
        const std::vector<SiiQuantileInput> input = quantileRows(table, rows, columns, options.valueType);
        SiiResult result;
        try {
            result = slopeIndexOfInequality(input, ctx.levels(), options, 0);
        } catch (const StatsError& error) {
            rethrow(error, table, rows, {columns.se >= 0 ? columns.se : columns.lower, columns.upper, columns.value});
        }
        QStringList row = ctx.keyOf(rows.front());
        row << formatNumber(result.sii);
        for (std::size_t i = 0; i < result.levelCount; ++i)
            row << formatNumber(result.siiLimits[i].lower) << formatNumber(result.siiLimits[i].upper);
        if (withRii) {
            row << formatNumber(result.rii);
            for (std::size_t i = 0; i < result.levelCount; ++i)
                row << formatNumber(result.riiLimits[i].lower) << formatNumber(result.riiLimits[i].upper);
        }
        row << QString::number(input.size()) << QString::number(options.repetitions) << QString::number(options.seed)
            << statistic << fromView(methodName(Method::Simulation));
        out.table.rows.push_back(row);
    }
    return out;
}

} // namespace

MethodSpec siiMethod()
{
    return {"sii",
            "slope (and relative) index of inequality, one row per quantile, simulated limits",
            true,
            {{"type", "other|rate|proportion", "how the value is sampled: as given, log scale, logit scale", "other"},
             {"quantile", "column", "quantile number (5 to 100 quantiles per group)", "quantile"},
             {"population", "column", "population of the quantile (the regression weight)", "population"},
             {"value", "column", "the quantile's value (proportions as 0-1)", "value"},
             {"se", "column", "standard error of the value, on the sampling scale; instead of --lower/--upper"},
             {"lower", "column", "lower 95% limit of the value (used unless --se or --count is given)", "lower95_0cl"},
             {"upper", "column", "upper 95% limit of the value (used unless --se or --count is given)", "upper95_0cl"},
             {"count", "column",
              "count (numerator) of the quantile: the value is count/denominator with Wilson (proportion) or "
              "Byar's/exact (rate, per person) 95% limits; instead of --value, --se, --lower, --upper"},
             {"denominator", "column", "denominator for --count (default: the --population column)"},
             {"multiplier", "number", "scales the SII (e.g. 100 for percentages); negative reverses polarity and "
                                      "inverts the RII",
              "1"},
             {"repetitions", "number", "simulations for the limits (1000 or more)", "100000"},
             {"seed", "number", "random seed: the same seed gives the same limits", "20240101"},
             {"rii", nullptr, "also write the relative index of inequality and its limits"}},
            &runSii};
}

} // namespace jsna::cli::stats
