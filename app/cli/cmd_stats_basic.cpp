// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats proportion, rate, dsr, mean, life-expectancy and quantile.
#include <cmath>

#include "app/cli/cmd_stats_method.h"
#include "core/stats/dsr.h"
#include "core/stats/life_expectancy.h"
#include "core/stats/mean.h"
#include "core/stats/proportion.h"
#include "core/stats/quantile.h"
#include "core/stats/rate.h"

namespace jsna::cli::stats {

namespace {

using namespace jsna::stats;

// Groups are summed before the statistic is computed, so a negative count would vanish into the sum:
// refuse it on its own line.
double nonNegative(const InputTable& table, int row, int column)
{
    const double value = table.number(row, column);
    if (value < 0.0)
        throwAt(table, row, column,
                QStringLiteral("'%1' is negative: counts and denominators must be zero or more")
                    .arg(table.text(row, column).trimmed()));
    return value;
}

MethodOutput runCounts(const Context& ctx, bool isProportion)
{
    const int x = ctx.column(isProportion ? "numerator" : "count");
    const int n = ctx.column(isProportion ? "denominator" : "population");
    const double multiplier = ctx.number("multiplier", isProportion ? 1.0 : 100000.0);
    const QString statistic = isProportion ? (multiplier == 100 ? QStringLiteral("percentage")
                                                                : QStringLiteral("proportion of %1").arg(multiplier))
                                           : QStringLiteral("rate per %1").arg(multiplier, 0, 'f', 0);
    MethodOutput out;
    out.table.header = ctx.header({QStringLiteral("total_count"), QStringLiteral("total_pop"),
                                   QStringLiteral("statistic"), QStringLiteral("method"), QStringLiteral("value_note")});
    for (const std::vector<int>& rows : ctx.table().groups(ctx.groupColumns())) {
        double sx = 0, sn = 0;
        for (const int r : rows) {
            sx += nonNegative(ctx.table(), r, x);
            sn += nonNegative(ctx.table(), r, n);
        }
        Estimate e;
        try {
            e = isProportion ? proportion({sx, sn}, ctx.levels(), multiplier, 0)
                             : crudeRate({sx, sn}, ctx.levels(), multiplier, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table(), rows, {x, n});
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, e);
        row << formatNumber(sx) << formatNumber(sn) << noteColumns(methodName(e.method), e.note, statistic);
        out.table.rows.push_back(row);
    }
    return out;
}

StandardPopulation standardFromColumn(const Context& ctx, const std::vector<int>& rows, int band)
{
    const QString name = ctx.option("standard");
    const int weight = ctx.table().column(name);
    std::vector<std::string> names;
    std::vector<double> weights;
    for (const int r : rows) {
        names.push_back(ctx.table().text(r, band).toStdString());
        weights.push_back(ctx.table().number(r, weight));
    }
    try {
        return StandardPopulation(name.toStdString(), names, weights);
    } catch (const StatsError& error) {
        rethrow(error, ctx.table(), rows, {weight});
    }
}

MethodOutput runDsr(const Context& ctx)
{
    const int count = ctx.column("count");
    const int population = ctx.column("population");
    const int band = ctx.column("age-band");
    const StandardPopulation* builtIn = StandardPopulation::builtIn(ctx.option("standard").toStdString());
    DsrOptions options;
    options.multiplier = ctx.number("multiplier", 100000.0);
    if (ctx.isSet("allow-missing-bands"))
        options.missingBands = MissingBands::StandardiseOverPresent;
    MethodOutput out;
    out.table.header = ctx.header({QStringLiteral("total_count"), QStringLiteral("total_pop"),
                                   QStringLiteral("statistic"), QStringLiteral("method"), QStringLiteral("value_note")});
    for (const std::vector<int>& rows : ctx.table().groups(ctx.groupColumns())) {
        // A standard that is a column gives its weights per band on each group's rows.
        StandardPopulation custom;
        const StandardPopulation* standard = builtIn;
        if (!standard) {
            custom = standardFromColumn(ctx, rows, band);
            standard = &custom;
        }
        std::vector<DsrBandInput> input;
        for (const int r : rows) {
            const auto index = standard->find(ctx.table().text(r, band).toStdString());
            if (!index)
                throwAt(ctx.table(), r, band,
                        QStringLiteral("age band '%1' is not in the standard population %2")
                            .arg(ctx.table().text(r, band), QString::fromStdString(standard->name())));
            input.push_back({*index, ctx.table().number(r, count), ctx.table().number(r, population)});
        }
        DsrResult result;
        try {
            result = directlyStandardisedRate(input, *standard, ctx.levels(), options, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table(), rows, {population, count});
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, result.estimate);
        std::string note(result.estimate.note);
        if (!result.warning.empty())
            note += (note.empty() ? "" : "; ") + result.warning;
        row << formatNumber(result.totalCount) << formatNumber(result.totalPopulation)
            << noteColumns(methodName(result.estimate.method), note,
                           QStringLiteral("dsr per %1").arg(options.multiplier, 0, 'f', 0));
        out.table.rows.push_back(row);
    }
    return out;
}

MethodOutput runMean(const Context& ctx)
{
    const int value = ctx.column("value");
    MethodOutput out;
    out.table.header = ctx.header({QStringLiteral("value_count"), QStringLiteral("stdev"), QStringLiteral("statistic"),
                                   QStringLiteral("method"), QStringLiteral("value_note")});
    for (const std::vector<int>& rows : ctx.table().groups(ctx.groupColumns())) {
        std::vector<double> values;
        for (const int r : rows)
            values.push_back(ctx.table().number(r, value));
        MeanResult result;
        try {
            result = mean(values, ctx.levels(), 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table(), rows, {value});
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, result.estimate);
        row << formatNumber(result.count) << formatNumber(result.standardDeviation)
            << noteColumns(methodName(result.estimate.method), result.estimate.note, QStringLiteral("mean"));
        out.table.rows.push_back(row);
    }
    return out;
}

MethodOutput runLifeExpectancy(const Context& ctx)
{
    const int deaths = ctx.column("count");
    const int population = ctx.column("population");
    const int age = ctx.column("age-band");
    MethodOutput out;
    out.table.header = ctx.header({QStringLiteral("pops_used"), QStringLiteral("dths_used"), QStringLiteral("method"),
                                   QStringLiteral("value_note")});
    out.table.header.insert(qsizetype(ctx.groupColumns().size()), QStringLiteral("start_age"));
    for (const std::vector<int>& rows : ctx.table().groups(ctx.groupColumns())) {
        std::vector<LifeTableBand> bands;
        for (const int r : rows)
            bands.push_back({ctx.table().number(r, age), ctx.table().number(r, deaths),
                             ctx.table().number(r, population)});
        std::vector<LifeExpectancyAtAge> table;
        try {
            table = lifeExpectancy(bands, ctx.levels(), {}, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table(), rows, {deaths, population, age});
        }
        for (const LifeExpectancyAtAge& at : table) {
            QStringList row = ctx.keyOf(rows.front());
            row << formatNumber(at.startAge);
            appendEstimate(row, at.estimate);
            row << formatNumber(at.populationUsed) << formatNumber(at.deathsUsed) << fromView(methodName(at.estimate.method))
                << fromView(at.estimate.note);
            out.table.rows.push_back(row);
        }
    }
    return out;
}

MethodOutput runQuantile(const Context& ctx)
{
    const int value = ctx.column("value");
    const int area = ctx.column("area");
    const double n = ctx.number("quantiles", 10);
    if (n != std::floor(n) || n < 2 || n > 1000)
        throw UsageError{QStringLiteral("--quantiles: must be a whole number from 2 to 1000")};
    const bool invert = !ctx.isSet("lowest-first");
    MethodOutput out;
    out.table.header = ctx.groupNames() << ctx.option("area") << QStringLiteral("value") << QStringLiteral("quantile");
    for (const std::vector<int>& rows : ctx.table().groups(ctx.groupColumns())) {
        std::vector<double> values;
        for (const int r : rows)
            values.push_back(ctx.table().number(r, value));
        const std::vector<double> q = assignQuantiles(values, int(n), invert);
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.table.rows.push_back(ctx.keyOf(rows[i]) << ctx.table().text(rows[i], area) << formatNumber(values[i])
                                                        << formatNumber(q[i]));
    }
    return out;
}

} // namespace

MethodSpec proportionMethod()
{
    return {"proportion",
            "proportion numerator/denominator per group, Wilson score limits",
            true,
            {{"numerator", "column", "numerator column", "numerator"},
             {"denominator", "column", "denominator column", "denominator"},
             {"multiplier", "number", "scale: 1 a proportion, 100 a percentage", "1"}},
            [](const Context& ctx) { return runCounts(ctx, true); }};
}

MethodSpec rateMethod()
{
    return {"rate",
            "crude rate count/population per group, Byar's limits (exact below 10 events)",
            true,
            {{"count", "column", "count (events) column", "count"},
             {"population", "column", "population column", "population"},
             {"multiplier", "number", "rate per this many people", "100000"}},
            [](const Context& ctx) { return runCounts(ctx, false); }};
}

MethodSpec dsrMethod()
{
    return {"dsr",
            "directly standardised rate per group (one row per age band), Dobson limits",
            true,
            {{"count", "column", "events in the age band", "count"},
             {"population", "column", "population of the age band", "population"},
             {"age-band", "column", "age band column, named as in the standard (0-4 ... 90+)", "age_band"},
             {"standard", "name|column", "esp2013, esp2013-20, or a column of standard weights", "esp2013"},
             {"multiplier", "number", "rate per this many people", "100000"},
             {"allow-missing-bands", nullptr, "standardise over the bands present (with a warning) instead of refusing"}},
            &runDsr};
}

MethodSpec meanMethod()
{
    return {"mean", "mean of the values of each group, Student's t limits", true,
            {{"value", "column", "value column", "value"}}, &runMean};
}

MethodSpec lifeExpectancyMethod()
{
    return {"life-expectancy",
            "life expectancy at each age band (Chiang II, Silcocks), one row per age band",
            true,
            {{"count", "column", "deaths in the age band", "count"},
             {"population", "column", "population of the age band", "population"},
             {"age-band", "column", "start age of the band (0, 1, 5, ... 90)", "age_band"}},
            &runLifeExpectancy};
}

MethodSpec quantileMethod()
{
    return {"quantile",
            "assigns each row (small area) to a quantile of the values within its group",
            false,
            {{"value", "column", "value column", "value"},
             {"area", "column", "area column, copied to the output", "area_code"},
             {"quantiles", "number", "number of quantiles (10 deciles, 5 quintiles ...)", "10"},
             {"lowest-first", nullptr, "lowest values in quantile 1 (default: highest values in quantile 1)"}},
            &runQuantile};
}

} // namespace jsna::cli::stats
