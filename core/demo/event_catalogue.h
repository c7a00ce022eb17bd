// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "core/demo/demo_model.h"

namespace jsna::demo {

// The event counts the demo stores (event_counts.measure), from which rates, DSRs and life expectancy
// are computed. Admissions are counted by financial year: year 2019 is April 2019 to March 2020.
enum class Measure : std::size_t
{
    DeathsAllCauses,
    DeathsCvdUnder75,
    DeathsCancerUnder75,
    AdmissionsFalls65Plus,
    AdmissionsHipFracture65Plus,
    AdmissionsSelfHarm,
    AdmissionsAlcoholSpecific,
};
inline constexpr std::size_t kMeasureCount = 7;

enum class EventKind
{
    Deaths,       // drawn as a binomial from the population
    DeathsSubset, // drawn as a binomial from another measure's deaths (causes of death nest)
    Admissions,   // drawn as a Poisson count (people can be admitted more than once)
};

using SexBandRates = std::array<std::array<double, kBandCount>, 2>;

struct MeasureSpec
{
    Measure measure;
    const char16_t* name; // as stored in event_counts.measure
    int firstBand;        // bands counted, inclusive (0 = 0-4 ... 18 = 90+)
    int lastBand;
    EventKind kind;
    Measure parent; // DeathsSubset: the deaths it is a part of
    // England's rate per 100,000 a year around 2018 (Deaths, Admissions), or the share of the parent's
    // deaths (DeathsSubset), by sex and band.
    SexBandRates rate;
    // Rate ratio between England's most and least deprived tenths, under 75 and from 75.
    double gradientUnder75;
    double gradientFrom75;
    std::array<double, kYearCount> yearFactor; // England's level each year, relative to rate
    double boroughFactor;                      // the borough's own excess (or deficit) beyond deprivation
};

std::span<const MeasureSpec> measureCatalogue();
const MeasureSpec& measureSpec(Measure measure);

// The rate ratio an area of deprivation d (DemoArea::deprivation) has for a measure in band b,
// normalised so England's ten deciles average 1.
double deprivationRateRatio(const MeasureSpec& spec, int band, double deprivation);

} // namespace jsna::demo
