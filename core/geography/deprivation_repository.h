// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "core/geography/area.h"

namespace jsna::store {
class Database;
}

namespace jsna::geography {

// IMD scores, ranks and deciles by small area and edition. Callers group bulk writes in a transaction.
class DeprivationRepository
{
public:
    explicit DeprivationRepository(store::Database& database);

    void upsert(const Deprivation& row);
    QList<Deprivation> forEdition(const QString& edition); // ordered by area code
    QStringList editions();
    qint64 count();

private:
    store::Database& m_db;
};

} // namespace jsna::geography
