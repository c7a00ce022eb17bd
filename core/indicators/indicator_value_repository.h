// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QList>

#include "core/indicators/indicator.h"

namespace jsna::store {
class Database;
}

namespace jsna::indicators {

// Which values to read: one indicator, optionally narrowed. Empty strings match everything except
// for categoryType, where empty means "no breakdown" (the headline value).
struct ValueQuery
{
    qint64 indicatorId = 0;
    QString areaCode;
    QString period;
    QString sex;
    QString age;
    QString categoryType;
    bool anyCategory = false; // true: include every breakdown, ignoring categoryType
};

// Reads and writes indicator values. Writes do not open transactions: callers group bulk writes in
// one store::Transaction. Used on the thread that owns the Database.
class IndicatorValueRepository
{
public:
    explicit IndicatorValueRepository(store::Database& database);

    // Inserts or replaces by (indicator, area, period, sex, age, category type, category).
    void upsert(const IndicatorValue& value);
    void upsertMany(std::span<const IndicatorValue> values);

    // Ordered by period, then area code, sex, age, category.
    QList<IndicatorValue> find(const ValueQuery& query);
    // The most recent period (by period_sortable) an indicator has values for, or empty.
    QString latestPeriod(qint64 indicatorId);
    qint64 count();

private:
    store::Database& m_db;
};

} // namespace jsna::indicators
