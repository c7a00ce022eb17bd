// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geography/area.h"

#include <array>
#include <utility>

namespace jsna::geography {

QString areaTypeForCode(const QString& code)
{
    static const std::array<std::pair<const char16_t*, const char16_t*>, 10> kPrefixes{{
        {u"E92", area_type::kEngland},
        {u"E12", area_type::kRegion},
        {u"E06", area_type::kUpperTierLa},
        {u"E08", area_type::kUpperTierLa},
        {u"E09", area_type::kUpperTierLa},
        {u"E10", area_type::kUpperTierLa},
        {u"E07", area_type::kLowerTierLa},
        {u"E05", area_type::kWard},
        {u"E02", area_type::kMsoa},
        {u"E01", area_type::kLsoa},
    }};
    for (const auto& [prefix, type] : kPrefixes)
        if (code.startsWith(QStringView(prefix)))
            return QString::fromUtf16(type);
    return {};
}

QString areaTypeLabel(const QString& type)
{
    if (type == area_type::kEngland)
        return QStringLiteral("Country");
    if (type == area_type::kRegion)
        return QStringLiteral("Region");
    if (type == area_type::kUpperTierLa)
        return QStringLiteral("Upper-tier local authority");
    if (type == area_type::kLowerTierLa)
        return QStringLiteral("District");
    if (type == area_type::kWard)
        return QStringLiteral("Electoral ward");
    if (type == area_type::kMsoa)
        return QStringLiteral("MSOA");
    if (type == area_type::kLsoa)
        return QStringLiteral("LSOA");
    return type;
}

} // namespace jsna::geography
