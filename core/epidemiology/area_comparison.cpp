// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/area_comparison.h"

#include "core/epidemiology/epidemiology_data.h"

namespace jsna::epidemiology {

QStringList defaultComparisonAreas(EpidemiologyData& data, const QString& focusCode)
{
    QStringList codes;
    const QString england = data.englandCode();
    if (!england.isEmpty())
        codes.append(england);
    const QString parent = data.parentCode(focusCode);
    if (!parent.isEmpty())
        codes.append(parent);
    const geography::Area* focus = data.area(focusCode);
    if (!focus)
        return codes;
    codes.append(focusCode);
    for (const geography::Area& a : data.areasOfType(focus->type))
        if (a.code != focusCode)
            codes.append(a.code);
    return codes;
}

AreaComparison compareAreas(EpidemiologyData& data, const QStringList& areaCodes, ConfidenceLevel level)
{
    AreaComparison result;
    result.level = level;
    const QString englandCode = data.englandCode();
    if (const geography::Area* e = data.area(englandCode))
        result.englandName = e->name;
    for (const QString& code : areaCodes)
        if (const geography::Area* a = data.area(code))
            result.areas.append(*a);

    const HeadlineIndex& index = data.headlines();
    for (const indicators::Indicator& indicator : data.indicators()) {
        for (const HeadlineSet* set : index.setsOf(indicator.id)) {
            const indicators::IndicatorValue* england = set->find(englandCode);
            QList<ComparisonCell> row;
            row.reserve(result.areas.size());
            for (const geography::Area& a : result.areas) {
                ComparisonCell cell;
                if (const indicators::IndicatorValue* v = set->find(a.code)) {
                    cell.value = *v;
                    if (a.code != englandCode)
                        cell.comparison = compareWith(*v, england, indicator.polarity, level);
                }
                row.append(std::move(cell));
            }
            result.indicators.append(indicator);
            result.periods.append(set->period);
            result.labels.append(set->sex == u"Persons" ? indicator.name
                                                        : QStringLiteral("%1 (%2)").arg(indicator.name, set->sex));
            result.cells.append(std::move(row));
        }
    }
    return result;
}

} // namespace jsna::epidemiology
