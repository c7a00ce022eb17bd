// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jsna::stats {

// Value notes shared by several methods.
inline constexpr std::string_view kNoteMissingInput = "missing input: value not calculated";

// "row 12: " for error messages (rows are reported 1-based), or "" when row is StatsError::npos.
std::string rowPrefix(std::size_t row);
// A number as the messages show it: up to 10 significant digits.
std::string formatNumber(double value);

void requireMultiplier(double multiplier);
void requireOutputSize(std::size_t inputs, std::size_t outputs);

} // namespace jsna::stats
