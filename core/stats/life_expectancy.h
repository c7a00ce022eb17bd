// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"
#include "core/stats/stats_error.h"

namespace jsna::stats {

// The start ages of the abridged life table ONS, OHID and PHEindicatormethods use: 0, 1-4, 5-9 ... 85-89, 90+.
std::span<const double> standardLifeTableStartAges();

struct LifeTableBand
{
    double startAge = kNaN;
    double deaths = kNaN;
    double population = kNaN;
};

// Value notes, worded after the R package's warnings.
inline constexpr std::string_view kNoteLeIncomplete =
    "the group does not contain records for all age bands; life expectancy cannot be calculated";
inline constexpr std::string_view kNoteLeZeroPopulation =
    "some age bands have a zero population; life expectancy cannot be calculated";
inline constexpr std::string_view kNoteLeDeathsOverPopulation =
    "some age bands have more deaths than population; life expectancy cannot be calculated";
inline constexpr std::string_view kNoteLeSmallPopulation =
    "total population of 5,000 or less; life expectancy not calculated";
inline constexpr std::string_view kNoteLeNoDeathsInTopBand =
    "no deaths in the final (oldest) age band; life expectancy cannot be calculated";
inline constexpr std::string_view kNoteLeWideInterval =
    "95% confidence interval is wider than 20 years; value suppressed";
inline constexpr std::string_view kNoteLeMissing = "missing deaths or population; life expectancy not calculated";

inline constexpr double kLeMinimumTotalPopulation = 5000.0; // suppressed at or below this
inline constexpr double kLeMaximumHalfWidth95 = 10.0;       // 95% CI half-width above this suppresses

struct LifeExpectancyAtAge
{
    double startAge = kNaN;
    Estimate estimate;
    double standardError = kNaN;
    double populationUsed = kNaN; // population at this age and above (pops_used)
    double deathsUsed = kNaN;     // deaths at this age and above (dths_used)
};

// Life expectancy at every band's start age from an abridged life table (Chiang II, with Silcocks et al's
// variance for the final open band), as PHEindicatormethods::phe_life_expectancy: the rows may come in
// any order; they must cover exactly expectedStartAges (default: the standard 20 bands). Suppression as
// in the R package: the whole group (every age) when a band is missing, a population is zero, deaths
// exceed population, the total population is 5,000 or less, or the final band has no deaths; a single
// age's value (its limits kept) when the 95% interval is wider than 20 years. Throws StatsError for
// negative deaths or population, or a start age not in expectedStartAges, naming the row.
std::vector<LifeExpectancyAtAge> lifeExpectancy(std::span<const LifeTableBand> bands, const ConfidenceLevels& levels,
                                                std::span<const double> expectedStartAges = {},
                                                std::size_t firstRow = 0);

} // namespace jsna::stats
