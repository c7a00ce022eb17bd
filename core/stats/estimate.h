// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <string_view>

namespace jsna::stats {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Most confidence levels one call computes side by side (95 and 99.8 by default).
inline constexpr std::size_t kMaxConfidenceLevels = 4;

struct Interval
{
    double lower = kNaN;
    double upper = kNaN;
};

// How a value and its limits were computed (the R package's `method` column).
enum class Method
{
    None,
    Wilson,
    Byars,
    Exact,
    Dobson,
    StudentT,
    ChiangSilcocks,
    Simulation,
};

// The text PHEindicatormethods writes in its `method` column.
std::string_view methodName(Method method);

// A statistic with its confidence limits at each requested level, in the order the levels were given.
// Plain value type, no allocation: batch APIs fill millions of these. note is a fixed text (empty when
// there is nothing to say), e.g. why the value is missing.
struct Estimate
{
    double value = kNaN;
    std::array<Interval, kMaxConfidenceLevels> limits{};
    std::size_t levelCount = 0;
    Method method = Method::None;
    std::string_view note;

    const Interval& at(std::size_t level) const { return limits[level]; }
    bool hasValue() const { return value == value; }
};

} // namespace jsna::stats
