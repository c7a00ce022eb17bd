// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/area_profile.h"

#include <algorithm>

#include <QSet>

#include "core/epidemiology/epidemiology_data.h"
#include "core/project/project.h"
#include "core/store/database.h"

namespace jsna::epidemiology {

using indicators::IndicatorValue;

namespace {

// All headline (no breakdown) values of one area, every indicator, period, sex and age: one query on
// the (area_code, indicator_id) index.
QHash<qint64, QList<IndicatorValue>> areaSeries(store::Database& db, const QString& areaCode)
{
    store::Statement& statement = db.cached(
        "SELECT indicator_id, period, period_sortable, sex, age, value, lower95, upper95, lower998, upper998,"
        " count, denominator, value_note, method, confidence, provenance"
        " FROM indicator_values WHERE area_code = ?1 AND category_type = ''"
        " ORDER BY indicator_id, period_sortable");
    statement.bind(1, areaCode);
    QHash<qint64, QList<IndicatorValue>> byIndicator;
    while (statement.step()) {
        IndicatorValue v;
        v.indicatorId = statement.int64(0);
        v.areaCode = areaCode;
        v.period = statement.text(1);
        v.periodSortable = statement.int64(2);
        v.sex = statement.text(3);
        v.age = statement.text(4);
        v.value = statement.optionalReal(5);
        v.lower95 = statement.optionalReal(6);
        v.upper95 = statement.optionalReal(7);
        v.lower998 = statement.optionalReal(8);
        v.upper998 = statement.optionalReal(9);
        v.count = statement.optionalReal(10);
        v.denominator = statement.optionalReal(11);
        v.valueNote = statement.text(12);
        v.method = statement.text(13);
        v.confidence = statement.text(14);
        v.provenance = statement.text(15);
        byIndicator[v.indicatorId].append(std::move(v));
    }
    statement.reset();
    return byIndicator;
}

} // namespace

QString ProfileRow::label() const
{
    return sex.isEmpty() || sex == u"Persons" ? indicator.name : QStringLiteral("%1 (%2)").arg(indicator.name, sex);
}

int AreaProfile::countOf(stats::Comparison comparison) const
{
    return static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [comparison](const ProfileRow& r) { return r.comparison == comparison; }));
}

Spread spreadOf(const QList<IndicatorValue>& values, const QList<QString>& areaCodes)
{
    const QSet<QString> wanted(areaCodes.cbegin(), areaCodes.cend());
    QList<double> sorted;
    for (const IndicatorValue& v : values)
        if (v.value && wanted.contains(v.areaCode))
            sorted.append(*v.value);
    std::sort(sorted.begin(), sorted.end());
    Spread spread;
    spread.areas = static_cast<int>(sorted.size());
    if (sorted.isEmpty())
        return spread;
    spread.lowest = sorted.first();
    spread.highest = sorted.last();
    spread.q25 = percentileOfSorted(sorted, 0.25);
    spread.median = percentileOfSorted(sorted, 0.5);
    spread.q75 = percentileOfSorted(sorted, 0.75);
    return spread;
}

AreaProfile buildAreaProfile(EpidemiologyData& data, const QString& areaCode, ConfidenceLevel level)
{
    AreaProfile profile;
    profile.level = level;
    const geography::Area* area = data.area(areaCode);
    if (!area)
        return profile;
    profile.area = *area;
    const QString englandCode = data.englandCode();
    const QString parentCode = data.parentCode(areaCode);
    if (const geography::Area* e = data.area(englandCode))
        profile.englandName = e->name;
    if (const geography::Area* p = data.area(parentCode))
        profile.parentName = p->name;
    profile.comparatorType = area->type;

    QList<QString> comparators;
    for (const geography::Area& a : data.areas())
        if (a.type == area->type)
            comparators.append(a.code);

    const HeadlineIndex& index = data.headlines();
    const QHash<qint64, QList<IndicatorValue>> series = areaSeries(data.project().database(), areaCode);
    for (const indicators::Indicator& indicator : data.indicators()) {
        const QList<IndicatorValue> own = series.value(indicator.id);
        for (const HeadlineSet* set : index.setsOf(indicator.id)) {
            ProfileRow row;
            row.indicator = indicator;
            row.period = set->period;
            row.sex = set->sex;
            row.age = set->age;
            if (const IndicatorValue* v = set->find(areaCode))
                row.area = *v;
            const IndicatorValue* england = set->find(englandCode);
            if (england)
                row.england = *england;
            const IndicatorValue* parent = parentCode.isEmpty() ? nullptr : set->find(parentCode);
            if (parent)
                row.parent = *parent;
            row.spread = spreadOf(set->values, comparators);
            if (row.area) {
                row.comparison = compareWith(*row.area, england, indicator.polarity, level);
                row.parentComparison = compareWith(*row.area, parent, indicator.polarity, level);
            }
            for (const IndicatorValue& v : own)
                if (v.sex == set->sex && v.age == set->age)
                    row.series.append(v);
            row.trend = recentTrendOf(row.series, indicator);
            profile.rows.append(std::move(row));
        }
    }
    return profile;
}

} // namespace jsna::epidemiology
