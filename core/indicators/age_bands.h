// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jsna::indicators {

// The nineteen 5-year bands of the 2013 European Standard Population, as stored in
// populations.age_band and event_counts.age_band: 0-4, 5-9, ..., 85-89, 90+.
const QStringList& fiveYearAgeBands();

// The band a single year of age falls in (90 and over -> "90+"). age must be >= 0.
QString fiveYearAgeBandFor(int age);

// Sex labels as Fingertips writes them.
namespace sex {
inline constexpr char16_t kPersons[] = u"Persons";
inline constexpr char16_t kMale[] = u"Male";
inline constexpr char16_t kFemale[] = u"Female";
} // namespace sex

} // namespace jsna::indicators
