// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna::ui::models {

// An indicator value as Fingertips prints it: one decimal place below 100, none above, with the
// unit where it reads naturally ("12.3%", "1,234 per 100,000", "79.4 years").
QString formatValue(double value, const QString& unit);
// A value without its unit, for table cells under a unit column.
QString formatNumber(double value);
// A whole count with thousands separators: "12,345".
QString formatCount(qint64 count);
// "1 domain", "3 domains": the count with the noun in the matching number.
QString countOf(qint64 count, const QString& singular, const QString& plural);

} // namespace jsna::ui::models
