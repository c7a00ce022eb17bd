// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include <QString>

#include "core/demo/demo_model.h"
#include "core/demo/indicator_catalogue.h"
#include "core/indicators/indicator.h"
#include "core/stats/confidence.h"
#include "core/stats/dsr.h"
#include "core/stats/estimate.h"
#include "core/stats/life_expectancy.h"

namespace jsna::demo {

// Category types and labels of the breakdowns, as Fingertips writes them.
inline constexpr char16_t kQuintilesInEngland[] = u"LSOA11 deprivation quintiles in England (IMD2019)";
inline constexpr char16_t kDecilesWithinArea[] = u"LSOA11 deprivation deciles within area (IMD2019)";
inline constexpr char16_t kEthnicGroupsType[] = u"Ethnic groups";
QString quintileLabel(int quintile); // 1 -> "Most deprived quintile (IMD2019)"
QString decileLabel(int decile);     // 1 -> "Most deprived decile (IMD2019)"
QString sexLabel(int sex);           // -1 -> "Persons", kMale -> "Male", kFemale -> "Female"

// Collects the demo's indicator values, computing them with core/stats. indicatorId holds the index of
// the indicator in indicatorCatalogue() until the writer swaps in the stored id.
class ValueBuilder
{
public:
    ValueBuilder(const DemoModel& model, std::span<const IndicatorSpec> catalogue);

    const DemoModel& model() const { return m_model; }
    std::span<const IndicatorSpec> catalogue() const { return m_catalogue; }
    const stats::ConfidenceLevels& levels() const { return m_levels; }
    std::vector<indicators::IndicatorValue>& values() { return m_values; }

    // Appends a value with the estimate's value, 95% and 99.8% limits, method and note.
    indicators::IndicatorValue& add(std::size_t spec, int area, int yearIndex, int sex, const stats::Estimate& estimate,
                                    std::optional<double> count = {}, std::optional<double> denominator = {});
    indicators::IndicatorValue& add(std::size_t spec, const QString& areaCode, int yearIndex, int sex,
                                    const stats::Estimate& estimate, std::optional<double> count = {},
                                    std::optional<double> denominator = {});

private:
    const DemoModel& m_model;
    std::span<const IndicatorSpec> m_catalogue;
    stats::ConfidenceLevels m_levels; // 95 and 99.8
    QString m_provenance;
    std::vector<indicators::IndicatorValue> m_values;
};

// The 2013 European Standard Population restricted to bands first..last (built once, kept).
const stats::StandardPopulation& esp2013Bands(int first, int last);

// DSR per 100,000 of events over population in bands first..last, for one sex or both (-1).
stats::DsrResult dsrOf(const SexBands& events, const SexBands& population, int first, int last, int sex,
                       const stats::ConfidenceLevels& levels);

// Life expectancy at 0, 5, ..., 90 from deaths and population of one sex (a 19-band abridged table).
std::vector<stats::LifeExpectancyAtAge> lifeTableOf(const SexBands& deaths, const SexBands& population, int sex,
                                                    const stats::ConfidenceLevels& levels);

// The people a denominator counts in a population (not rounded).
double denominatorOf(const Denominator& denominator, const SexBands& population);

// Sums series[index] over the given areas (or deciles), for one year.
SexBands sumOver(std::span<const YearSeries> series, std::span<const int> indices, int yearIndex);

// National deprivation quintile (1 = most deprived) of an LSOA's decile.
inline int quintileOfDecile(int decile)
{
    return (decile + 1) / 2;
}

} // namespace jsna::demo
