// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats isr: indirectly standardised ratios (SMRs) and rates, one row per group and age band.
#include <cmath>
#include <map>
#include <string>

#include "app/cli/cmd_stats_method.h"
#include "core/stats/isr.h"

namespace jsna::cli::stats {

namespace {

using namespace jsna::stats;

// Where a group's reference rates come from: its rows' reference counts and populations (as
// PHEindicatormethods' x_ref/n_ref fields), or its rows' reference rates given directly.
struct ReferenceSource
{
    int count = -1;
    int population = -1;
    int rate = -1;
    double ratePer = 1.0;     // the rate column is per this many people
    double overallRate = kNaN; // per ratePer people, for --type rate with --ref-rate
};

ReferenceSource referenceSource(const Context& ctx, IsrKind kind)
{
    ReferenceSource source;
    if (!ctx.isSet("ref-rate")) {
        if (ctx.isSet("ref-rate-per") || ctx.isSet("ref-overall-rate"))
            throw UsageError{QStringLiteral("--ref-rate-per and --ref-overall-rate go with --ref-rate")};
        source.count = ctx.column("ref-count");
        source.population = ctx.column("ref-population");
        return source;
    }
    if (ctx.isSet("ref-count") || ctx.isSet("ref-population"))
        throw UsageError{QStringLiteral("give reference rates (--ref-rate) or reference counts and populations "
                                        "(--ref-count, --ref-population), not both")};
    source.ratePer = ctx.number("ref-rate-per", 1.0);
    if (!(source.ratePer > 0.0))
        throw UsageError{QStringLiteral("--ref-rate-per: must be greater than zero")};
    source.overallRate = ctx.number("ref-overall-rate", kNaN);
    if (kind == IsrKind::Rate && std::isnan(source.overallRate))
        throw UsageError{QStringLiteral("an indirectly standardised rate from --ref-rate needs the reference "
                                        "population's overall rate (--ref-overall-rate)")};
    if (source.overallRate < 0.0)
        throw UsageError{QStringLiteral("--ref-overall-rate: must be zero or more")};
    source.rate = ctx.column("ref-rate");
    return source;
}

ReferenceRates referenceFor(const Context& ctx, const ReferenceSource& source, const std::vector<int>& rows,
                            const std::vector<std::string>& bands)
{
    const InputTable& table = ctx.table();
    std::vector<double> first, second;
    for (const int r : rows) {
        if (source.rate >= 0) {
            first.push_back(table.number(r, source.rate) / source.ratePer);
        } else {
            first.push_back(table.number(r, source.count));
            second.push_back(table.number(r, source.population));
        }
    }
    try {
        if (source.rate >= 0)
            return ReferenceRates::fromRates(first, source.overallRate / source.ratePer, bands);
        return ReferenceRates::fromCounts(first, second, bands);
    } catch (const StatsError& error) {
        if (source.rate >= 0)
            rethrow(error, table, rows, {source.rate});
        rethrow(error, table, rows, {source.population, source.count});
    }
}

MethodOutput runIsr(const Context& ctx)
{
    const InputTable& table = ctx.table();
    IsrOptions options;
    options.kind = ctx.choice("type", {"ratio", "rate"}) == u"rate" ? IsrKind::Rate : IsrKind::Ratio;
    const bool isRate = options.kind == IsrKind::Rate;
    const double multiplier = ctx.number("multiplier", isRate ? 100000.0 : 1.0);
    if (!(multiplier > 0.0))
        throw UsageError{QStringLiteral("--multiplier: must be greater than zero")};
    if (isRate)
        options.multiplier = multiplier;
    else
        options.refValue = multiplier;
    const ReferenceSource source = referenceSource(ctx, options.kind);
    const int count = ctx.column("count");
    const int population = ctx.column("population");
    const int band = ctx.column("age-band");

    QStringList extra{QStringLiteral("observed"), QStringLiteral("expected")};
    if (isRate)
        extra << QStringLiteral("reference_rate");
    extra << QStringLiteral("statistic") << QStringLiteral("method") << QStringLiteral("value_note");
    MethodOutput out;
    out.table.header = ctx.header(extra);
    const QString statistic = isRate ? QStringLiteral("indirectly standardised rate per %1").arg(multiplier, 0, 'f', 0)
                                     : QStringLiteral("indirectly standardised ratio x %1").arg(multiplier);
    for (const std::vector<int>& rows : table.groups(ctx.groupColumns())) {
        std::vector<std::string> bands;
        std::map<QString, int> seen;
        std::vector<IsrBandInput> input;
        for (const int r : rows) {
            const QString name = table.text(r, band).trimmed();
            if (const auto [it, inserted] = seen.try_emplace(name, r); !inserted)
                throwAt(table, r, band,
                        QStringLiteral("age band '%1' appears twice in this group (first on line %2)")
                            .arg(name)
                            .arg(table.line(it->second)));
            bands.push_back(name.toStdString());
            input.push_back({input.size(), table.number(r, count), table.number(r, population)});
        }
        const ReferenceRates reference = referenceFor(ctx, source, rows, bands);
        IsrResult result;
        try {
            result = indirectlyStandardised(input, reference, ctx.levels(), options, 0);
        } catch (const StatsError& error) {
            rethrow(error, table, rows, {population, count});
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, result.estimate);
        row << formatNumber(result.observed) << formatNumber(result.expected);
        if (isRate)
            row << formatNumber(result.referenceRate);
        row << noteColumns(methodName(result.estimate.method), result.estimate.note, statistic);
        out.table.rows.push_back(row);
    }
    return out;
}

} // namespace

MethodSpec isrMethod()
{
    return {"isr",
            "indirectly standardised ratio (SMR) or rate, one row per age band, Byar's limits",
            true,
            {{"type", "ratio|rate", "ratio: observed/expected x multiplier; rate: ratio x the reference overall rate",
              "ratio"},
             {"count", "column", "observed events in the age band (empty: none)", "count"},
             {"population", "column", "population of the age band (empty: none)", "population"},
             {"age-band", "column", "age band column (a band may appear once per group)", "age_band"},
             {"ref-count", "column", "reference events in the age band (used unless --ref-rate is given)",
              "ref_count"},
             {"ref-population", "column", "reference population of the age band (used unless --ref-rate is given)",
              "ref_population"},
             {"ref-rate", "column", "reference rate of the age band, instead of --ref-count/--ref-population"},
             {"ref-rate-per", "number", "the --ref-rate and --ref-overall-rate values are per this many people "
                                        "(default: 1)"},
             {"ref-overall-rate", "number", "reference population's overall (crude) rate, per --ref-rate-per "
                                            "people; needed for --type rate with --ref-rate"},
             {"multiplier", "number", "ratio scale (1, or 100 for an SMR x 100) or rate per this many people "
                                      "(default: 1 for ratios, 100000 for rates)"}},
            &runIsr};
}

} // namespace jsna::cli::stats
