// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/dsr.h"

#include <cmath>
#include <vector>

#include "core/stats/stats_error.h"
#include "core/stats/validation.h"

namespace jsna::stats {

namespace {

// Reused across the areas of a batch so that the band bookkeeping allocates once.
struct Scratch
{
    std::vector<unsigned char> seen;
};

std::string missingBandList(const StandardPopulation& standard, const std::vector<unsigned char>& seen,
                            std::size_t* missingCount)
{
    std::string list;
    *missingCount = 0;
    for (std::size_t b = 0; b < standard.size(); ++b) {
        if (seen[b])
            continue;
        ++*missingCount;
        if (!list.empty())
            list += ", ";
        list += standard.band(b);
    }
    return list;
}

void computeDsr(std::span<const DsrBandInput> rows, const StandardPopulation& standard,
                const ConfidenceLevels& levels, const DsrOptions& options, std::size_t firstRow,
                Scratch& scratch, DsrResult& result)
{
    result.estimate = Estimate{};
    result.estimate.levelCount = levels.size();
    result.estimate.method = Method::Dobson;
    result.warning.clear();
    scratch.seen.assign(standard.size(), 0);

    double totalCount = 0.0;
    double totalPopulation = 0.0;
    double sumWeightedRates = 0.0;
    double sumSquaredRates = 0.0;
    double sumStandard = 0.0;
    std::size_t seenCount = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const DsrBandInput& in = rows[i];
        const std::size_t row = firstRow + i;
        if (in.band >= standard.size())
            throw StatsError(rowPrefix(row) + "age band is not in the standard population " + standard.name(),
                             row);
        if (scratch.seen[in.band])
            throw StatsError(rowPrefix(row) + "age band " + standard.band(in.band) + " appears twice", row);
        if (std::isnan(in.population))
            continue; // treated as a missing band below
        if (!(in.population > 0.0) || !std::isfinite(in.population))
            throw StatsError(rowPrefix(row) + "population " + formatNumber(in.population) + " in age band " +
                                 standard.band(in.band) + " must be greater than zero",
                             row);
        const double count = std::isnan(in.count) ? 0.0 : in.count;
        if (count < 0.0 || !std::isfinite(count))
            throw StatsError(rowPrefix(row) + "count " + formatNumber(count) + " in age band " +
                                 standard.band(in.band) + " must be zero or more",
                             row);
        scratch.seen[in.band] = 1;
        ++seenCount;
        const double weight = standard.weight(in.band);
        const double ratio = weight / in.population;
        sumWeightedRates += count * weight / in.population;
        sumSquaredRates += count * (ratio * ratio);
        sumStandard += weight;
        totalCount += count;
        totalPopulation += in.population;
    }

    std::size_t missingCount = 0;
    if (seenCount < standard.size()) {
        const std::string missing = missingBandList(standard, scratch.seen, &missingCount);
        if (missingCount > 0) {
            if (options.missingBands == MissingBands::Refuse)
                throw StatsError(rowPrefix(firstRow) + "the area has no data for age band(s) " + missing +
                                     " of " + standard.name() +
                                     "; a rate standardised over the other bands would not be comparable "
                                     "(allow missing bands to standardise over the bands present)",
                                 firstRow);
            result.warning = "standardised over " + std::to_string(standard.size() - missingCount) + " of " +
                             std::to_string(standard.size()) + " age bands; missing: " + missing;
        }
    }

    result.totalCount = totalCount;
    result.totalPopulation = totalPopulation;
    if (totalCount < kDsrMinimumCount || !(sumStandard > 0.0)) {
        result.estimate.note = kNoteDsrSuppressed;
        return;
    }
    const double multiplier = options.multiplier;
    const double value = sumWeightedRates / sumStandard * multiplier;
    const double variance = 1.0 / (sumStandard * sumStandard) * sumSquaredRates;
    const double scale = std::sqrt(variance / totalCount);
    result.estimate.value = value;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double z = levels.z(i);
        result.estimate.limits[i] = {value + scale * (byarsLower(totalCount, z) - totalCount) * multiplier,
                                     value + scale * (byarsUpper(totalCount, z) - totalCount) * multiplier};
    }
}

} // namespace

DsrResult directlyStandardisedRate(std::span<const DsrBandInput> rows, const StandardPopulation& standard,
                                   const ConfidenceLevels& levels, const DsrOptions& options,
                                   std::size_t firstRow)
{
    requireMultiplier(options.multiplier);
    Scratch scratch;
    DsrResult result;
    computeDsr(rows, standard, levels, options, firstRow, scratch, result);
    return result;
}

void directlyStandardisedRates(std::span<const DsrBandInput> rows, std::span<const std::size_t> groupStarts,
                               const StandardPopulation& standard, const ConfidenceLevels& levels,
                               const DsrOptions& options, std::span<DsrResult> out)
{
    requireMultiplier(options.multiplier);
    requireOutputSize(groupStarts.size(), out.size());
    Scratch scratch;
    for (std::size_t g = 0; g < groupStarts.size(); ++g) {
        const std::size_t begin = groupStarts[g];
        const std::size_t end = g + 1 < groupStarts.size() ? groupStarts[g + 1] : rows.size();
        if (begin > end || end > rows.size())
            throw StatsError("group starts must be ascending and within the rows");
        computeDsr(rows.subspan(begin, end - begin), standard, levels, options, begin, scratch, out[g]);
    }
}

} // namespace jsna::stats
