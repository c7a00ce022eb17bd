// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/validation.h"

#include <cmath>
#include <cstdio>

#include "core/stats/stats_error.h"

namespace jsna::stats {

std::string rowPrefix(std::size_t row)
{
    if (row == StatsError::npos)
        return {};
    return "row " + std::to_string(row + 1) + ": ";
}

std::string formatNumber(double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

void requireMultiplier(double multiplier)
{
    if (!std::isfinite(multiplier) || multiplier <= 0.0)
        throw StatsError("multiplier must be a positive number");
}

void requireOutputSize(std::size_t inputs, std::size_t outputs)
{
    if (outputs < inputs)
        throw StatsError("output span is shorter than the input");
}

} // namespace jsna::stats
