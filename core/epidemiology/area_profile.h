// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/epidemiology/significance.h"
#include "core/geography/area.h"
#include "core/indicators/indicator.h"

namespace jsna::epidemiology {

class EpidemiologyData;

// The spread of the comparator areas' values (all areas of the profiled area's type in England) for
// one indicator and period. Values are as published; the painter orients worst..best by polarity.
struct Spread
{
    double lowest = stats::kNaN;
    double q25 = stats::kNaN;
    double median = stats::kNaN;
    double q75 = stats::kNaN;
    double highest = stats::kNaN;
    int areas = 0;
    bool isValid() const { return areas > 0; }
};

// One line of a Fingertips-style area profile (spine chart).
struct ProfileRow
{
    indicators::Indicator indicator; // an indicator published for males and females has a row for each
    QString period;
    QString sex;
    QString age;
    std::optional<indicators::IndicatorValue> area;    // the profiled area's value, if published
    std::optional<indicators::IndicatorValue> england;
    std::optional<indicators::IndicatorValue> parent;  // region
    Spread spread;
    stats::Comparison comparison = stats::Comparison::NotCompared; // area vs England at the level
    stats::Comparison parentComparison = stats::Comparison::NotCompared;
    RecentTrend trend;
    QList<indicators::IndicatorValue> series;          // the area's headline values over time, by period

    // The indicator's name, with the sex when the row is for one sex only: "Life expectancy at birth (Male)".
    QString label() const;
};

struct AreaProfile
{
    geography::Area area;
    QString englandName;
    QString parentName;
    QString comparatorType; // the area type whose spread the spine shows
    ConfidenceLevel level = ConfidenceLevel::P95;
    QList<ProfileRow> rows; // in indicator order (domain, then name)
    int countOf(stats::Comparison comparison) const;
};

// Builds the profile of one area from the cached HeadlineIndex plus one indexed query of the area's
// own headline values (for the trends). Throws ProjectError on a database error.
AreaProfile buildAreaProfile(EpidemiologyData& data, const QString& areaCode, ConfidenceLevel level);

// The spread of values among the areas of a type in a headline set.
Spread spreadOf(const QList<indicators::IndicatorValue>& values, const QList<QString>& areaCodes);

} // namespace jsna::epidemiology
