// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace jsna::stats {

// Invalid input to a statistical method (a count above its denominator, a negative population, ...).
// row is the 0-based index of the offending input row when the method works on many rows, or npos.
class StatsError : public std::invalid_argument
{
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    explicit StatsError(const std::string& message, std::size_t row = npos);
    std::size_t row() const noexcept { return m_row; }

private:
    std::size_t m_row;
};

} // namespace jsna::stats
