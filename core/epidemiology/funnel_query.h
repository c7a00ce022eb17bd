// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
#include <QString>

#include "core/geography/area.h"
#include "core/indicators/indicator.h"
#include "core/stats/funnel.h"

namespace jsna::epidemiology {

class EpidemiologyData;

struct FunnelArea
{
    geography::Area area;
    indicators::IndicatorValue value;
    double x = 0;      // the denominator the point is plotted at (population, or expected events)
    double y = 0;      // the value on the plotted scale
    stats::FunnelSignificance significance = stats::FunnelSignificance::Missing;
};

// One indicator's latest headline values for every area of a type, against control limits at 95% and
// 99.8% around the overall average (PHEindicatormethods calculate_funnel_limits).
struct FunnelData
{
    indicators::Indicator indicator;
    QString period;
    QString areaType;
    QString focusCode;
    stats::FunnelStatistic statistic = stats::FunnelStatistic::Proportion;
    QString xTitle;     // "Denominator (population)", "Expected events"
    QString yTitle;
    QString method;
    QList<FunnelArea> points;
    std::vector<stats::FunnelLimitRow> limits;
    QString unavailable; // why there is no funnel (value type, missing counts); empty when there is one
    int leftOut = 0;     // areas without the counts the funnel needs
};

// The funnel of the focus area's type for an indicator, from the cached HeadlineIndex.
FunnelData funnelFor(EpidemiologyData& data, qint64 indicatorId, const QString& focusCode);

// Where each limit line of a row is drawn: (x, y) pairs for the 95% and 99.8% lines of the statistic.
struct FunnelLine
{
    double x = 0;
    double y = 0;
};
enum class FunnelLimit
{
    Lower998,
    Lower95,
    Baseline,
    Upper95,
    Upper998,
};
QList<FunnelLine> funnelLine(const FunnelData& funnel, FunnelLimit which);

} // namespace jsna::epidemiology
