// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/isr.h"

#include <cmath>

#include "core/stats/rate.h"
#include "core/stats/validation.h"

namespace jsna::stats {

ReferenceRates ReferenceRates::fromCounts(std::span<const double> counts, std::span<const double> populations,
                                          std::span<const std::string> bandNames)
{
    if (counts.size() != populations.size() || counts.empty())
        throw StatsError("reference counts and populations must have one value for each age band");
    ReferenceRates reference;
    reference.m_names.assign(bandNames.begin(), bandNames.end());
    double totalCount = 0.0;
    double totalPopulation = 0.0;
    for (std::size_t b = 0; b < counts.size(); ++b) {
        const double count = std::isnan(counts[b]) ? 0.0 : counts[b];
        if (count < 0.0 || !std::isfinite(count))
            throw StatsError("reference count in age band " + reference.bandName(b) + " must be zero or more", b);
        if (!(populations[b] > 0.0) || !std::isfinite(populations[b]))
            throw StatsError("reference population in age band " + reference.bandName(b) +
                                 " is zero, negative or missing: the reference rate for the band is undefined",
                             b);
        reference.m_rates.push_back(count / populations[b]);
        totalCount += count;
        totalPopulation += populations[b];
    }
    reference.m_overallRate = totalCount / totalPopulation;
    return reference;
}

ReferenceRates ReferenceRates::fromRates(std::span<const double> rates, double overallRate,
                                         std::span<const std::string> bandNames)
{
    if (rates.empty())
        throw StatsError("reference rates must have one value for each age band");
    ReferenceRates reference;
    reference.m_names.assign(bandNames.begin(), bandNames.end());
    for (std::size_t b = 0; b < rates.size(); ++b) {
        if (!(rates[b] >= 0.0) || !std::isfinite(rates[b]))
            throw StatsError("reference rate in age band " + reference.bandName(b) + " must be zero or more", b);
        reference.m_rates.push_back(rates[b]);
    }
    reference.m_overallRate = overallRate;
    return reference;
}

std::string ReferenceRates::bandName(std::size_t band) const
{
    if (band < m_names.size())
        return m_names[band];
    return std::to_string(band + 1);
}

namespace {

void computeIsr(std::span<const IsrBandInput> rows, const ReferenceRates& reference,
                const ConfidenceLevels& levels, const IsrOptions& options, double observedTotal,
                std::size_t firstRow, IsrResult& result)
{
    result = IsrResult{};
    result.estimate.levelCount = levels.size();
    double observed = 0.0;
    double expected = 0.0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const IsrBandInput& in = rows[i];
        const std::size_t row = firstRow + i;
        if (in.band >= reference.size())
            throw StatsError(rowPrefix(row) + "age band has no reference rate", row);
        const double population = std::isnan(in.population) ? 0.0 : in.population;
        if (population < 0.0 || !std::isfinite(population))
            throw StatsError(rowPrefix(row) + "population " + formatNumber(population) + " must be zero or more",
                             row);
        if (!std::isnan(in.count) && (in.count < 0.0 || !std::isfinite(in.count)))
            throw StatsError(rowPrefix(row) + "count " + formatNumber(in.count) + " must be zero or more", row);
        if (!std::isnan(in.count))
            observed += in.count;
        expected += reference.rate(in.band) * population;
    }
    if (!std::isnan(observedTotal)) {
        if (observedTotal < 0.0 || !std::isfinite(observedTotal))
            throw StatsError(rowPrefix(firstRow) + "observed total must be zero or more", firstRow);
        observed = observedTotal;
    }
    result.observed = observed;
    result.expected = expected;

    double scale = options.refValue;
    if (options.kind == IsrKind::Rate) {
        if (std::isnan(reference.overallRate()))
            throw StatsError("an indirectly standardised rate needs the reference population's overall rate");
        result.referenceRate = reference.overallRate() * options.multiplier;
        scale = result.referenceRate;
    }
    if (!(expected > 0.0)) {
        result.estimate.note = kNoteNoExpected;
        return;
    }
    result.estimate.value = observed / expected * scale;
    result.estimate.method = poissonCountLimits(observed, levels, result.estimate.limits);
    for (std::size_t i = 0; i < levels.size(); ++i) {
        Interval& limit = result.estimate.limits[i];
        limit = {limit.lower / expected * scale, limit.upper / expected * scale};
    }
}

} // namespace

IsrResult indirectlyStandardised(std::span<const IsrBandInput> rows, const ReferenceRates& reference,
                                 const ConfidenceLevels& levels, const IsrOptions& options, std::size_t firstRow)
{
    requireMultiplier(options.kind == IsrKind::Rate ? options.multiplier : options.refValue);
    IsrResult result;
    computeIsr(rows, reference, levels, options, options.observedTotal, firstRow, result);
    return result;
}

void indirectlyStandardisedBatch(std::span<const IsrBandInput> rows, std::span<const std::size_t> groupStarts,
                                 const ReferenceRates& reference, const ConfidenceLevels& levels,
                                 const IsrOptions& options, std::span<const double> observedTotals,
                                 std::span<IsrResult> out)
{
    requireMultiplier(options.kind == IsrKind::Rate ? options.multiplier : options.refValue);
    requireOutputSize(groupStarts.size(), out.size());
    if (!observedTotals.empty() && observedTotals.size() != groupStarts.size())
        throw StatsError("observed totals must have one value for each group");
    for (std::size_t g = 0; g < groupStarts.size(); ++g) {
        const std::size_t begin = groupStarts[g];
        const std::size_t end = g + 1 < groupStarts.size() ? groupStarts[g + 1] : rows.size();
        if (begin > end || end > rows.size())
            throw StatsError("group starts must be ascending and within the rows");
        const double total = observedTotals.empty() ? options.observedTotal : observedTotals[g];
        computeIsr(rows.subspan(begin, end - begin), reference, levels, options, total, begin, out[g]);
    }
}

} // namespace jsna::stats
