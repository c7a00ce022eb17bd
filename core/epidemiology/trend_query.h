// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/epidemiology/significance.h"
#include "core/geography/area.h"
#include "core/indicators/indicator.h"

namespace jsna::epidemiology {

class EpidemiologyData;

struct TrendLine
{
    geography::Area area;
    QList<indicators::IndicatorValue> points; // by period
};

// An indicator over time for an area (with CIs), its comparators as lines, each point compared with
// England's value for the same period, and the area's recent trend.
struct TrendData
{
    indicators::Indicator indicator;
    QString sex;
    QString age;
    TrendLine focus;
    QList<TrendLine> comparators;           // England first, then the region, then any others asked for
    QList<stats::Comparison> comparisons;   // parallel to focus.points
    RecentTrend trend;
    ConfidenceLevel level = ConfidenceLevel::P95;
    QStringList periods;                    // every period of any line, in order
};

// Reads the headline series (the sex and age the HeadlineIndex chose; sex picks another of the
// indicator's headline sets, e.g. Female life expectancy) of the area and of England, the area's region
// and extraComparators: one indexed query per line.
TrendData trendFor(EpidemiologyData& data, qint64 indicatorId, const QString& areaCode, ConfidenceLevel level,
                   const QStringList& extraComparators = {}, const QString& sex = {});

} // namespace jsna::epidemiology
