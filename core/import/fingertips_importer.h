// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>

#include "core/import/importer.h"
#include "core/import/indicator_value_writer.h"

namespace jsna::import {

// Reads an OHID Fingertips data export: the 27 columns of the current export (Indicator ID ...
// Time period range; column 23 is "Compared to <parent type> value or percentiles" and is matched by
// its "Compared to" prefix), the older 26-column layout (without Time period range, or with Target
// data, which is ignored) and fingertipsR's space-less names (IndicatorID, LowerCI95.0limit, ...).
// Columns are found by name, so their order does not matter. Areas, their parents and indicators
// named in the file are created when the project does not have them.
class FingertipsImporter final : public Importer
{
public:
    enum Column
    {
        IndicatorId,
        IndicatorName,
        ParentCode,
        ParentName,
        AreaCode,
        AreaName,
        AreaType,
        Sex,
        Age,
        CategoryType,
        Category,
        TimePeriod,
        Value,
        Lower95,
        Upper95,
        Lower998,
        Upper998,
        Count,
        Denominator,
        ValueNote,
        RecentTrend,
        ComparedToEngland,
        ComparedToParent,
        TimePeriodSortable,
        NewData,
        ComparedToGoal,
        TimePeriodRange,
        ColumnCount
    };

    // True when a header names the columns that make a Fingertips export (for format detection).
    static bool looksLikeHeader(const QStringList& normalizedHeaders);

    bool readHeader(ImportSession& session, const Fields& fields) override;
    void readRow(ImportSession& session, const Fields& fields) override;

private:
    std::array<int, ColumnCount> m_index{};
    bool m_naIsMissing = false; // fingertipsR files written by R's write.csv: NA is an empty field
    ValueColumns m_values;
    std::unique_ptr<IndicatorCatalog> m_indicators;
    std::unique_ptr<IndicatorValueWriter> m_writer;
};

} // namespace jsna::import
