// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace jsna::geography {

// Area types as stored in areas.area_type.
namespace area_type {
inline constexpr char16_t kEngland[] = u"england";
inline constexpr char16_t kRegion[] = u"region";
inline constexpr char16_t kUpperTierLa[] = u"upper-tier-la";
inline constexpr char16_t kLowerTierLa[] = u"lower-tier-la";
inline constexpr char16_t kWard[] = u"ward";
inline constexpr char16_t kMsoa[] = u"msoa";
inline constexpr char16_t kLsoa[] = u"lsoa";
} // namespace area_type

// A geographic area with its ONS GSS code (e.g. E09000011) and its parent in the hierarchy.
struct Area
{
    QString code;
    QString name;
    QString type;
    QString parentCode; // empty at the top (England)

    bool operator==(const Area&) const = default;
};

// The area type a GSS code's prefix implies (E01 -> lsoa, E92 -> england, ...), or empty if unknown.
QString areaTypeForCode(const QString& code);

// A readable name for an area type ("upper-tier-la" -> "Upper-tier local authority").
QString areaTypeLabel(const QString& type);

// IMD rank/decile of a small area in one edition of the English Indices of Deprivation.
struct Deprivation
{
    QString areaCode;
    QString edition;      // IMD2019, IMD2025
    int lsoaVintage = 0;  // 2011 or 2021
    std::optional<double> score;
    std::optional<qint64> rank;
    std::optional<int> decile; // 1 = most deprived

    bool operator==(const Deprivation&) const = default;
};

} // namespace jsna::geography
