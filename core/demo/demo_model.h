// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <QString>

namespace jsna::demo {

// The demo covers eight calendar (or financial) years, nineteen 5-year age bands and two sexes.
inline constexpr int kFirstYear = 2015;
inline constexpr int kYearCount = 8;
inline constexpr int kBandCount = 19; // 0-4, 5-9, ..., 85-89, 90+ (core/indicators/age_bands.h)
inline constexpr int kMale = 0;
inline constexpr int kFemale = 1;
inline constexpr std::uint64_t kDefaultSeed = 20240601;

// A count for each sex and age band (people or events) of one area in one year.
struct SexBands
{
    std::array<std::array<double, kBandCount>, 2> bySex{};

    double& at(int sex, int band) { return bySex[static_cast<std::size_t>(sex)][static_cast<std::size_t>(band)]; }
    double at(int sex, int band) const { return bySex[static_cast<std::size_t>(sex)][static_cast<std::size_t>(band)]; }
    double total() const;
    double total(int sex) const;
    // Sum over bands first..last (inclusive) of one sex, or of both when sex is -1.
    double sum(int firstBand, int lastBand, int sex = -1) const;
    SexBands& operator+=(const SexBands& other);
};

// One year's counts for each of the eight years.
using YearSeries = std::array<SexBands, kYearCount>;

enum class AreaKind
{
    England,
    Region,
    Borough,
    Peer,
    Ward,
    Lsoa,
};

struct DemoArea
{
    QString code;
    QString name;
    AreaKind kind = AreaKind::Lsoa;
    int parent = -1; // index into DemoModel::areas; -1 for England
    // How much more deprived than England: 0.5 minus the (population-weighted) national IMD rank
    // fraction, so +0.45 is the most deprived tenth of England, -0.45 the least, 0 England itself.
    double deprivation = 0.0;
    // LSOAs only: IMD2019 score, national rank (1 = most deprived of 32,844) and decile (1 = most deprived).
    double imdScore = 0.0;
    std::int64_t imdRank = 0;
    int imdDecile = 0;
    bool studentArea = false;
};

// Everything the generator makes before it is written: areas, populations and event counts. Areas
// are ordered England, region, borough, peers, wards, LSOAs; LSOA counts sum to their ward's and the
// wards' to the borough's.
struct DemoModel
{
    std::uint64_t seed = kDefaultSeed;
    std::vector<DemoArea> areas;
    int england = -1;
    int region = -1;
    int borough = -1;
    std::vector<int> peers;
    std::vector<int> wards;
    std::vector<int> lsoas;

    std::vector<YearSeries> population; // by area
    // England by national IMD decile (index 0 = most deprived), summing to England: the comparator for
    // deprivation breakdowns and England's slope index of inequality. Not stored as areas.
    std::array<YearSeries, 10> englandDecilePopulation{};

    // events[measure][area] and englandDecileEvents[measure][decile], measures as in event_catalogue.h.
    std::vector<std::vector<YearSeries>> events;
    std::vector<std::array<YearSeries, 10>> englandDecileEvents;

    const DemoArea& area(int index) const { return areas[static_cast<std::size_t>(index)]; }
    const YearSeries& populationOf(int index) const { return population[static_cast<std::size_t>(index)]; }
    const YearSeries& eventsOf(std::size_t measure, int index) const
    {
        return events[measure][static_cast<std::size_t>(index)];
    }
};

} // namespace jsna::demo
