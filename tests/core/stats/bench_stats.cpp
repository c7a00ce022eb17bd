// SPDX-License-Identifier: GPL-3.0-or-later
// bench_stats: times the batch APIs on generated workloads (fixed seed), best of 5 runs each.
// Not a test: run build/<dir>/tests/core/stats/bench_stats in a Release build.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

#include "core/stats/dsr.h"
#include "core/stats/proportion.h"
#include "core/stats/rate.h"

using namespace jsna::stats;

namespace {

double bestOfFive(const std::function<void()>& work)
{
    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
        best = std::min(best, elapsed.count());
    }
    return best;
}

void benchDsr(std::size_t areas, std::mt19937_64& rng)
{
    std::uniform_int_distribution<int> population(200, 20000);
    std::uniform_int_distribution<int> deaths(0, 60);
    std::vector<DsrBandInput> rows;
    std::vector<std::size_t> starts;
    rows.reserve(areas * 19);
    for (std::size_t a = 0; a < areas; ++a) {
        starts.push_back(rows.size());
        for (std::size_t b = 0; b < 19; ++b)
            rows.push_back({b, double(deaths(rng)), double(population(rng))});
    }
    std::vector<DsrResult> out(areas);
    const ConfidenceLevels levels;
    const double ms = bestOfFive([&] {
        directlyStandardisedRates(rows, starts, StandardPopulation::esp2013(), levels, {}, out);
    });
    std::printf("DSR %zu areas x 19 bands, 95%% and 99.8%%: %.1f ms\n", areas, ms);
}

} // namespace

int main()
{
    std::mt19937_64 rng(12345);
    benchDsr(7000, rng);
    benchDsr(35000, rng);

    const std::size_t n = 1000000;
    std::uniform_int_distribution<int> population(1000, 500000);
    std::uniform_int_distribution<int> count(0, 2000);
    std::vector<RateInput> rates(n);
    std::vector<ProportionInput> proportions(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double pop = population(rng);
        const double x = std::min<double>(count(rng), pop);
        rates[i] = {x, pop};
        proportions[i] = {x, pop};
    }
    std::vector<Estimate> out(n);
    const ConfidenceLevels levels;
    std::printf("1,000,000 crude rates, 95%% and 99.8%%: %.1f ms\n",
                bestOfFive([&] { crudeRates(rates, levels, 100000.0, out); }));
    std::printf("1,000,000 proportions, 95%% and 99.8%%: %.1f ms\n",
                bestOfFive([&] { jsna::stats::proportions(proportions, levels, 100.0, out); }));
    return 0;
}
