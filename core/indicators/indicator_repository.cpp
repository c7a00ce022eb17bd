// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicator_repository.h"

#include "core/store/database.h"

namespace jsna::indicators {

namespace {

#define JSNA_INDICATOR_COLUMNS                                                                              \
    "SELECT id, fingertips_id, name, definition, unit, value_type, multiplier, polarity, domain, source,"   \
    " caveats FROM indicators "

Indicator readIndicator(const store::Statement& row)
{
    Indicator indicator;
    indicator.id = row.int64(0);
    indicator.fingertipsId = row.optionalInt64(1);
    indicator.name = row.text(2);
    indicator.definition = row.text(3);
    indicator.unit = row.text(4);
    indicator.valueType = valueTypeFromStorage(row.text(5));
    indicator.multiplier = row.real(6);
    indicator.polarity = polarityFromStorage(row.text(7));
    indicator.domain = row.text(8);
    indicator.source = row.text(9);
    indicator.caveats = row.text(10);
    return indicator;
}

} // namespace

IndicatorRepository::IndicatorRepository(store::Database& database)
    : m_db(database)
{
}

qint64 IndicatorRepository::save(const Indicator& indicator)
{
    qint64 id = indicator.id;
    if (id == 0 && indicator.fingertipsId) {
        if (const auto existing = findByFingertipsId(*indicator.fingertipsId))
            id = existing->id;
    }
    store::Statement& statement = m_db.cached(
        "INSERT INTO indicators(id, fingertips_id, name, definition, unit, value_type, multiplier, polarity,"
        " domain, source, caveats) VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
        " ON CONFLICT(id) DO UPDATE SET fingertips_id = excluded.fingertips_id, name = excluded.name,"
        " definition = excluded.definition, unit = excluded.unit, value_type = excluded.value_type,"
        " multiplier = excluded.multiplier, polarity = excluded.polarity, domain = excluded.domain,"
        " source = excluded.source, caveats = excluded.caveats");
    statement.bind(1, id)
        .bind(2, indicator.fingertipsId)
        .bind(3, indicator.name)
        .bind(4, indicator.definition)
        .bind(5, indicator.unit)
        .bind(6, toStorage(indicator.valueType))
        .bind(7, indicator.multiplier)
        .bind(8, toStorage(indicator.polarity))
        .bind(9, indicator.domain)
        .bind(10, indicator.source)
        .bind(11, indicator.caveats)
        .run();
    return id != 0 ? id : m_db.lastInsertRowId();
}

std::optional<Indicator> IndicatorRepository::find(qint64 id)
{
    store::Statement statement = m_db.prepare(JSNA_INDICATOR_COLUMNS "WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return readIndicator(statement);
}

std::optional<Indicator> IndicatorRepository::findByFingertipsId(qint64 fingertipsId)
{
    store::Statement statement = m_db.prepare(JSNA_INDICATOR_COLUMNS "WHERE fingertips_id = ?1");
    statement.bind(1, fingertipsId);
    if (!statement.step())
        return std::nullopt;
    return readIndicator(statement);
}

QList<Indicator> IndicatorRepository::all()
{
    store::Statement statement = m_db.prepare(JSNA_INDICATOR_COLUMNS "ORDER BY domain, name");
    QList<Indicator> indicators;
    while (statement.step())
        indicators.append(readIndicator(statement));
    return indicators;
}

qint64 IndicatorRepository::count()
{
    return m_db.scalarInt64("SELECT count(*) FROM indicators");
}

#undef JSNA_INDICATOR_COLUMNS

} // namespace jsna::indicators
