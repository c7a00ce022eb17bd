// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/demo/demo_model.h"

namespace jsna::demo {

// The synthetic borough and its surroundings. Codes of made-up areas use numbers far above any real
// ONS code of their type (E06000990 and up, E05990001 and up, E01990001 and up), so they cannot be
// mistaken for, or clash with, real areas when real data are imported beside them.
inline constexpr char16_t kEnglandCode[] = u"E92000001";
inline constexpr char16_t kRegionCode[] = u"E12000008"; // South East
inline constexpr char16_t kBoroughCode[] = u"E06000990";
inline constexpr char16_t kBoroughName[] = u"Harbourgate (synthetic)";
inline constexpr int kNationalLsoaCount = 32844; // LSOAs (2011) ranked by IMD2019
inline constexpr char16_t kLookupVintage[] = u"2019";

// Adds England, the region, the borough, eight peer authorities, 20 wards and 150 LSOAs (each with a
// ward and IMD2019 score, rank and decile, skewed towards deprivation as in a port city) to model.
void buildGeography(DemoModel& model);

// IMD2019 score at a national rank (1 = most deprived): a monotone approximation of the published
// distribution, so scores, ranks and deciles agree.
double imdScoreForRank(std::int64_t rank);
// National decile (1 = most deprived) of a rank among the 32,844 LSOAs.
int imdDecileForRank(std::int64_t rank);

} // namespace jsna::demo
