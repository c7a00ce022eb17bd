// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/random.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace jsna::demo {

namespace {

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31U);
}

std::uint64_t fnv1a64(std::string_view text)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

// log(k!) - Stirling's approximation of it (the "tail" BTRS needs).
double stirlingTail(double k)
{
    static constexpr std::array<double, 10> kTail{0.0810614667953272,  0.0413406959554092,  0.0276779256849983,
                                                  0.02079067210376509, 0.0166446911898211,  0.0138761288230707,
                                                  0.0118967099458917,  0.0104112652619720,  0.00925546218271273,
                                                  0.00833056343336287};
    if (k <= 9.0)
        return kTail[static_cast<std::size_t>(k)];
    const double kp1sq = (k + 1.0) * (k + 1.0);
    return (1.0 / 12.0 - (1.0 / 360.0 - 1.0 / 1260.0 / kp1sq) / kp1sq) / (k + 1.0);
}

} // namespace

Random::Random(std::uint64_t seed)
    : m_engine(seed)
{
}

Random Random::stream(std::uint64_t seed, std::string_view name)
{
    return Random(splitMix64(seed ^ splitMix64(fnv1a64(name))));
}

double Random::uniform()
{
    return static_cast<double>(m_engine() >> 11U) * 0x1.0p-53;
}

double Random::uniformOpen()
{
    return (static_cast<double>(m_engine() >> 12U) + 0.5) * 0x1.0p-52;
}

double Random::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniformOpen()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

std::int64_t Random::poisson(double mean)
{
    if (!(mean > 0.0))
        return 0;
    if (mean < 10.0) {
        const double limit = std::exp(-mean);
        std::int64_t k = 0;
        double product = uniform();
        while (product > limit) {
            ++k;
            product *= uniform();
        }
        return k;
    }
    // PTRS: transformed rejection with squeeze (Hormann 1993), as numpy's legacy generator does it.
    const double slam = std::sqrt(mean);
    const double logMean = std::log(mean);
    const double b = 0.931 + 2.53 * slam;
    const double a = -0.059 + 0.02483 * b;
    const double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const double vr = 0.9277 - 3.6224 / (b - 2.0);
    while (true) {
        const double u = uniform() - 0.5;
        const double v = uniform();
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2.0 * a / us + b) * u + mean + 0.43);
        if (us >= 0.07 && v <= vr)
            return static_cast<std::int64_t>(k);
        if (k < 0.0 || (us < 0.013 && v > us))
            continue;
        if (std::log(v) + std::log(invAlpha) - std::log(a / (us * us) + b) <= -mean + k * logMean - std::lgamma(k + 1.0))
            return static_cast<std::int64_t>(k);
    }
}

std::int64_t Random::binomial(std::int64_t n, double p)
{
    if (n <= 0 || !(p > 0.0))
        return 0;
    if (p >= 1.0)
        return n;
    if (p > 0.5)
        return n - binomial(n, 1.0 - p);
    if (static_cast<double>(n) * p < 10.0)
        return binomialInversion(n, p);
    return binomialBtrs(n, p);
}

std::int64_t Random::binomialInversion(std::int64_t n, double p)
{
    const double q = 1.0 - p;
    const double s = p / q;
    const double a = static_cast<double>(n + 1) * s;
    double r = std::pow(q, static_cast<double>(n));
    double u = uniform();
    std::int64_t x = 0;
    while (u > r) {
        u -= r;
        ++x;
        if (x > n)
            return n; // rounding left u above the whole distribution's mass
        r *= a / static_cast<double>(x) - s;
    }
    return x;
}

std::int64_t Random::binomialBtrs(std::int64_t n, double p)
{
    const double count = static_cast<double>(n);
    const double q = 1.0 - p;
    const double spq = std::sqrt(count * p * q);
    const double b = 1.15 + 2.53 * spq;
    const double a = -0.0873 + 0.0248 * b + 0.01 * p;
    const double c = count * p + 0.5;
    const double vr = 0.92 - 4.2 / b;
    const double r = p / q;
    const double alpha = (2.83 + 5.1 / b) * spq;
    const double m = std::floor((count + 1.0) * p);
    while (true) {
        const double u = uniform() - 0.5;
        double v = uniform();
        const double us = 0.5 - std::fabs(u);
        const double k = std::floor((2.0 * a / us + b) * u + c);
        if (k < 0.0 || k > count)
            continue;
        if (us >= 0.07 && v <= vr)
            return static_cast<std::int64_t>(k);
        v = std::log(v * alpha / (a / (us * us) + b));
        const double bound = (m + 0.5) * std::log((m + 1.0) / (r * (count - m + 1.0))) +
                             (count + 1.0) * std::log((count - m + 1.0) / (count - k + 1.0)) +
                             (k + 0.5) * std::log(r * (count - k + 1.0) / (k + 1.0)) + stirlingTail(m) +
                             stirlingTail(count - m) - stirlingTail(k) - stirlingTail(count - k);
        if (v <= bound)
            return static_cast<std::int64_t>(k);
    }
}

} // namespace jsna::demo
