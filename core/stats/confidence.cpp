// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/confidence.h"

#include <cmath>
#include <cstdio>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>

#include "core/stats/stats_error.h"

namespace jsna::stats {

ConfidenceLevels::ConfidenceLevels()
    : ConfidenceLevels({0.95, 0.998})
{
}

ConfidenceLevels::ConfidenceLevels(std::initializer_list<double> levels)
    : ConfidenceLevels(std::span<const double>(levels.begin(), levels.size()))
{
}

ConfidenceLevels::ConfidenceLevels(std::span<const double> levels)
{
    if (levels.empty())
        throw StatsError("at least one confidence level is needed");
    if (levels.size() > kMaxConfidenceLevels)
        throw StatsError("at most " + std::to_string(kMaxConfidenceLevels) + " confidence levels can be computed at once");
    for (const double level : levels)
        add(level);
}

void ConfidenceLevels::add(double level)
{
    if (!std::isfinite(level) || level <= 0.0 || level > 100.0)
        throw StatsError("confidence level must be between 0 and 1 or between 1 and 100 (a percentage)");
    if (level > 1.0)
        level /= 100.0;
    if (level >= 1.0 || level < 0.5)
        throw StatsError("confidence level must be at least 50% and below 100%");

    Level& entry = m_levels[m_count++];
    entry.level = level;
    const boost::math::normal normal;
    entry.z = boost::math::quantile(normal, level + (1.0 - level) / 2.0);
    for (int x = 0; x < kExactCacheSize; ++x) {
        entry.exactLower[static_cast<std::size_t>(x)] = exactPoissonLower(x, level);
        entry.exactUpper[static_cast<std::size_t>(x)] = exactPoissonUpper(x, level);
    }
}

double ConfidenceLevels::exactLower(std::size_t i, double count) const
{
    if (count >= 0.0 && count < kExactCacheSize && count == std::floor(count))
        return m_levels[i].exactLower[static_cast<std::size_t>(count)];
    return exactPoissonLower(count, m_levels[i].level);
}

double ConfidenceLevels::exactUpper(std::size_t i, double count) const
{
    if (count >= 0.0 && count < kExactCacheSize && count == std::floor(count))
        return m_levels[i].exactUpper[static_cast<std::size_t>(count)];
    return exactPoissonUpper(count, m_levels[i].level);
}

std::string ConfidenceLevels::suffix(std::size_t i) const
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", m_levels[i].level * 100.0);
    std::string text(buffer);
    for (char& c : text) {
        if (c == '.')
            c = '_';
    }
    return text;
}

double byarsLower(double count, double z)
{
    const double term = 1.0 - 1.0 / (9.0 * count) - z / (3.0 * std::sqrt(count));
    const double lower = count * term * term * term;
    return lower < 0.0 ? kNaN : lower;
}

double byarsUpper(double count, double z)
{
    const double x = count + 1.0;
    const double term = 1.0 - 1.0 / (9.0 * x) + z / (3.0 * std::sqrt(x));
    return x * term * term * term;
}

double wilsonLower(double x, double n, double z)
{
    const double z2 = z * z;
    return (2.0 * x + z2 - z * std::sqrt(z2 + 4.0 * x * (1.0 - x / n))) / 2.0 / (n + z2);
}

double wilsonUpper(double x, double n, double z)
{
    const double z2 = z * z;
    return (2.0 * x + z2 + z * std::sqrt(z2 + 4.0 * x * (1.0 - x / n))) / 2.0 / (n + z2);
}

double exactPoissonLower(double count, double level)
{
    // qchisq(p, 0) is 0 in R; Boost needs a positive degrees of freedom.
    if (count <= 0.0)
        return 0.0;
    const boost::math::chi_squared chi(2.0 * count);
    return boost::math::quantile(chi, (1.0 - level) / 2.0) / 2.0;
}

double exactPoissonUpper(double count, double level)
{
    const boost::math::chi_squared chi(2.0 * count + 2.0);
    return boost::math::quantile(chi, level + (1.0 - level) / 2.0) / 2.0;
}

} // namespace jsna::stats
