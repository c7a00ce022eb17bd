// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/events.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/demo/event_catalogue.h"
#include "core/demo/random.h"

namespace jsna::demo {

namespace {

constexpr double kMaxDeathProbability = 0.9;

// Causes of death drawn before this one from the same deaths (circulatory before cancer), so each
// cause is drawn from the deaths the earlier ones left and the causes never add up to more than all.
std::vector<const MeasureSpec*> earlierCauses(const MeasureSpec& spec)
{
    std::vector<const MeasureSpec*> earlier;
    for (const MeasureSpec& other : measureCatalogue()) {
        if (other.measure == spec.measure)
            break;
        if (other.kind == EventKind::DeathsSubset && other.parent == spec.parent)
            earlier.push_back(&other);
    }
    return earlier;
}

// Draws one area's counts of one measure for every year, sex and band. DeathsSubset draws from the
// parent's deaths less those taken by earlier causes, at the share conditional on not being one of them.
YearSeries drawArea(const MeasureSpec& spec, const YearSeries& population, const YearSeries* parentEvents,
                    const YearSeries* taken, double deprivation, double areaFactor, Random& random)
{
    const std::vector<const MeasureSpec*> earlier = earlierCauses(spec);
    YearSeries counts;
    for (int y = 0; y < kYearCount; ++y) {
        const auto yi = static_cast<std::size_t>(y);
        for (int s = 0; s < 2; ++s) {
            for (int b = spec.firstBand; b <= spec.lastBand; ++b) {
                const double level = spec.rate[static_cast<std::size_t>(s)][static_cast<std::size_t>(b)] *
                                     spec.yearFactor[yi] * deprivationRateRatio(spec, b, deprivation) * areaFactor;
                double count = 0.0;
                switch (spec.kind) {
                case EventKind::Deaths:
                    count = static_cast<double>(random.binomial(static_cast<std::int64_t>(population[yi].at(s, b)),
                                                                std::min(level / 1e5, kMaxDeathProbability)));
                    break;
                case EventKind::DeathsSubset: {
                    double takenShare = 0.0;
                    for (const MeasureSpec* cause : earlier)
                        takenShare += cause->rate[static_cast<std::size_t>(s)][static_cast<std::size_t>(b)] *
                                      cause->yearFactor[yi];
                    const double left = (*parentEvents)[yi].at(s, b) - (taken ? (*taken)[yi].at(s, b) : 0.0);
                    count = static_cast<double>(random.binomial(static_cast<std::int64_t>(left),
                                                                std::min(level / (1.0 - takenShare), 1.0)));
                    break;
                }
                case EventKind::Admissions:
                    count = static_cast<double>(random.poisson(population[yi].at(s, b) * level / 1e5));
                    break;
                }
                counts[yi].at(s, b) = count;
            }
        }
    }
    return counts;
}

void addInto(YearSeries& into, const YearSeries& from)
{
    for (int y = 0; y < kYearCount; ++y)
        into[static_cast<std::size_t>(y)] += from[static_cast<std::size_t>(y)];
}

} // namespace

void buildEvents(DemoModel& model)
{
    model.events.assign(kMeasureCount, std::vector<YearSeries>(model.areas.size()));
    model.englandDecileEvents.assign(kMeasureCount, {});
    for (const MeasureSpec& spec : measureCatalogue()) {
        const auto m = static_cast<std::size_t>(spec.measure);
        const auto parent = static_cast<std::size_t>(spec.parent);
        Random random = Random::stream(model.seed, "events/" + QString::fromUtf16(spec.name).toStdString());
        std::vector<YearSeries>& events = model.events[m];
        const std::vector<const MeasureSpec*> earlier = earlierCauses(spec);
        auto parentOf = [&](int area) { return spec.kind == EventKind::DeathsSubset ? &model.eventsOf(parent, area) : nullptr; };
        // Deaths already given to earlier causes, for an area (or, with decile >= 0, one of England's deciles).
        YearSeries takenScratch;
        auto takenBy = [&](int area, int decile = -1) -> const YearSeries* {
            if (earlier.empty())
                return nullptr;
            takenScratch = YearSeries{};
            for (const MeasureSpec* cause : earlier) {
                const auto c = static_cast<std::size_t>(cause->measure);
                const YearSeries& counts = decile >= 0 ? model.englandDecileEvents[c][static_cast<std::size_t>(decile)]
                                                       : model.events[c][static_cast<std::size_t>(area)];
                for (int y = 0; y < kYearCount; ++y)
                    takenScratch[static_cast<std::size_t>(y)] += counts[static_cast<std::size_t>(y)];
            }
            return &takenScratch;
        };

        for (const int lsoa : model.lsoas) {
            const DemoArea& area = model.area(lsoa);
            const double factor = spec.boroughFactor * std::exp(0.12 * random.normal());
            events[static_cast<std::size_t>(lsoa)] =
                drawArea(spec, model.populationOf(lsoa), parentOf(lsoa), takenBy(lsoa), area.deprivation, factor, random);
            addInto(events[static_cast<std::size_t>(area.parent)], events[static_cast<std::size_t>(lsoa)]);
        }
        for (const int ward : model.wards)
            addInto(events[static_cast<std::size_t>(model.borough)], events[static_cast<std::size_t>(ward)]);
        for (const int peer : model.peers) {
            const double factor = std::exp(0.05 * random.normal());
            events[static_cast<std::size_t>(peer)] = drawArea(spec, model.populationOf(peer), parentOf(peer), takenBy(peer),
                                                              model.area(peer).deprivation, factor, random);
        }
        events[static_cast<std::size_t>(model.region)] =
            drawArea(spec, model.populationOf(model.region), parentOf(model.region), takenBy(model.region),
                     model.area(model.region).deprivation, std::exp(0.02 * random.normal()), random);
        for (int d = 0; d < 10; ++d) {
            const auto di = static_cast<std::size_t>(d);
            const YearSeries* parentEvents =
                spec.kind == EventKind::DeathsSubset ? &model.englandDecileEvents[parent][di] : nullptr;
            model.englandDecileEvents[m][di] = drawArea(spec, model.englandDecilePopulation[di], parentEvents,
                                                        takenBy(-1, d), 0.45 - 0.1 * d, 1.0, random);
            addInto(events[static_cast<std::size_t>(model.england)], model.englandDecileEvents[m][di]);
        }
    }
}

} // namespace jsna::demo
