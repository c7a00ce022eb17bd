// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "core/indicators/indicator.h"

namespace jsna::store {
class Database;
}

namespace jsna::epidemiology {

// The latest headline values of one indicator: every area's value for the indicator's most recent
// period, in its headline sex and age (Persons where published), without breakdowns.
struct HeadlineSet
{
    qint64 indicatorId = 0;
    QString period;
    qint64 periodSortable = 0;
    QString sex;
    QString age;
    QList<indicators::IndicatorValue> values; // one per area
    QHash<QString, qsizetype> byArea;

    const indicators::IndicatorValue* find(const QString& areaCode) const;
};

// The cached aggregate behind the area profile, the compare-areas table and the funnel plot: the
// latest headline set of every indicator, built with one scan of indicator_values so that no view
// queries per indicator or per area. Rebuilt (by EpidemiologyData) when values change. Plain data:
// build it on any thread with that thread's own connection.
class HeadlineIndex
{
public:
    static HeadlineIndex build(store::Database& database);

    // The indicator's headline set: Persons where published, else its best-covered sex and age.
    const HeadlineSet* of(qint64 indicatorId) const;
    // Every headline set of the indicator: the one above and, where that is for one sex only, the other
    // sex at the same age (life expectancy is published for males and females, not persons).
    QList<const HeadlineSet*> setsOf(qint64 indicatorId) const;
    qsizetype size() const { return m_sets.size(); }
    qint64 rowsScanned() const { return m_rowsScanned; }

private:
    QHash<qint64, QList<HeadlineSet>> m_sets; // per indicator, the headline set first
    qint64 m_rowsScanned = 0;
};

} // namespace jsna::epidemiology
