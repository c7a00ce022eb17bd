// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geography/area_repository.h"

#include "core/store/database.h"

namespace jsna::geography {

namespace {

Area readArea(const store::Statement& row)
{
    return Area{row.text(0), row.text(1), row.text(2), row.text(3)};
}



} // namespace

AreaRepository::AreaRepository(store::Database& database)
    : m_db(database)
{
}

void AreaRepository::upsert(const Area& area)
{
    store::Statement& statement = m_db.cached(
        "INSERT INTO areas(code, name, area_type, parent_code) VALUES (?1, ?2, ?3, nullif(?4, ''))"
        " ON CONFLICT(code) DO UPDATE SET name = excluded.name, area_type = excluded.area_type,"
        " parent_code = excluded.parent_code");
    statement.bind(1, area.code).bind(2, area.name).bind(3, area.type).bind(4, area.parentCode).run();
}

void AreaRepository::upsertMany(std::span<const Area> areas)
{
    for (const Area& area : areas)
        upsert(area);
}

std::optional<Area> AreaRepository::find(const QString& code)
{
    store::Statement statement = m_db.prepare(
        "SELECT code, name, area_type, coalesce(parent_code, '') FROM areas WHERE code = ?1");
    statement.bind(1, code);
    if (!statement.step())
        return std::nullopt;
    return readArea(statement);
}

QList<Area> AreaRepository::byType(const QString& type)
{
    store::Statement statement = m_db.prepare(
        "SELECT code, name, area_type, coalesce(parent_code, '') FROM areas WHERE area_type = ?1 ORDER BY name");
    statement.bind(1, type);
    QList<Area> areas;
    while (statement.step())
        areas.append(readArea(statement));
    return areas;
}

QList<Area> AreaRepository::children(const QString& parentCode)
{
    store::Statement statement = m_db.prepare(
        "SELECT code, name, area_type, coalesce(parent_code, '') FROM areas WHERE parent_code = ?1 ORDER BY name");
    statement.bind(1, parentCode);
    QList<Area> areas;
    while (statement.step())
        areas.append(readArea(statement));
    return areas;
}

qint64 AreaRepository::count()
{
    return m_db.scalarInt64("SELECT count(*) FROM areas");
}

QHash<QString, qint64> AreaRepository::countByType()
{
    store::Statement statement = m_db.prepare("SELECT area_type, count(*) FROM areas GROUP BY area_type");
    QHash<QString, qint64> counts;
    while (statement.step())
        counts.insert(statement.text(0), statement.int64(1));
    return counts;
}

void AreaRepository::upsertLookup(const QString& childCode, const QString& relation, const QString& vintage,
                                  const QString& parentCode)
{
    m_db.cached("INSERT INTO area_lookups(child_code, relation, vintage, parent_code) VALUES (?1, ?2, ?3, ?4)"
                " ON CONFLICT(child_code, relation, vintage) DO UPDATE SET parent_code = excluded.parent_code")
        .bind(1, childCode)
        .bind(2, relation)
        .bind(3, vintage)
        .bind(4, parentCode)
        .run();
}

QHash<QString, QString> AreaRepository::lookup(const QString& relation, const QString& vintage)
{
    store::Statement statement = m_db.prepare(
        "SELECT child_code, parent_code FROM area_lookups WHERE relation = ?1 AND (?2 = '' OR vintage = ?2)");
    statement.bind(1, relation).bind(2, vintage);
    QHash<QString, QString> links;
    while (statement.step())
        links.insert(statement.text(0), statement.text(1));
    return links;
}

} // namespace jsna::geography
