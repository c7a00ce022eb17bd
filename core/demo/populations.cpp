// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/populations.h"

#include <array>
#include <cmath>

#include "core/demo/random.h"

namespace jsna::demo {

namespace {

using Pyramid = std::array<std::array<double, kBandCount>, 2>;

// England's population by sex and band in thousands, shaped on the mid-2019 estimates (ONS), scaled
// to kEngland2019 in all.
constexpr Pyramid kEnglandShape{{
    {1708, 1786, 1677, 1560, 1785, 1891, 1862, 1790, 1659, 1807, 1866, 1711, 1460, 1317, 1278, 888, 620, 357, 145},
    {1625, 1700, 1594, 1480, 1713, 1874, 1881, 1808, 1680, 1846, 1913, 1752, 1503, 1382, 1380, 1008, 761, 509, 295},
}};
constexpr double kEngland2019 = 56.29e6;
constexpr double kEnglandGrowth = 0.003; // a year, before the age drifts below
constexpr double kRegion2015 = 8.95e6;
constexpr double kLsoaMeanSize = 1680.0;
constexpr std::array<double, 8> kPeer2015{215e3, 176e3, 148e3, 262e3, 195e3, 158e3, 304e3, 132e3};

// Yearly drift of each band on top of an area's growth: fewer births, an ageing population.
constexpr std::array<double, kBandCount> kAgeDrift{-0.012, 0.008, 0.008, 0.005, 0.0,   0.0,   0.004,
                                                   0.004,  0.004, 0.006, 0.006, 0.006, 0.006, 0.018,
                                                   0.018,  0.018, 0.018, 0.025, 0.025};

// The borough as a port city with a university: more young adults, fewer older people.
double boroughAgeFactor(int band)
{
    if (band == 4)
        return 1.35;
    if (band == 5)
        return 1.2;
    if (band == 6)
        return 1.1;
    if (band >= 16)
        return 0.8;
    if (band >= 13)
        return 0.85;
    return 1.0;
}

double studentAgeFactor(int band)
{
    static constexpr std::array<double, kBandCount> kFactor{0.6, 0.6, 0.6, 1.8, 4.0, 1.4, 0.9, 0.8, 0.7, 0.7,
                                                            0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7};
    return kFactor[static_cast<std::size_t>(band)];
}

// A base-year pyramid: England's shape times factor(sex, band), scaled to total people.
template <typename Factor>
SexBands shapedPyramid(double total, Factor factor)
{
    SexBands result;
    double sum = 0.0;
    for (int s = 0; s < 2; ++s) {
        for (int b = 0; b < kBandCount; ++b) {
            result.at(s, b) = kEnglandShape[static_cast<std::size_t>(s)][static_cast<std::size_t>(b)] * factor(s, b);
            sum += result.at(s, b);
        }
    }
    for (int s = 0; s < 2; ++s)
        for (int b = 0; b < kBandCount; ++b)
            result.at(s, b) *= total / sum;
    return result;
}

// Projects a base pyramid over the years (growth plus the band drifts, and a little noise), rounded.
YearSeries project(const SexBands& base, int baseYearIndex, double growth, double noise, Random& random)
{
    YearSeries series;
    for (int y = 0; y < kYearCount; ++y) {
        for (int s = 0; s < 2; ++s) {
            for (int b = 0; b < kBandCount; ++b) {
                const double trend =
                    std::pow(1.0 + growth + kAgeDrift[static_cast<std::size_t>(b)], y - baseYearIndex);
                const double value = base.at(s, b) * trend * std::exp(noise * random.normal());
                series[static_cast<std::size_t>(y)].at(s, b) = std::max(1.0, std::round(value));
            }
        }
    }
    return series;
}

void addInto(YearSeries& into, const YearSeries& from)
{
    for (int y = 0; y < kYearCount; ++y)
        into[static_cast<std::size_t>(y)] += from[static_cast<std::size_t>(y)];
}

} // namespace

double deprivationAgeFactor(double deprivation, int band)
{
    if (band <= 2)
        return std::exp(0.6 * deprivation);
    if (band >= 4 && band <= 7)
        return std::exp(0.3 * deprivation);
    if (band >= 13)
        return std::exp(-0.9 * deprivation);
    return 1.0;
}

void buildPopulations(DemoModel& model)
{
    Random random = Random::stream(model.seed, "populations");
    model.population.assign(model.areas.size(), YearSeries{});

    // LSOAs, summed into wards and the borough.
    for (const int index : model.lsoas) {
        const DemoArea& lsoa = model.area(index);
        const double total = kLsoaMeanSize * std::exp(0.12 * random.normal()) * (lsoa.studentArea ? 1.3 : 1.0);
        const SexBands base = shapedPyramid(total, [&lsoa](int, int b) {
            return boroughAgeFactor(b) * deprivationAgeFactor(lsoa.deprivation, b) *
                   (lsoa.studentArea ? studentAgeFactor(b) : 1.0);
        });
        const double growth = 0.004 + 0.004 * random.normal();
        model.population[static_cast<std::size_t>(index)] = project(base, 0, growth, 0.015, random);
        addInto(model.population[static_cast<std::size_t>(lsoa.parent)], model.populationOf(index));
    }
    for (const int ward : model.wards)
        addInto(model.population[static_cast<std::size_t>(model.borough)], model.populationOf(ward));

    // Deprivation of wards and the borough: population-weighted over their LSOAs.
    for (const int ward : model.wards) {
        double weighted = 0.0;
        for (const int lsoa : model.lsoas) {
            if (model.area(lsoa).parent == ward)
                weighted += model.area(lsoa).deprivation * model.populationOf(lsoa)[0].total();
        }
        model.areas[static_cast<std::size_t>(ward)].deprivation = weighted / model.populationOf(ward)[0].total();
    }
    double boroughWeighted = 0.0;
    for (const int ward : model.wards)
        boroughWeighted += model.area(ward).deprivation * model.populationOf(ward)[0].total();
    model.areas[static_cast<std::size_t>(model.borough)].deprivation =
        boroughWeighted / model.populationOf(model.borough)[0].total();

    // Peers and the region: their own pyramids.
    for (std::size_t i = 0; i < model.peers.size(); ++i) {
        const int index = model.peers[i];
        const double deprivation = model.area(index).deprivation;
        const double young = std::exp(0.1 * random.normal());
        const double old = std::exp(0.1 * random.normal());
        const SexBands base = shapedPyramid(kPeer2015[i % kPeer2015.size()], [=](int, int b) {
            return deprivationAgeFactor(deprivation, b) * (b >= 4 && b <= 6 ? young : 1.0) * (b >= 13 ? old : 1.0);
        });
        model.population[static_cast<std::size_t>(index)] =
            project(base, 0, 0.004 + 0.002 * random.normal(), 0.004, random);
    }
    const double regionDeprivation = model.area(model.region).deprivation;
    const SexBands regionBase = shapedPyramid(kRegion2015, [=](int, int b) {
        return deprivationAgeFactor(regionDeprivation, b) * (b >= 13 ? 1.06 : 1.0);
    });
    model.population[static_cast<std::size_t>(model.region)] = project(regionBase, 0, 0.0045, 0.001, random);

    // England: ten national deciles whose sum is England; more deprived deciles are younger.
    const SexBands england2019 = shapedPyramid(kEngland2019, [](int, int) { return 1.0; });
    const YearSeries englandSeries = [&] {
        YearSeries series;
        for (int y = 0; y < kYearCount; ++y)
            for (int s = 0; s < 2; ++s)
                for (int b = 0; b < kBandCount; ++b)
                    series[static_cast<std::size_t>(y)].at(s, b) =
                        england2019.at(s, b) *
                        std::pow(1.0 + kEnglandGrowth + kAgeDrift[static_cast<std::size_t>(b)], y - (2019 - kFirstYear)) *
                        std::exp(0.002 * random.normal());
        return series;
    }();
    YearSeries& england = model.population[static_cast<std::size_t>(model.england)];
    for (int d = 0; d < 10; ++d) {
        const double deprivation = 0.45 - 0.1 * d;
        YearSeries& decile = model.englandDecilePopulation[static_cast<std::size_t>(d)];
        for (int y = 0; y < kYearCount; ++y) {
            for (int s = 0; s < 2; ++s) {
                for (int b = 0; b < kBandCount; ++b) {
                    double shares = 0.0;
                    for (int k = 0; k < 10; ++k)
                        shares += deprivationAgeFactor(0.45 - 0.1 * k, b);
                    const double value = englandSeries[static_cast<std::size_t>(y)].at(s, b) *
                                         deprivationAgeFactor(deprivation, b) / shares;
                    decile[static_cast<std::size_t>(y)].at(s, b) = std::round(value);
                }
            }
        }
        addInto(england, decile);
    }
}

} // namespace jsna::demo
