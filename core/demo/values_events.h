// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace jsna::demo {

class ValueBuilder;

// DSRs of a stored event measure: persons, males and females for England, the region, the borough and
// its peers; persons for wards, national deprivation quintiles and age groups where the spec asks.
void addMeasureDsrValues(ValueBuilder& builder, std::size_t spec);
// DSRs of causes of death under 75 drawn as a share of the stored deaths (preventable, respiratory).
void addDerivedDsrValues(ValueBuilder& builder, std::size_t spec);
// The excess winter deaths index from the stored deaths of each year.
void addExcessWinterDeathsValues(ValueBuilder& builder, std::size_t spec);

} // namespace jsna::demo
