// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

#include <QString>

#include "core/demo/demo_model.h"
#include "core/indicators/indicator.h"

namespace jsna {
class Progress;
}

namespace jsna::project {
class Project;
}

namespace jsna::demo {

struct DemoOptions
{
    std::uint64_t seed = kDefaultSeed;
};

// What generateDemo() wrote.
struct DemoSummary
{
    QString boroughName;
    int areas = 0;
    int wards = 0;
    int lsoas = 0;
    int peers = 0;
    int years = 0;
    int indicators = 0;
    qint64 values = 0;
    qint64 populationRows = 0;
    qint64 eventRows = 0;
};

// The demo's areas, populations and event counts, in memory. Same seed, same model.
DemoModel buildDemoModel(std::uint64_t seed);
// The values of every indicator of indicatorCatalogue() (indicatorId = the indicator's index there).
std::vector<indicators::IndicatorValue> buildDemoValues(const DemoModel& model, Progress& progress);

// Writes the synthetic demo borough into project, which must hold no areas, indicators or values yet,
// in one transaction: a cancel (Canceled) or an error (ProjectError) leaves the project as it was.
// Announces the changed tables on the project's notifier after the commit. Deterministic: the same seed
// writes the same rows.
DemoSummary generateDemo(project::Project& project, Progress& progress, const DemoOptions& options = {});

} // namespace jsna::demo
