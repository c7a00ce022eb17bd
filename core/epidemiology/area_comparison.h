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

// One cell of the compare-areas table: an area's latest headline value and how it compares with England.
struct ComparisonCell
{
    std::optional<indicators::IndicatorValue> value;
    stats::Comparison comparison = stats::Comparison::NotCompared;
};

// The "tartan rug": indicators (rows) by areas (columns), England first as the benchmark column.
struct AreaComparison
{
    QList<geography::Area> areas;          // columns; England (if present) first
    QList<indicators::Indicator> indicators; // rows
    QStringList periods;                   // per row
    QStringList labels;                    // per row: the name, with the sex for single-sex rows
    QList<QList<ComparisonCell>> cells;    // [row][column]
    ConfidenceLevel level = ConfidenceLevel::P95;
    QString englandName;
};

// Compares the given areas (or, when areaCodes is empty, every area of the same type as the focus
// area, plus England and the focus area's region) on every indicator, from the cached HeadlineIndex.
AreaComparison compareAreas(EpidemiologyData& data, const QStringList& areaCodes, ConfidenceLevel level);

// The default column set for a focus area: England, its region, then all areas of its type by name.
QStringList defaultComparisonAreas(EpidemiologyData& data, const QString& focusCode);

} // namespace jsna::epidemiology
