// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/life_expectancy.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <boost/math/distributions/normal.hpp>

#include "core/stats/stats_error.h"
#include "core/stats/validation.h"

namespace jsna::stats {

namespace {

constexpr std::array<double, 20> kStandardStartAges = {0,  1,  5,  10, 15, 20, 25, 30, 35, 40,
                                                       45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

std::vector<LifeExpectancyAtAge> suppressedTable(const std::vector<LifeTableBand>& sorted,
                                                 std::span<const double> ages, std::size_t levelCount,
                                                 std::string_view note)
{
    std::vector<LifeExpectancyAtAge> table(ages.size());
    for (std::size_t i = 0; i < ages.size(); ++i) {
        table[i].startAge = ages[i];
        table[i].estimate.levelCount = levelCount;
        table[i].estimate.method = Method::ChiangSilcocks;
        table[i].estimate.note = note;
    }
    // Cumulative deaths and population above each age are still meaningful where every band is there.
    if (sorted.size() == ages.size()) {
        double pops = 0.0;
        double deaths = 0.0;
        for (std::size_t i = ages.size(); i-- > 0;) {
            pops += sorted[i].population;
            deaths += sorted[i].deaths;
            table[i].populationUsed = pops;
            table[i].deathsUsed = deaths;
        }
    }
    return table;
}

} // namespace

std::span<const double> standardLifeTableStartAges()
{
    return kStandardStartAges;
}

std::vector<LifeExpectancyAtAge> lifeExpectancy(std::span<const LifeTableBand> bands, const ConfidenceLevels& levels,
                                                std::span<const double> expectedStartAges, std::size_t firstRow)
{
    const std::span<const double> ages = expectedStartAges.empty() ? standardLifeTableStartAges() : expectedStartAges;
    if (ages.size() < 2 || ages.front() != 0.0 || !std::is_sorted(ages.begin(), ages.end()) ||
        std::adjacent_find(ages.begin(), ages.end()) != ages.end())
        throw StatsError("life table start ages must begin at 0 and ascend");

    // Validate each row and order by start age.
    std::vector<LifeTableBand> sorted(bands.begin(), bands.end());
    bool missing = false;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const std::size_t row = firstRow + i;
        const LifeTableBand& band = bands[i];
        if (std::find(ages.begin(), ages.end(), band.startAge) == ages.end())
            throw StatsError(rowPrefix(row) + "start age " + formatNumber(band.startAge) +
                                 " is not one of the life table's age bands",
                             row);
        if (std::isnan(band.deaths) || std::isnan(band.population)) {
            missing = true;
            continue;
        }
        if (band.deaths < 0.0 || !std::isfinite(band.deaths))
            throw StatsError(rowPrefix(row) + "deaths " + formatNumber(band.deaths) + " must be zero or more", row);
        if (band.population < 0.0 || !std::isfinite(band.population))
            throw StatsError(rowPrefix(row) + "population " + formatNumber(band.population) +
                                 " must be zero or more",
                             row);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const LifeTableBand& a, const LifeTableBand& b) { return a.startAge < b.startAge; });
    const std::size_t n = ages.size();
    bool complete = sorted.size() == n;
    for (std::size_t i = 0; complete && i < n; ++i)
        complete = sorted[i].startAge == ages[i];
    if (!complete)
        return suppressedTable(sorted, ages, levels.size(), kNoteLeIncomplete);
    if (missing)
        return suppressedTable(sorted, ages, levels.size(), kNoteLeMissing);

    // The R package's checks, in its order.
    double totalPopulation = 0.0;
    for (const LifeTableBand& band : sorted) {
        if (band.population <= 0.0)
            return suppressedTable(sorted, ages, levels.size(), kNoteLeZeroPopulation);
        totalPopulation += band.population;
    }
    for (const LifeTableBand& band : sorted) {
        if (band.deaths > band.population)
            return suppressedTable(sorted, ages, levels.size(), kNoteLeDeathsOverPopulation);
    }
    if (totalPopulation <= kLeMinimumTotalPopulation)
        return suppressedTable(sorted, ages, levels.size(), kNoteLeSmallPopulation);
    if (sorted.back().deaths == 0.0)
        return suppressedTable(sorted, ages, levels.size(), kNoteLeNoDeathsInTopBand);

    // Chiang II abridged life table (PHE life expectancy calculator; Newell 1994).
    std::vector<double> width(n), a(n), m(n), q(n), p(n), l(n), d(n), bigL(n), t(n), e(n), w(n), st(n);
    for (std::size_t i = 0; i < n; ++i) {
        const LifeTableBand& band = sorted[i];
        m[i] = band.deaths / band.population;
        a[i] = band.startAge == 0.0 ? 0.1 : 0.5;
        width[i] = i + 1 < n ? sorted[i + 1].startAge - band.startAge : 2.0 / m[i];
        q[i] = band.deaths <= band.population / width[i] / a[i]
                   ? m[i] * width[i] / (1.0 + m[i] * width[i] * (1.0 - a[i]))
                   : 1.0;
        p[i] = 1.0 - q[i];
    }
    l[0] = 1e5;
    for (std::size_t i = 1; i < n; ++i)
        l[i] = l[i - 1] * p[i - 1];
    for (std::size_t i = 0; i < n; ++i) {
        d[i] = l[i] - (i + 1 < n ? l[i + 1] : 0.0);
        bigL[i] = i + 1 < n ? width[i] * (l[i + 1] + a[i] * d[i]) : l[i] / m[i];
    }
    double running = 0.0;
    for (std::size_t i = n; i-- > 0;) {
        running += bigL[i];
        t[i] = running;
        e[i] = l[i] == 0.0 ? 0.0 : t[i] / l[i];
    }
    // Variance: Chiang's sum over the closed bands plus Silcocks et al's term for the open final band.
    for (std::size_t i = 0; i < n; ++i) {
        const double deaths = sorted[i].deaths;
        if (i + 1 < n) {
            const double sp = d[i] == 0.0 ? 0.0 : (q[i] * q[i]) * (1.0 - q[i]) / deaths;
            const double lived = (1.0 - a[i]) * width[i] + e[i + 1];
            w[i] = sp * (l[i] * l[i]) * (lived * lived);
        } else {
            const double sp = 4.0 / (deaths * (m[i] * m[i]));
            w[i] = (l[i] / 2.0) * (l[i] / 2.0) * sp;
        }
    }
    running = 0.0;
    for (std::size_t i = n; i-- > 0;) {
        running += w[i];
        st[i] = running;
    }

    const double z95 = boost::math::quantile(boost::math::normal(), 0.975);
    std::vector<LifeExpectancyAtAge> table(n);
    double pops = 0.0;
    double deathsAbove = 0.0;
    for (std::size_t i = n; i-- > 0;) {
        LifeExpectancyAtAge& row = table[i];
        pops += sorted[i].population;
        deathsAbove += sorted[i].deaths;
        row.startAge = sorted[i].startAge;
        row.populationUsed = pops;
        row.deathsUsed = deathsAbove;
        row.estimate.levelCount = levels.size();
        row.estimate.method = Method::ChiangSilcocks;
        const double se = std::sqrt(st[i] / (l[i] * l[i]));
        row.standardError = se;
        for (std::size_t k = 0; k < levels.size(); ++k)
            row.estimate.limits[k] = {e[i] - levels.z(k) * se, e[i] + levels.z(k) * se};
        row.estimate.value = std::isinf(e[i]) ? kNaN : e[i];
        if (z95 * se > kLeMaximumHalfWidth95) {
            row.estimate.value = kNaN;
            row.estimate.note = kNoteLeWideInterval;
        }
    }
    return table;
}

} // namespace jsna::stats
