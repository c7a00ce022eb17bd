// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/demo/demo_generator.h"

namespace jsna::store {
class Database;
}

namespace jsna::demo {

// Writes a built demo through the repositories. Opens no transaction (the caller holds one); checks
// progress for a cancel between batches. Returns the rows written.
DemoSummary writeDemo(store::Database& database, const DemoModel& model,
                      std::vector<indicators::IndicatorValue>& values, Progress& progress);

// Project settings the demo sets: disclosure control as NHS England's HES rule (counts 1-7 suppressed,
// others rounded to 5).
void writeDemoSettings(store::Database& database);

} // namespace jsna::demo
