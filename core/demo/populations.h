// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demo_model.h"

namespace jsna::demo {

// Fills model.population (and England's by national IMD decile) for every area and year, by sex and
// 5-year band: LSOAs first, summed into wards and the borough; the peers, region and England from
// their own pyramids. Sets each ward's and the borough's deprivation from its LSOAs. Call after
// buildGeography().
void buildPopulations(DemoModel& model);

// How a population's age structure leans with deprivation (younger where more deprived): a factor
// for band b at deprivation d (see DemoArea::deprivation).
double deprivationAgeFactor(double deprivation, int band);

} // namespace jsna::demo
