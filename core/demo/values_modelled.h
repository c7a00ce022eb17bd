// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace jsna::demo {

class ValueBuilder;

// Values of a Generation::Modelled indicator: each area's level is England's value for the year shifted
// by the area's deprivation (on the log-odds or log-rate scale) and its own effect; numerators are then
// drawn (binomial or Poisson) over the area's denominator and the value and limits computed from them.
// Adds rows by sex, ethnic group, ward and national deprivation quintile where the spec asks.
void addModelledValues(ValueBuilder& builder, std::size_t spec);

} // namespace jsna::demo
