// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/trend_query.h"

#include <QMap>

#include "core/epidemiology/epidemiology_data.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/project/project.h"

namespace jsna::epidemiology {

using indicators::IndicatorValue;

TrendData trendFor(EpidemiologyData& data, qint64 indicatorId, const QString& areaCode, ConfidenceLevel level,
                   const QStringList& extraComparators, const QString& sex)
{
    TrendData trend;
    trend.level = level;
    const indicators::Indicator* indicator = data.indicator(indicatorId);
    const geography::Area* area = data.area(areaCode);
    if (!indicator || !area)
        return trend;
    trend.indicator = *indicator;
    const HeadlineSet* set = data.headlines().of(indicatorId);
    for (const HeadlineSet* other : data.headlines().setsOf(indicatorId))
        if (other->sex == sex)
            set = other;
    if (!set)
        return trend;
    trend.sex = set->sex;
    trend.age = set->age;

    indicators::IndicatorValueRepository repository(data.project().database());
    const auto lineFor = [&](const geography::Area& a) {
        indicators::ValueQuery query;
        query.indicatorId = indicatorId;
        query.areaCode = a.code;
        query.sex = set->sex;
        query.age = set->age;
        return TrendLine{a, repository.find(query)};
    };
    trend.focus = lineFor(*area);
    QStringList codes{data.englandCode(), data.parentCode(areaCode)};
    codes.append(extraComparators);
    for (const QString& code : codes) {
        if (code.isEmpty() || code == areaCode)
            continue;
        if (const geography::Area* a = data.area(code))
            trend.comparators.append(lineFor(*a));
    }

    QMap<qint64, QString> periods;
    for (const IndicatorValue& v : trend.focus.points)
        periods.insert(v.periodSortable, v.period);
    for (const TrendLine& line : trend.comparators)
        for (const IndicatorValue& v : line.points)
            periods.insert(v.periodSortable, v.period);
    trend.periods = periods.values();

    const TrendLine* england = nullptr;
    for (const TrendLine& line : trend.comparators)
        if (line.area.code == data.englandCode())
            england = &line;
    for (const IndicatorValue& v : trend.focus.points) {
        const IndicatorValue* benchmark = nullptr;
        if (england)
            for (const IndicatorValue& e : england->points)
                if (e.period == v.period)
                    benchmark = &e;
        trend.comparisons.append(compareWith(v, benchmark, indicator->polarity, level));
    }
    trend.trend = recentTrendOf(trend.focus.points, *indicator);
    return trend;
}

} // namespace jsna::epidemiology
