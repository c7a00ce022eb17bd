// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicator_value_repository.h"

#include "core/store/database.h"

namespace jsna::indicators {

IndicatorValueRepository::IndicatorValueRepository(store::Database& database)
    : m_db(database)
{
}

void IndicatorValueRepository::upsert(const IndicatorValue& v)
{
    m_db.cached("INSERT INTO indicator_values(indicator_id, area_code, period, period_sortable, sex, age,"
                " category_type, category, value, lower95, upper95, lower998, upper998, count, denominator,"
                " value_note, method, confidence, provenance) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"
                " ON CONFLICT(indicator_id, area_code, period, sex, age, category_type, category) DO UPDATE SET"
                " period_sortable = excluded.period_sortable, value = excluded.value,"
                " lower95 = excluded.lower95, upper95 = excluded.upper95, lower998 = excluded.lower998,"
                " upper998 = excluded.upper998, count = excluded.count, denominator = excluded.denominator,"
                " value_note = excluded.value_note, method = excluded.method,"
                " confidence = excluded.confidence, provenance = excluded.provenance")
        .bind(1, v.indicatorId)
        .bind(2, v.areaCode)
        .bind(3, v.period)
        .bind(4, v.periodSortable)
        .bind(5, v.sex)
        .bind(6, v.age)
        .bind(7, v.categoryType)
        .bind(8, v.category)
        .bind(9, v.value)
        .bind(10, v.lower95)
        .bind(11, v.upper95)
        .bind(12, v.lower998)
        .bind(13, v.upper998)
        .bind(14, v.count)
        .bind(15, v.denominator)
        .bind(16, v.valueNote)
        .bind(17, v.method)
        .bind(18, v.confidence)
        .bind(19, v.provenance)
        .run();
}

void IndicatorValueRepository::upsertMany(std::span<const IndicatorValue> values)
{
    for (const IndicatorValue& value : values)
        upsert(value);
}

QList<IndicatorValue> IndicatorValueRepository::find(const ValueQuery& q)
{
    store::Statement& statement = m_db.cached(
        "SELECT indicator_id, area_code, period, period_sortable, sex, age, category_type, category, value,"
        " lower95, upper95, lower998, upper998, count, denominator, value_note, method, confidence, provenance"
        " FROM indicator_values WHERE indicator_id = ?1 AND (?2 = '' OR area_code = ?2)"
        " AND (?3 = '' OR period = ?3) AND (?4 = '' OR sex = ?4) AND (?5 = '' OR age = ?5)"
        " AND (?7 OR category_type = ?6)"
        " ORDER BY period_sortable, area_code, sex, age, category_type, category");
    statement.bind(1, q.indicatorId)
        .bind(2, q.areaCode)
        .bind(3, q.period)
        .bind(4, q.sex)
        .bind(5, q.age)
        .bind(6, q.categoryType)
        .bind(7, q.anyCategory ? 1 : 0);
    QList<IndicatorValue> values;
    while (statement.step()) {
        IndicatorValue v;
        v.indicatorId = statement.int64(0);
        v.areaCode = statement.text(1);
        v.period = statement.text(2);
        v.periodSortable = statement.int64(3);
        v.sex = statement.text(4);
        v.age = statement.text(5);
        v.categoryType = statement.text(6);
        v.category = statement.text(7);
        v.value = statement.optionalReal(8);
        v.lower95 = statement.optionalReal(9);
        v.upper95 = statement.optionalReal(10);
        v.lower998 = statement.optionalReal(11);
        v.upper998 = statement.optionalReal(12);
        v.count = statement.optionalReal(13);
        v.denominator = statement.optionalReal(14);
        v.valueNote = statement.text(15);
        v.method = statement.text(16);
        v.confidence = statement.text(17);
        v.provenance = statement.text(18);
        values.append(v);
    }
    statement.reset();
    return values;
}

QString IndicatorValueRepository::latestPeriod(qint64 indicatorId)
{
    store::Statement& statement = m_db.cached(
        "SELECT period FROM indicator_values WHERE indicator_id = ?1 ORDER BY period_sortable DESC LIMIT 1");
    statement.bind(1, indicatorId);
    const QString period = statement.step() ? statement.text(0) : QString();
    statement.reset();
    return period;
}

qint64 IndicatorValueRepository::count()
{
    return m_db.scalarInt64("SELECT count(*) FROM indicator_values");
}

} // namespace jsna::indicators
