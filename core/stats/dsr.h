// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"
#include "core/stats/standard_population.h"

namespace jsna::stats {

// The R package's value note for a suppressed DSR (its `statistic` column).
inline constexpr std::string_view kNoteDsrSuppressed = "dsr NA for total count < 10";
inline constexpr double kDsrMinimumCount = 10.0;

// One age band of one area: band is the index of the band in the standard population.
struct DsrBandInput
{
    std::size_t band = 0;
    double count = kNaN;      // NaN is read as zero events, as PHEindicatormethods does
    double population = kNaN; // NaN means the band is missing
};

// What to do when an area has no row (or no population) for a band of the standard.
enum class MissingBands
{
    // Throw StatsError naming the band(s): a DSR over fewer bands is a different statistic, not
    // comparable with other areas' values, and the R package computes it without a word.
    Refuse,
    // Standardise over the bands present (the R package's behaviour) and say so in DsrResult::warning.
    StandardiseOverPresent,
};

struct DsrOptions
{
    double multiplier = 100000.0;
    MissingBands missingBands = MissingBands::Refuse;
};

struct DsrResult
{
    Estimate estimate;
    double totalCount = kNaN;
    double totalPopulation = kNaN;
    std::string warning; // set when bands were missing and allowed
};

// A directly standardised rate with Dobson limits (Dobson et al 1991, with Byar's limits for the total
// count), as PHEindicatormethods::calculate_dsr: not published (value and limits NaN, note
// kNoteDsrSuppressed) when the total count is below 10. firstRow is the row number of rows[0] in the
// caller's input, used in error messages. Throws StatsError for a negative count, a population of zero
// or less, a band given twice, a band index outside the standard, or (by default) missing bands.
DsrResult directlyStandardisedRate(std::span<const DsrBandInput> rows, const StandardPopulation& standard,
                                   const ConfidenceLevels& levels, const DsrOptions& options = {},
                                   std::size_t firstRow = 0);

// Many areas at once: rows holds every area's bands one area after another, and groupStarts[g] is the
// index of area g's first row (ascending; area g ends where g + 1 starts). out[g] receives area g.
void directlyStandardisedRates(std::span<const DsrBandInput> rows, std::span<const std::size_t> groupStarts,
                               const StandardPopulation& standard, const ConfidenceLevels& levels,
                               const DsrOptions& options, std::span<DsrResult> out);

} // namespace jsna::stats
