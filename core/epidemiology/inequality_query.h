// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/epidemiology/breakdown_order.h"
#include "core/epidemiology/significance.h"
#include "core/geography/area.h"
#include "core/indicators/indicator.h"
#include "core/stats/sii.h"

namespace jsna::epidemiology {

class EpidemiologyData;

struct BreakdownGroup
{
    QString label;
    indicators::IndicatorValue value;
    stats::Comparison vsArea = stats::Comparison::NotCompared; // against the area's overall value
};

// The slope and relative index of inequality across deprivation groups, and the simple gap.
struct DeprivationGradient
{
    std::optional<stats::SiiResult> sii; // limits: [0] 95%, [1] 99.8%
    QString siiNote;                     // why there is no SII, or how it was computed
    std::optional<double> gap;           // most deprived minus least deprived
    std::optional<double> ratio;         // most deprived / least deprived
    QString mostLabel;
    QString leastLabel;
    bool gapSignificant = false;         // their intervals do not overlap at the chosen level
};

// One way of splitting the area's population: deprivation deciles, sex, age bands, ethnic groups...
struct Breakdown
{
    BreakdownKind kind = BreakdownKind::Other;
    QString type;                // the category type ("Sex" and "Age" for the sex and age splits)
    QList<BreakdownGroup> groups; // in natural order (most deprived first, youngest first)
    bool groupsDiffer = false;   // the FIND flag: at least two groups' intervals do not overlap
    QString differNote;          // which groups, e.g. "Most deprived decile vs Least deprived decile"
    std::optional<DeprivationGradient> gradient; // deprivation only
};

struct InequalityData
{
    indicators::Indicator indicator;
    geography::Area area;
    QString period;
    QStringList periods;         // periods with any breakdown, most recent first
    QString sex;
    QString age;
    std::optional<indicators::IndicatorValue> overall;
    QList<Breakdown> breakdowns;
    ConfidenceLevel level = ConfidenceLevel::P95;
    int flaggedCount() const;
};

// Reads every value of (indicator, area) in one indexed query and splits the chosen period (the most
// recent with breakdowns when period is empty) into breakdowns; simulations for SII limits use
// siiRepetitions draws.
InequalityData inequalitiesFor(EpidemiologyData& data, qint64 indicatorId, const QString& areaCode,
                               const QString& period, ConfidenceLevel level, std::size_t siiRepetitions = 10000);

} // namespace jsna::epidemiology
