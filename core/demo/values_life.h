// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace jsna::demo {

class ValueBuilder;

// Life expectancy at birth and at 65 (England, region, borough, peers; at birth also wards, national
// deprivation quintiles and the borough's own deciles), healthy life expectancy, and the slope index
// of inequality in life expectancy, all by sex, from the stored deaths and populations.
void addLifeExpectancyValues(ValueBuilder& builder, std::size_t spec);
void addHealthyLifeExpectancyValues(ValueBuilder& builder, std::size_t spec);
void addSiiValues(ValueBuilder& builder, std::size_t spec);

} // namespace jsna::demo
