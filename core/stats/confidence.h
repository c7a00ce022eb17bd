// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>

#include "core/stats/estimate.h"

namespace jsna::stats {

// The confidence levels a calculation reports, with the quantiles every method needs computed once
// (the normal z, and the exact Poisson limits for the integer counts 0-9 that crude rates and ISRs
// use below 10 events). Build it once per batch, not per row.
//
// Levels are proportions in (0, 1); values above 1 are read as percentages (95 -> 0.95), as the R
// package does. The default is the Fingertips pair 95% and 99.8%.
class ConfidenceLevels
{
public:
    static constexpr int kExactCacheSize = 10;

    ConfidenceLevels();
    ConfidenceLevels(std::initializer_list<double> levels);
    explicit ConfidenceLevels(std::span<const double> levels);

    std::size_t size() const { return m_count; }
    double level(std::size_t i) const { return m_levels[i].level; }
    // qnorm(level + (1 - level) / 2), written as the R package writes it.
    double z(std::size_t i) const { return m_levels[i].z; }
    // Exact Poisson limits for an observed count: qchisq((1-c)/2, 2x)/2 and qchisq(c+(1-c)/2, 2x+2)/2.
    double exactLower(std::size_t i, double count) const;
    double exactUpper(std::size_t i, double count) const;
    // "95_0", "99_8": the level as the R package names its columns (lower95_0cl).
    std::string suffix(std::size_t i) const;

private:
    struct Level
    {
        double level = 0.0;
        double z = 0.0;
        std::array<double, kExactCacheSize> exactLower{};
        std::array<double, kExactCacheSize> exactUpper{};
    };

    void add(double level);

    std::array<Level, kMaxConfidenceLevels> m_levels{};
    std::size_t m_count = 0;
};

// Byar's approximation to the Poisson limits of an observed count (Breslow and Day 1987).
// The lower limit is NaN where the approximation goes negative, as in PHEindicatormethods.
double byarsLower(double count, double z);
double byarsUpper(double count, double z);

// Wilson score limits of a proportion x/n (Wilson 1927; Newcombe and Altman 2000).
double wilsonLower(double x, double n, double z);
double wilsonUpper(double x, double n, double z);

// Exact Poisson limits of a count via the chi-square distribution (Armitage and Berry 2002).
double exactPoissonLower(double count, double level);
double exactPoissonUpper(double count, double level);

} // namespace jsna::stats
