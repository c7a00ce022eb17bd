// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/inequality_query.h"
#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

// One breakdown of an indicator for an area: a bar per group with its confidence interval, coloured by
// comparison with the area's overall value (drawn as a line), and the SII/RII and gap in the notes.
ChartSpec buildInequalityChart(const jsna::epidemiology::InequalityData& data, const jsna::epidemiology::Breakdown& breakdown);

// "SII -20.0 (95% CI -23.1 to -16.9); RII 0.43 ...", or the reason there is none.
QString describeGradient(const jsna::epidemiology::DeprivationGradient& gradient, const indicators::Indicator& indicator);

} // namespace jsna::ui::charts
