// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/event_catalogue.h"

#include <cmath>

namespace jsna::demo {

namespace {

constexpr int kBand75 = 15;
constexpr int kBand65 = 13;

// Shares of deaths under 75 from circulatory diseases and from cancer, by sex and band; zero from 75.
constexpr SexBandRates kCvdShare{{
    {0.011, 0.011, 0.011, 0.023, 0.034, 0.045, 0.068, 0.10, 0.15, 0.19, 0.23, 0.25, 0.26, 0.26, 0.26, 0, 0, 0, 0},
    {0.011, 0.011, 0.011, 0.023, 0.034, 0.045, 0.057, 0.08, 0.09, 0.11, 0.12, 0.14, 0.15, 0.16, 0.17, 0, 0, 0, 0},
}};
constexpr SexBandRates kCancerShare{{
    {0.08, 0.15, 0.15, 0.08, 0.07, 0.08, 0.12, 0.16, 0.22, 0.28, 0.33, 0.36, 0.38, 0.38, 0.35, 0, 0, 0, 0},
    {0.08, 0.15, 0.15, 0.10, 0.10, 0.14, 0.22, 0.32, 0.40, 0.46, 0.50, 0.50, 0.48, 0.45, 0.40, 0, 0, 0, 0},
}};

const std::array<MeasureSpec, kMeasureCount> kCatalogue{{
    {Measure::DeathsAllCauses, u"deaths-all-causes", 0, 18, EventKind::Deaths, Measure::DeathsAllCauses,
     {{{95, 9, 11, 35, 55, 65, 85, 120, 180, 270, 400, 620, 950, 1500, 2300, 3800, 6700, 12300, 24000},
       {78, 7, 9, 17, 22, 28, 42, 65, 110, 175, 260, 400, 600, 950, 1600, 2800, 5000, 9500, 21000}}},
     2.6, 1.45, {1.035, 1.01, 1.01, 1.005, 0.985, 1.13, 1.075, 1.035}, std::exp(0.03)},
    {Measure::DeathsCvdUnder75, u"deaths-cvd-under-75", 0, 14, EventKind::DeathsSubset, Measure::DeathsAllCauses,
     kCvdShare, 1.4, 1.0, {1.03, 1.01, 1.0, 0.99, 0.99, 0.93, 0.97, 1.0}, std::exp(0.05)},
    {Measure::DeathsCancerUnder75, u"deaths-cancer-under-75", 0, 14, EventKind::DeathsSubset,
     Measure::DeathsAllCauses, kCancerShare, 0.85, 1.0, {1.03, 1.02, 1.0, 0.99, 0.99, 0.86, 0.9, 0.93}, 1.0},
    {Measure::AdmissionsFalls65Plus, u"admissions-falls-65plus", kBand65, 18, EventKind::Admissions,
     Measure::AdmissionsFalls65Plus,
     {{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 550, 850, 1500, 2700, 4600, 7000},
       {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 800, 1300, 2300, 4000, 6500, 9500}}},
     1.35, 1.35, {0.99, 1.0, 1.01, 1.02, 1.03, 0.92, 0.97, 0.91}, std::exp(-0.05)},
    {Measure::AdmissionsHipFracture65Plus, u"admissions-hip-fracture-65plus", kBand65, 18, EventKind::Admissions,
     Measure::AdmissionsHipFracture65Plus,
     {{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 90, 160, 300, 650, 1300, 2300},
       {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 280, 550, 1150, 2200, 3500}}},
     1.2, 1.2, {1.02, 1.01, 1.01, 1.0, 0.98, 0.97, 0.97, 0.96}, std::exp(-0.25)},
    {Measure::AdmissionsSelfHarm, u"admissions-self-harm", 1, 18, EventKind::Admissions,
     Measure::AdmissionsSelfHarm,
     {{{0, 2, 60, 260, 290, 250, 230, 220, 210, 190, 145, 95, 62, 42, 36, 36, 36, 36, 36},
       {0, 3, 360, 1050, 540, 345, 290, 270, 260, 240, 185, 115, 72, 47, 42, 42, 42, 42, 42}}},
     3.0, 1.5, {1.06, 1.03, 1.02, 1.06, 1.06, 1.0, 0.9, 0.84}, std::exp(0.08)},
    {Measure::AdmissionsAlcoholSpecific, u"admissions-alcohol-specific", 0, 18, EventKind::Admissions,
     Measure::AdmissionsAlcoholSpecific,
     {{{1, 1, 5, 130, 270, 430, 650, 920, 1190, 1510, 1670, 1620, 1400, 1130, 860, 590, 380, 270, 160},
       {1, 1, 9, 195, 215, 270, 355, 485, 595, 700, 700, 605, 485, 380, 270, 195, 130, 97, 65}}},
     3.2, 2.0, {0.99, 1.0, 1.01, 1.02, 1.04, 1.0, 1.01, 0.98}, std::exp(0.1)},
}};

} // namespace

std::span<const MeasureSpec> measureCatalogue()
{
    return kCatalogue;
}

const MeasureSpec& measureSpec(Measure measure)
{
    return kCatalogue[static_cast<std::size_t>(measure)];
}

double deprivationRateRatio(const MeasureSpec& spec, int band, double deprivation)
{
    const double ratio = band < kBand75 ? spec.gradientUnder75 : spec.gradientFrom75;
    const double slope = std::log(ratio) / 0.9; // deciles' midpoints run from +0.45 to -0.45
    double mean = 0.0;
    for (int d = 0; d < 10; ++d)
        mean += std::exp(slope * (0.45 - 0.1 * d)) / 10.0;
    return std::exp(slope * deprivation) / mean;
}

} // namespace jsna::demo
