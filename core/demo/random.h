// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>
#include <string_view>

namespace jsna::demo {

// The demo generator's source of randomness: std::mt19937_64 (whose output the standard fixes) with
// our own distributions, because std::normal_distribution and friends may differ between standard
// libraries. Same seed and stream name, same numbers, on every platform with an IEEE libm.
class Random
{
public:
    explicit Random(std::uint64_t seed);

    // An independent stream for one part of the demo (mixes the seed with the name), so a change in
    // how one part draws numbers leaves every other part's numbers as they were.
    static Random stream(std::uint64_t seed, std::string_view name);

    std::uint64_t bits() { return m_engine(); }
    double uniform();     // [0, 1), 53 random bits
    double uniformOpen(); // (0, 1)
    double normal();      // standard normal (Box-Muller)
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Poisson: multiplication method below a mean of 10, Hormann's PTRS (1993) above. mean >= 0.
    std::int64_t poisson(double mean);
    // Binomial: inversion when n * min(p, 1 - p) < 10, Hormann's BTRS (1993) above.
    std::int64_t binomial(std::int64_t n, double p);

private:
    std::int64_t binomialInversion(std::int64_t n, double p);
    std::int64_t binomialBtrs(std::int64_t n, double p);

    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace jsna::demo
