// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "core/indicators/indicator.h"

namespace jsna::store {
class Database;
}

namespace jsna::indicators {

// Reads and writes indicator definitions. Used on the thread that owns the Database.
class IndicatorRepository
{
public:
    explicit IndicatorRepository(store::Database& database);

    // Inserts a new indicator (id 0) or updates one (by id, or by Fingertips id when id is 0 and an
    // indicator with that Fingertips id exists). Returns the stored id.
    qint64 save(const Indicator& indicator);

    std::optional<Indicator> find(qint64 id);
    std::optional<Indicator> findByFingertipsId(qint64 fingertipsId);
    QList<Indicator> all(); // ordered by domain, then name
    qint64 count();

private:
    store::Database& m_db;
};

} // namespace jsna::indicators
