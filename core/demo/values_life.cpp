// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/values_life.h"

#include <algorithm>
#include <cmath>

#include "core/demo/random.h"
#include "core/demo/value_builder.h"
#include "core/stats/sii.h"

namespace jsna::demo {

namespace {

constexpr auto kDeaths = static_cast<std::size_t>(Measure::DeathsAllCauses);
constexpr int kAge65Band = 13;
constexpr std::size_t kSiiRepetitions = 100000;

// Share of life lived in good health in England (ONS 2017-19: HLE 63.1 of 79.4 years for males,
// 63.9 of 83.1 for females), its odds ratio between the most and least deprived tenths, and the
// borough's own effect on the log odds.
constexpr std::array<double, 2> kGoodHealthShare{0.794, 0.768};
constexpr double kGoodHealthGradient = 0.5;
constexpr double kGoodHealthBorough = 0.0;
constexpr std::array<double, 3> kHealthSurvey{1500, 30000, 250000}; // local, region, England respondents

// The borough's LSOAs in ten groups by IMD2019 score, most deprived first (Fingertips' "deciles
// within area").
std::array<std::vector<int>, 10> localDeciles(const DemoModel& model)
{
    std::vector<int> sorted = model.lsoas;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&model](int a, int b) { return model.area(a).imdScore > model.area(b).imdScore; });
    std::array<std::vector<int>, 10> groups;
    for (std::size_t i = 0; i < sorted.size(); ++i)
        groups[i * 10 / sorted.size()].push_back(sorted[i]);
    return groups;
}

std::array<std::vector<int>, 5> nationalQuintiles(const DemoModel& model)
{
    std::array<std::vector<int>, 5> groups;
    for (const int lsoa : model.lsoas)
        groups[static_cast<std::size_t>(quintileOfDecile(model.area(lsoa).imdDecile) - 1)].push_back(lsoa);
    return groups;
}

std::vector<int> headlineAreas(const DemoModel& model)
{
    std::vector<int> areas{model.england, model.region, model.borough};
    areas.insert(areas.end(), model.peers.begin(), model.peers.end());
    return areas;
}

// Life expectancy at birth (index 0) or at 65 of one sex.
const stats::LifeExpectancyAtAge& at(const std::vector<stats::LifeExpectancyAtAge>& table, bool at65)
{
    return table[at65 ? kAge65Band : 0];
}

} // namespace

void addLifeExpectancyValues(ValueBuilder& builder, std::size_t spec)
{
    const DemoModel& model = builder.model();
    const bool at65 = builder.catalogue()[spec].generation == Generation::LifeExpectancyAt65;
    std::vector<int> areas = headlineAreas(model);
    if (builder.catalogue()[spec].wards)
        areas.insert(areas.end(), model.wards.begin(), model.wards.end());
    const auto& deaths = model.events[kDeaths];
    for (int y = 0; y < kYearCount; ++y) {
        const auto yi = static_cast<std::size_t>(y);
        for (int sex : {kMale, kFemale}) {
            for (const int area : areas) {
                const auto table = lifeTableOf(deaths[static_cast<std::size_t>(area)][yi], model.populationOf(area)[yi],
                                               sex, builder.levels());
                builder.add(spec, area, y, sex, at(table, at65).estimate);
            }
            if (!builder.catalogue()[spec].quintiles)
                continue;
            // National quintiles: the borough's LSOAs, and England's deciles in pairs.
            const auto quintiles = nationalQuintiles(model);
            for (int q = 1; q <= 5; ++q) {
                const auto& members = quintiles[static_cast<std::size_t>(q - 1)];
                if (!members.empty()) {
                    const auto table = lifeTableOf(sumOver(deaths, members, y), sumOver(model.population, members, y),
                                                   sex, builder.levels());
                    auto& v = builder.add(spec, model.borough, y, sex, at(table, at65).estimate);
                    v.categoryType = QString::fromUtf16(kQuintilesInEngland);
                    v.category = quintileLabel(q);
                }
                const std::array<int, 2> pair{2 * q - 2, 2 * q - 1};
                const auto table =
                    lifeTableOf(sumOver(model.englandDecileEvents[kDeaths], pair, y),
                                sumOver(model.englandDecilePopulation, pair, y), sex, builder.levels());
                auto& v = builder.add(spec, model.england, y, sex, at(table, at65).estimate);
                v.categoryType = QString::fromUtf16(kQuintilesInEngland);
                v.category = quintileLabel(q);
            }
            // The borough's own deciles (the inputs of its slope index of inequality).
            const auto deciles = localDeciles(model);
            for (int d = 1; d <= 10; ++d) {
                const auto& members = deciles[static_cast<std::size_t>(d - 1)];
                const auto table = lifeTableOf(sumOver(deaths, members, y), sumOver(model.population, members, y),
                                               sex, builder.levels());
                auto& v = builder.add(spec, model.borough, y, sex, at(table, at65).estimate);
                v.categoryType = QString::fromUtf16(kDecilesWithinArea);
                v.category = decileLabel(d);
            }
        }
    }
}

void addHealthyLifeExpectancyValues(ValueBuilder& builder, std::size_t spec)
{
    const DemoModel& model = builder.model();
    Random random = Random::stream(model.seed, "values/healthy-life-expectancy");
    const double slope = std::log(kGoodHealthGradient) / 0.9;
    const auto& deaths = model.events[kDeaths];
    for (const int area : headlineAreas(model)) {
        const DemoArea& a = model.area(area);
        const double effect = a.kind == AreaKind::England ? 0.0
                              : a.kind == AreaKind::Region ? 0.03 * random.normal()
                                                           : 0.08 * random.normal() +
                                                                 (a.kind == AreaKind::Borough ? kGoodHealthBorough : 0.0);
        const double respondents = kHealthSurvey[a.kind == AreaKind::England  ? 2
                                                 : a.kind == AreaKind::Region ? 1
                                                                              : 0];
        for (int y = 0; y < kYearCount; ++y) {
            const auto yi = static_cast<std::size_t>(y);
            for (int sex : {kMale, kFemale}) {
                const auto table = lifeTableOf(deaths[static_cast<std::size_t>(area)][yi], model.populationOf(area)[yi],
                                               sex, builder.levels());
                const stats::LifeExpectancyAtAge& le = table[0];
                const double logit = std::log(kGoodHealthShare[static_cast<std::size_t>(sex)] /
                                              (1.0 - kGoodHealthShare[static_cast<std::size_t>(sex)]));
                const double p = 1.0 / (1.0 + std::exp(-(logit + slope * a.deprivation + effect)));
                const auto n = static_cast<std::int64_t>(std::round(respondents * std::exp(0.05 * random.normal())));
                const double share = static_cast<double>(random.binomial(n, p)) / static_cast<double>(n);
                stats::Estimate estimate;
                estimate.levelCount = builder.levels().size();
                estimate.value = le.estimate.value * share;
                const double variance = share * share * le.standardError * le.standardError +
                                        le.estimate.value * le.estimate.value * share * (1.0 - share) /
                                            static_cast<double>(n);
                for (std::size_t i = 0; i < builder.levels().size(); ++i) {
                    const double half = builder.levels().z(i) * std::sqrt(variance);
                    estimate.limits[i] = {estimate.value - half, estimate.value + half};
                }
                indicators::IndicatorValue& v = builder.add(spec, area, y, sex, estimate);
                v.method = QStringLiteral("Sullivan (demo approximation: life expectancy x share in good health, "
                                          "delta-method limits)");
            }
        }
    }
}

void addSiiValues(ValueBuilder& builder, std::size_t spec)
{
    const DemoModel& model = builder.model();
    const auto& deaths = model.events[kDeaths];
    const auto deciles = localDeciles(model);
    for (int y = 0; y < kYearCount; ++y) {
        for (int sex : {kMale, kFemale}) {
            for (const bool england : {true, false}) {
                std::array<stats::SiiQuantileInput, 10> inputs{};
                for (int d = 0; d < 10; ++d) {
                    const auto di = static_cast<std::size_t>(d);
                    const std::array<int, 1> one{d};
                    const SexBands dead = england ? sumOver(model.englandDecileEvents[kDeaths], one, y)
                                                  : sumOver(deaths, deciles[di], y);
                    const SexBands people = england ? sumOver(model.englandDecilePopulation, one, y)
                                                    : sumOver(model.population, deciles[di], y);
                    const auto table = lifeTableOf(dead, people, sex, builder.levels());
                    inputs[di] = {static_cast<double>(d + 1), people.total(sex), table[0].estimate.value,
                                  table[0].standardError};
                }
                stats::SiiOptions options;
                options.repetitions = kSiiRepetitions;
                options.seed = model.seed + static_cast<std::uint64_t>(y * 4 + sex * 2 + (england ? 1 : 0));
                const stats::SiiResult sii = stats::slopeIndexOfInequality(inputs, builder.levels(), options);
                stats::Estimate estimate;
                estimate.value = sii.sii;
                estimate.levelCount = sii.levelCount;
                estimate.limits = sii.siiLimits;
                estimate.method = stats::Method::Simulation;
                builder.add(spec, england ? model.england : model.borough, y, sex, estimate);
            }
        }
    }
}

} // namespace jsna::demo
