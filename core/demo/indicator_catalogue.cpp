// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/indicator_catalogue.h"

#include <vector>

namespace jsna::demo {

std::span<const IndicatorSpec> indicatorCatalogue()
{
    static const std::vector<IndicatorSpec> all = [] {
        std::vector<IndicatorSpec> specs;
        for (const auto part : {outcomeIndicators(), determinantIndicators(), improvementIndicators()})
            specs.insert(specs.end(), part.begin(), part.end());
        return specs;
    }();
    return all;
}

indicators::Indicator toIndicator(const IndicatorSpec& spec)
{
    indicators::Indicator indicator;
    if (spec.fingertipsId != 0)
        indicator.fingertipsId = spec.fingertipsId;
    indicator.name = QString::fromUtf16(spec.name);
    indicator.definition = QString::fromUtf16(spec.definition);
    indicator.unit = QString::fromUtf16(spec.unit);
    indicator.valueType = spec.valueType;
    indicator.multiplier = spec.multiplier;
    indicator.polarity = spec.polarity;
    indicator.domain = QString::fromUtf16(spec.domain);
    indicator.source = QString::fromUtf16(spec.source);
    indicator.caveats = QString::fromUtf16(spec.caveats);
    return indicator;
}

QString periodLabel(PeriodKind kind, int yearIndex)
{
    const int year = kFirstYear + yearIndex;
    if (kind == PeriodKind::Financial)
        return QStringLiteral("%1/%2").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    return QString::number(year);
}

qint64 periodSortable(int yearIndex)
{
    return static_cast<qint64>(kFirstYear + yearIndex) * 10000;
}

} // namespace jsna::demo
