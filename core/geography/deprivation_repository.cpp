// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geography/deprivation_repository.h"

#include "core/store/database.h"

namespace jsna::geography {

DeprivationRepository::DeprivationRepository(store::Database& database)
    : m_db(database)
{
}

void DeprivationRepository::upsert(const Deprivation& row)
{
    std::optional<qint64> decile;
    if (row.decile)
        decile = *row.decile;
    m_db.cached("INSERT INTO deprivation(area_code, edition, lsoa_vintage, score, rank, decile)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(area_code, edition) DO UPDATE SET"
                " lsoa_vintage = excluded.lsoa_vintage, score = excluded.score, rank = excluded.rank,"
                " decile = excluded.decile")
        .bind(1, row.areaCode)
        .bind(2, row.edition)
        .bind(3, row.lsoaVintage)
        .bind(4, row.score)
        .bind(5, row.rank)
        .bind(6, decile)
        .run();
}

QList<Deprivation> DeprivationRepository::forEdition(const QString& edition)
{
    store::Statement statement = m_db.prepare(
        "SELECT area_code, edition, lsoa_vintage, score, rank, decile FROM deprivation WHERE edition = ?1"
        " ORDER BY area_code");
    statement.bind(1, edition);
    QList<Deprivation> rows;
    while (statement.step()) {
        Deprivation row{statement.text(0), statement.text(1), static_cast<int>(statement.int64(2)),
                        statement.optionalReal(3), statement.optionalInt64(4), std::nullopt};
        if (!statement.isNull(5))
            row.decile = static_cast<int>(statement.int64(5));
        rows.append(row);
    }
    return rows;
}

QStringList DeprivationRepository::editions()
{
    store::Statement statement = m_db.prepare("SELECT DISTINCT edition FROM deprivation ORDER BY edition");
    QStringList editions;
    while (statement.step())
        editions.append(statement.text(0));
    return editions;
}

qint64 DeprivationRepository::count()
{
    return m_db.scalarInt64("SELECT count(*) FROM deprivation");
}

} // namespace jsna::geography
