// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/stats_error.h"

namespace jsna::stats {

StatsError::StatsError(const std::string& message, std::size_t row)
    : std::invalid_argument(message)
    , m_row(row)
{
}

} // namespace jsna::stats
