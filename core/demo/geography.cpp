// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/geography.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <vector>

#include "core/demo/random.h"

namespace jsna::demo {

namespace {

constexpr int kWardCount = 20;
constexpr int kLsoasPerWard = 7;   // plus kExtraLsoas spread at random: 150 in all
constexpr int kExtraLsoas = 10;
// Deprivation skew of the borough: the LSOAs' national rank fractions are the quantiles of U^kSkew for
// a uniform U, so about 24% of LSOAs fall in England's most deprived decile and 6% in the least.
constexpr double kSkew = 1.6;

constexpr std::array<const char16_t*, kWardCount> kWardNames{
    u"Anchorfield", u"Barrowgate",      u"Castle Quay",    u"Docklands North", u"Docklands South",
    u"Eastmarsh",   u"Fairhaven",       u"Greenbank",      u"Harbour Central", u"Ironside",
    u"Kingsway Park", u"Lanterns",      u"Millbrook Green", u"Northcliff",     u"Oldtown",
    u"Portview",    u"Queensmead",      u"Ropewalk",       u"Saltings",        u"Tideway",
};

struct PeerSpec
{
    const char16_t* name;
    double deprivation;
};

// Region peers (a stand-in for a nearest-neighbour group), from more to less deprived than England.
constexpr std::array<PeerSpec, 8> kPeers{{
    {u"Ashcombe Vale (synthetic)", 0.16},
    {u"Brackenmoor (synthetic)", 0.10},
    {u"Carrow Heath (synthetic)", 0.05},
    {u"Dunmere (synthetic)", 0.21},
    {u"Eastwold (synthetic)", -0.02},
    {u"Fernleigh Downs (synthetic)", -0.12},
    {u"Glenbury (synthetic)", -0.20},
    {u"Hollinsford (synthetic)", 0.02},
}};

constexpr double kRegionDeprivation = -0.12; // the South East is less deprived than England

// IMD2019 LSOA scores at national rank fractions 0, 0.1, ..., 1 (decile boundaries, approximate).
constexpr std::array<double, 11> kScoreAtFraction{92.7, 45.0, 34.2, 27.4, 22.2, 17.9, 14.3, 11.3, 8.6, 6.1, 0.5};

int addArea(DemoModel& model, DemoArea area)
{
    model.areas.push_back(std::move(area));
    return static_cast<int>(model.areas.size()) - 1;
}

QString code(const char16_t* prefix, int number)
{
    return QString::fromUtf16(prefix) + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
}

} // namespace

double imdScoreForRank(std::int64_t rank)
{
    const double fraction = (static_cast<double>(rank) - 0.5) / kNationalLsoaCount * 10.0;
    const auto i = std::clamp(static_cast<int>(fraction), 0, 9);
    const double t = fraction - i;
    const double score = kScoreAtFraction[static_cast<std::size_t>(i)] * (1.0 - t) +
                         kScoreAtFraction[static_cast<std::size_t>(i) + 1] * t;
    return std::round(score * 1000.0) / 1000.0;
}

int imdDecileForRank(std::int64_t rank)
{
    return static_cast<int>((rank - 1) * 10 / kNationalLsoaCount) + 1;
}

void buildGeography(DemoModel& model)
{
    Random random = Random::stream(model.seed, "geography");
    model.england = addArea(model, {QString::fromUtf16(kEnglandCode), QStringLiteral("England"), AreaKind::England});
    model.region = addArea(model, {QString::fromUtf16(kRegionCode), QStringLiteral("South East"), AreaKind::Region,
                                   model.england, kRegionDeprivation});
    model.borough = addArea(model, {QString::fromUtf16(kBoroughCode), QString::fromUtf16(kBoroughName),
                                    AreaKind::Borough, model.region});
    for (std::size_t i = 0; i < kPeers.size(); ++i) {
        model.peers.push_back(addArea(model, {code(u"E06", 991 + static_cast<int>(i)),
                                              QString::fromUtf16(kPeers[i].name), AreaKind::Peer, model.region,
                                              kPeers[i].deprivation}));
    }

    // Wards: a deprivation level each, and 7-8 LSOAs.
    std::array<int, kWardCount> lsoaCount{};
    lsoaCount.fill(kLsoasPerWard);
    for (int extra = 0; extra < kExtraLsoas;) {
        const auto w = static_cast<std::size_t>(random.bits() % kWardCount);
        if (lsoaCount[w] == kLsoasPerWard) {
            ++lsoaCount[w];
            ++extra;
        }
    }
    std::array<double, kWardCount> wardLevel{};
    for (double& level : wardLevel)
        level = random.normal();
    // The docks, the harbour and the old town are the most deprived wards (and the docks and the
    // harbour hold the student halls): give them the three lowest levels drawn.
    constexpr std::array<std::size_t, 3> kDeprivedWards{3, 8, 14};
    std::array<double, kWardCount> sorted = wardLevel;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> others; // the other 17 levels, in the order drawn
    for (const double level : wardLevel) {
        if (level > sorted[kDeprivedWards.size() - 1])
            others.push_back(level);
    }
    for (std::size_t w = 0, lowest = 0, next = 0; w < wardLevel.size(); ++w) {
        const bool deprived = std::find(kDeprivedWards.begin(), kDeprivedWards.end(), w) != kDeprivedWards.end();
        wardLevel[w] = deprived ? sorted[lowest++] : others[next++];
    }

    // Each LSOA's place in the borough: its ward's level plus its own. The borough's ranking then takes
    // fixed quantiles of the skewed distribution, so every seed has the same deprivation profile.
    std::vector<double> latent;
    for (int w = 0; w < kWardCount; ++w) {
        for (int j = 0; j < lsoaCount[static_cast<std::size_t>(w)]; ++j)
            latent.push_back(0.7 * wardLevel[static_cast<std::size_t>(w)] + 0.7 * random.normal());
    }
    std::vector<std::size_t> order(latent.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&latent](std::size_t a, std::size_t b) { return latent[a] < latent[b]; });
    std::vector<double> fraction(latent.size());
    for (std::size_t r = 0; r < order.size(); ++r) {
        const double position = (static_cast<double>(r) + 0.5 + (random.uniform() - 0.5)) / static_cast<double>(order.size());
        fraction[order[r]] = std::pow(position, kSkew);
    }

    std::set<std::int64_t> usedRanks;
    int lsoaNumber = 0;
    for (int w = 0; w < kWardCount; ++w) {
        const int ward = addArea(model, {code(u"E05", 990001 + w),
                                         QString::fromUtf16(kWardNames[static_cast<std::size_t>(w)]),
                                         AreaKind::Ward, model.borough});
        model.wards.push_back(ward);
        for (int j = 0; j < lsoaCount[static_cast<std::size_t>(w)]; ++j) {
            const double u = fraction[static_cast<std::size_t>(lsoaNumber)];
            ++lsoaNumber;
            auto rank = std::clamp<std::int64_t>(static_cast<std::int64_t>(std::ceil(u * kNationalLsoaCount)), 1,
                                                 kNationalLsoaCount);
            while (usedRanks.count(rank)) // ranks are unique in England
                rank = rank < kNationalLsoaCount ? rank + 1 : 1;
            usedRanks.insert(rank);
            DemoArea lsoa{code(u"E01", 990000 + lsoaNumber),
                          QStringLiteral("%1 %2%3")
                              .arg(QStringLiteral("Harbourgate"))
                              .arg(w + 1, 3, 10, QLatin1Char('0'))
                              .arg(QChar(u'A' + j)),
                          AreaKind::Lsoa, ward};
            lsoa.imdRank = rank;
            lsoa.imdScore = imdScoreForRank(rank);
            lsoa.imdDecile = imdDecileForRank(rank);
            lsoa.deprivation = 0.5 - (static_cast<double>(rank) - 0.5) / kNationalLsoaCount;
            lsoa.studentArea = (w == 3 || w == 4 || w == 8) && j < 3;
            model.lsoas.push_back(addArea(model, lsoa));
        }
    }
}

} // namespace jsna::demo
