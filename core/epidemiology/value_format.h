// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna::epidemiology {

// Numbers as Fingertips prints them: one decimal place below 1,000, none above, thousands separated.
QString formatNumber(double value);
// A number with its unit where it reads naturally: "12.3%", "1,234 per 100,000", "79.4 years".
QString formatIndicatorValue(double value, const QString& unit);
// A count: "12,345" (one decimal place for non-integers such as pooled averages).
QString formatCount(double count);

} // namespace jsna::epidemiology
