// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// Age-specific reference rates for indirect standardisation, one per band, plus the reference
// population's overall (crude) rate that turns a ratio into an indirectly standardised rate.
class ReferenceRates
{
public:
    ReferenceRates() = default;
    // From reference counts and populations per band (PHEindicatormethods x_ref, n_ref). A missing (NaN)
    // count is zero, as in the R package; a population of zero or less is an error naming the band.
    static ReferenceRates fromCounts(std::span<const double> counts, std::span<const double> populations,
                                     std::span<const std::string> bandNames = {});
    // From rates given directly (events per person, not per 100,000). overallRate may be NaN when only
    // ratios are wanted.
    static ReferenceRates fromRates(std::span<const double> rates, double overallRate = kNaN,
                                    std::span<const std::string> bandNames = {});

    std::size_t size() const { return m_rates.size(); }
    double rate(std::size_t band) const { return m_rates[band]; }
    double overallRate() const { return m_overallRate; }
    std::string bandName(std::size_t band) const;

private:
    std::vector<double> m_rates;
    std::vector<std::string> m_names;
    double m_overallRate = kNaN;
};

struct IsrBandInput
{
    std::size_t band = 0;
    double count = kNaN;      // observed events in the band; NaN counts as zero (R: na.rm)
    double population = kNaN; // NaN counts as zero (R: na.zero)
};

enum class IsrKind
{
    Ratio, // observed / expected x refValue (an SMR: refValue 100 or 1)
    Rate,  // observed / expected x the reference overall rate x multiplier
};

struct IsrOptions
{
    IsrKind kind = IsrKind::Ratio;
    double refValue = 1.0;         // ratio scale (1, or 100 for an SMR x100)
    double multiplier = 100000.0;  // rate scale
    double observedTotal = kNaN;   // when set, used instead of the sum of band counts
};

struct IsrResult
{
    Estimate estimate;
    double observed = kNaN;
    double expected = kNaN;
    double referenceRate = kNaN; // per multiplier, for IsrKind::Rate
};

inline constexpr std::string_view kNoteNoExpected = "expected events are zero: ratio not defined";

// Indirectly standardised ratio (calculate_ISRatio) or rate (calculate_ISRate): Byar's limits for 10 or
// more observed events, exact Poisson below 10.
IsrResult indirectlyStandardised(std::span<const IsrBandInput> rows, const ReferenceRates& reference,
                                 const ConfidenceLevels& levels, const IsrOptions& options = {},
                                 std::size_t firstRow = 0);

// Many areas: groupStarts as for directlyStandardisedRates; observedTotals (empty or one per group)
// overrides the band counts.
void indirectlyStandardisedBatch(std::span<const IsrBandInput> rows, std::span<const std::size_t> groupStarts,
                                 const ReferenceRates& reference, const ConfidenceLevels& levels,
                                 const IsrOptions& options, std::span<const double> observedTotals,
                                 std::span<IsrResult> out);

} // namespace jsna::stats
