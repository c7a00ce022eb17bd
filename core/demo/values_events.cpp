// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/values_events.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "core/demo/random.h"
#include "core/demo/value_builder.h"
#include "core/stats/rate.h"

namespace jsna::demo {

namespace {

constexpr auto kDeaths = static_cast<std::size_t>(Measure::DeathsAllCauses);
constexpr int kBand75 = 15;

struct AgeGroup
{
    const char16_t* label;
    int first;
    int last;
};

// Age breakdowns of three measures (as extra rows with the age column set).
std::vector<AgeGroup> ageGroupsOf(Measure measure)
{
    switch (measure) {
    case Measure::AdmissionsSelfHarm:
        return {{u"10-24 yrs", 2, 4}, {u"25-64 yrs", 5, 12}, {u"65+ yrs", 13, 18}};
    case Measure::AdmissionsFalls65Plus:
        return {{u"65-79 yrs", 13, 15}, {u"80+ yrs", 16, 18}};
    case Measure::AdmissionsAlcoholSpecific:
        return {{u"<40 yrs", 0, 7}, {u"40-64 yrs", 8, 12}, {u"65+ yrs", 13, 18}};
    default:
        return {};
    }
}

std::vector<int> headlineAreas(const DemoModel& model)
{
    std::vector<int> areas{model.england, model.region, model.borough};
    areas.insert(areas.end(), model.peers.begin(), model.peers.end());
    return areas;
}

// Shares of deaths under 75 from a cause, by band (both sexes), the ratio of the share between the
// most and least deprived tenths, and the share's level each year (respiratory deaths fell while
// COVID-19 was coded apart).
struct DerivedCause
{
    std::array<double, kBand75> share;
    double gradient;
    std::array<double, kYearCount> yearFactor;
};

const DerivedCause& derivedCause(qint64 fingertipsId)
{
    static const DerivedCause kPreventable{
        {0.15, 0.35, 0.35, 0.55, 0.62, 0.62, 0.60, 0.58, 0.55, 0.50, 0.47, 0.44, 0.42, 0.40, 0.38},
        1.15,
        {1.0, 1.0, 1.0, 1.0, 1.0, 0.92, 0.95, 0.98}};
    static const DerivedCause kRespiratory{
        {0.03, 0.04, 0.04, 0.02, 0.02, 0.02, 0.03, 0.03, 0.04, 0.05, 0.06, 0.08, 0.09, 0.11, 0.12},
        1.5,
        {1.02, 1.0, 1.02, 1.0, 0.98, 0.78, 0.76, 0.9}};
    return fingertipsId == 40701 ? kRespiratory : kPreventable;
}

} // namespace

void addMeasureDsrValues(ValueBuilder& builder, std::size_t spec)
{
    const DemoModel& model = builder.model();
    const IndicatorSpec& s = builder.catalogue()[spec];
    const MeasureSpec& measure = measureSpec(s.measure);
    const auto m = static_cast<std::size_t>(s.measure);
    const auto& events = model.events[m];
    const int first = measure.firstBand == 1 ? 0 : measure.firstBand; // self-harm: standardise over all ages
    const int last = measure.lastBand;
    auto add = [&](const QString& code, int y, int sex, const SexBands& counts, const SexBands& people) {
        const stats::DsrResult dsr = dsrOf(counts, people, first, last, sex, builder.levels());
        return &builder.add(spec, code, y, sex, dsr.estimate, dsr.totalCount, dsr.totalPopulation);
    };
    for (int y = 0; y < kYearCount; ++y) {
        const auto yi = static_cast<std::size_t>(y);
        for (const int area : headlineAreas(model)) {
            for (int sex : {-1, kMale, kFemale})
                add(model.area(area).code, y, sex, events[static_cast<std::size_t>(area)][yi], model.populationOf(area)[yi]);
        }
        if (s.wards) {
            for (const int ward : model.wards)
                add(model.area(ward).code, y, -1, events[static_cast<std::size_t>(ward)][yi], model.populationOf(ward)[yi]);
        }
        if (s.quintiles) {
            std::array<std::vector<int>, 5> groups;
            for (const int lsoa : model.lsoas)
                groups[static_cast<std::size_t>(quintileOfDecile(model.area(lsoa).imdDecile) - 1)].push_back(lsoa);
            for (int q = 1; q <= 5; ++q) {
                const auto& members = groups[static_cast<std::size_t>(q - 1)];
                const std::array<int, 2> pair{2 * q - 2, 2 * q - 1};
                std::vector<std::pair<int, std::pair<SexBands, SexBands>>> rows;
                if (!members.empty())
                    rows.push_back({model.borough, {sumOver(events, members, y), sumOver(model.population, members, y)}});
                rows.push_back({model.england,
                                {sumOver(model.englandDecileEvents[m], pair, y),
                                 sumOver(model.englandDecilePopulation, pair, y)}});
                for (const auto& [area, data] : rows) {
                    indicators::IndicatorValue* v = add(model.area(area).code, y, -1, data.first, data.second);
                    v->categoryType = QString::fromUtf16(kQuintilesInEngland);
                    v->category = quintileLabel(q);
                }
            }
        }
        for (const AgeGroup& group : ageGroupsOf(s.measure)) {
            for (const int area : {model.england, model.borough}) {
                const SexBands& counts = events[static_cast<std::size_t>(area)][yi];
                const SexBands& people = model.populationOf(area)[yi];
                const stats::DsrResult dsr = dsrOf(counts, people, group.first, group.last, -1, builder.levels());
                indicators::IndicatorValue& v =
                    builder.add(spec, area, y, -1, dsr.estimate, dsr.totalCount, dsr.totalPopulation);
                v.age = QString::fromUtf16(group.label);
            }
        }
    }
}

void addDerivedDsrValues(ValueBuilder& builder, std::size_t spec)
{
    const DemoModel& model = builder.model();
    const IndicatorSpec& s = builder.catalogue()[spec];
    const DerivedCause& cause = derivedCause(s.fingertipsId);
    Random random = Random::stream(model.seed, "values/derived/" + std::to_string(s.fingertipsId));
    const double slope = std::log(cause.gradient) / 0.9;
    for (const int area : headlineAreas(model)) {
        const double effect = model.area(area).kind == AreaKind::England ? 1.0 : std::exp(0.05 * random.normal());
        const double level = std::exp(slope * model.area(area).deprivation) * effect;
        for (int y = 0; y < kYearCount; ++y) {
            const auto yi = static_cast<std::size_t>(y);
            const SexBands& deaths = model.eventsOf(kDeaths, area)[yi];
            SexBands counts;
            for (int sex : {kMale, kFemale}) {
                for (int b = 0; b < kBand75; ++b) {
                    const double p = std::min(1.0, cause.share[static_cast<std::size_t>(b)] * level * cause.yearFactor[yi]);
                    counts.at(sex, b) =
                        static_cast<double>(random.binomial(static_cast<std::int64_t>(deaths.at(sex, b)), p));
                }
            }
            for (int sex : {-1, kMale, kFemale}) {
                const stats::DsrResult dsr = dsrOf(counts, model.populationOf(area)[yi], 0, kBand75 - 1, sex,
                                                   builder.levels());
                builder.add(spec, area, y, sex, dsr.estimate, dsr.totalCount, dsr.totalPopulation);
            }
        }
    }
}

void addExcessWinterDeathsValues(ValueBuilder& builder, std::size_t spec)
{
    const DemoModel& model = builder.model();
    const IndicatorSpec& s = builder.catalogue()[spec];
    Random random = Random::stream(model.seed, "values/excess-winter-deaths");
    std::array<stats::Interval, stats::kMaxConfidenceLevels> limits{};
    for (const int area : headlineAreas(model)) {
        const bool england = model.area(area).kind == AreaKind::England;
        for (int y = 0; y < kYearCount; ++y) {
            const auto yi = static_cast<std::size_t>(y);
            const double excess = s.england[yi] / 100.0 * (england ? 1.0 : std::exp(0.15 * random.normal()));
            const auto deaths = static_cast<std::int64_t>(model.eventsOf(kDeaths, area)[yi].total());
            const auto winter = static_cast<double>(random.binomial(deaths, (1.0 + excess) / (3.0 + excess)));
            const double nonWinterAverage = (static_cast<double>(deaths) - winter) / 2.0;
            stats::Estimate estimate;
            estimate.levelCount = builder.levels().size();
            estimate.value = (winter / nonWinterAverage - 1.0) * 100.0;
            estimate.method = stats::poissonCountLimits(winter, builder.levels(), limits);
            for (std::size_t i = 0; i < estimate.levelCount; ++i)
                estimate.limits[i] = {(limits[i].lower / nonWinterAverage - 1.0) * 100.0,
                                      (limits[i].upper / nonWinterAverage - 1.0) * 100.0};
            indicators::IndicatorValue& v =
                builder.add(spec, area, y, -1, estimate, winter - nonWinterAverage, nonWinterAverage);
            v.method += QStringLiteral(" (winter deaths; non-winter average fixed)");
        }
    }
}

} // namespace jsna::demo
