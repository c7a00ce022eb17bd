// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demo_model.h"

namespace jsna::demo {

// Fills model.events (and England's by national decile) for every measure of measureCatalogue(): drawn
// for each LSOA, peer, the region and each of England's deciles from England's age-specific rates, the
// year's level, a deprivation gradient and an area effect, then summed into wards, the borough and
// England. Call after buildPopulations().
void buildEvents(DemoModel& model);

} // namespace jsna::demo
