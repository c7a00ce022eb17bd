// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

#include <QHash>
#include <QList>

#include "core/geography/area.h"

namespace jsna::store {
class Database;
}

namespace jsna::geography {

// Reads and writes areas and area lookups. Writes do not open transactions: callers group bulk
// writes in one store::Transaction. Used on the thread that owns the Database.
class AreaRepository
{
public:
    explicit AreaRepository(store::Database& database);

    // Inserts or updates by code.
    void upsert(const Area& area);
    void upsertMany(std::span<const Area> areas);

    std::optional<Area> find(const QString& code);
    QList<Area> byType(const QString& type);        // ordered by name
    QList<Area> children(const QString& parentCode); // ordered by name
    qint64 count();
    QHash<QString, qint64> countByType();

    // child -> parent links of one relation (lsoa-ward, lsoa-msoa, ward-la, ...) and vintage.
    void upsertLookup(const QString& childCode, const QString& relation, const QString& vintage,
                      const QString& parentCode);
    QHash<QString, QString> lookup(const QString& relation, const QString& vintage = {});

private:
    store::Database& m_db;
};

} // namespace jsna::geography
