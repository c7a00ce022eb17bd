// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

namespace jsna::indicators {

// Whether a higher value is better (Fingertips "polarity"); NotApplicable reads Higher/Lower in blues.
enum class Polarity
{
    LowIsGood,
    HighIsGood,
    NotApplicable,
};

enum class ValueType
{
    Proportion,
    CrudeRate,
    Dsr,
    Isr,
    Mean,
    LifeExpectancy,
    Count,
    Ratio,
    Other,
};

QString toStorage(Polarity polarity);
QString toStorage(ValueType type);
// Throw ProjectError for text that is not one of the stored spellings.
Polarity polarityFromStorage(const QString& text);
ValueType valueTypeFromStorage(const QString& text);
QString polarityLabel(Polarity polarity);  // "Low is good"
QString valueTypeLabel(ValueType type);    // "Directly standardised rate"

// An indicator's definition (metadata), as in the Fingertips indicator definitions.
struct Indicator
{
    qint64 id = 0; // 0 until stored
    std::optional<qint64> fingertipsId;
    QString name;
    QString definition;
    QString unit;        // "%", "per 100,000", "years"
    ValueType valueType = ValueType::Other;
    double multiplier = 1;
    Polarity polarity = Polarity::NotApplicable;
    QString domain;      // PHOF domain or profile group
    QString source;
    QString caveats;

    bool operator==(const Indicator&) const = default;
};

// One published value of an indicator for an area, period and breakdown, with its limits.
struct IndicatorValue
{
    qint64 indicatorId = 0;
    QString areaCode;
    QString period;          // as published: "2020 - 22"
    qint64 periodSortable = 0; // e.g. 20200000
    QString sex;             // Persons, Male, Female
    QString age;             // "All ages", "65+ yrs"
    QString categoryType;    // empty, or e.g. "LSOA11 deprivation quintiles in England (IMD2019)"
    QString category;        // empty, or e.g. "Most deprived quintile (IMD2019)"
    std::optional<double> value;
    std::optional<double> lower95;
    std::optional<double> upper95;
    std::optional<double> lower998;
    std::optional<double> upper998;
    std::optional<double> count;
    std::optional<double> denominator;
    QString valueNote;
    QString method;      // e.g. "Wilson score", "Byar's", "Dobson (ESP2013)"
    QString confidence;  // e.g. "95,99.8"
    QString provenance;  // where the value came from

    bool operator==(const IndicatorValue&) const = default;
};

} // namespace jsna::indicators
