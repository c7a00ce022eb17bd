// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <limits>
#include <span>

#include <QString>

#include "core/demo/demo_model.h"
#include "core/demo/event_catalogue.h"
#include "core/indicators/indicator.h"

namespace jsna::demo {

inline constexpr double kNoData = std::numeric_limits<double>::quiet_NaN();

// How the demo makes an indicator's values.
enum class Generation
{
    LifeExpectancyAtBirth, // Chiang II life tables from deaths-all-causes and populations
    LifeExpectancyAt65,
    HealthyLifeExpectancy, // life expectancy times a surveyed share in good health (Sullivan)
    SiiLifeExpectancy,     // slope index of inequality over deprivation deciles' life expectancy
    MeasureDsr,            // DSR of a stored event measure
    DerivedDsr,            // DSR of causes drawn as a share of stored deaths under 75
    ExcessWinterDeaths,    // winter deaths drawn from stored deaths
    Modelled,              // proportion, crude rate or DSR drawn from a model of England's values
};

enum class PeriodKind
{
    Calendar,  // "2019"
    Financial, // "2019/20" (also academic years and winters)
};

// Which people an indicator counts: bands first..last of one sex (or both), the first and last band
// in part (share), times scale; or, for survey-based indicators, a sample size.
struct Denominator
{
    int first = 0;
    int last = kBandCount - 1;
    double firstShare = 1.0;
    double lastShare = 1.0;
    int sex = -1;
    double scale = 1.0;
    double surveyLocal = 0.0; // respondents in a local authority (0: not a survey)
    double surveyRegion = 0.0;
    double surveyEngland = 0.0;
};

enum class ModelKind
{
    Proportion,
    CrudeRate,
    Dsr,
};

enum class AgeShape
{
    None,
    Violence, // admissions for violence: young adult men
    Suicide,  // suicide: ages 10+, men three times women
};

// Domains, as the indicators table stores them (Public Health Outcomes Framework).
inline constexpr char16_t kDomainOverarching[] = u"Overarching indicators";
inline constexpr char16_t kDomainWiderDeterminants[] = u"A: Wider determinants of health";
inline constexpr char16_t kDomainHealthImprovement[] = u"B: Health improvement";
inline constexpr char16_t kDomainHealthProtection[] = u"C: Health protection";
inline constexpr char16_t kDomainHealthcare[] = u"D: Healthcare and premature mortality";

// Ethnic groups in the order the demo writes them.
inline constexpr std::array<const char16_t*, 5> kEthnicGroups{u"White", u"Mixed", u"Asian", u"Black", u"Other"};

struct IndicatorSpec
{
    qint64 fingertipsId = 0; // 0: no Fingertips indicator ID given (see resources/demo/README.md)
    const char16_t* name = u"";
    const char16_t* definition = u"";
    const char16_t* unit = u"";
    indicators::ValueType valueType = indicators::ValueType::Other;
    double multiplier = 1.0;
    indicators::Polarity polarity = indicators::Polarity::NotApplicable;
    const char16_t* domain = u"";
    const char16_t* source = u"";
    const char16_t* age = u"All ages";
    PeriodKind period = PeriodKind::Calendar;
    Generation generation = Generation::Modelled;
    Measure measure = Measure::DeathsAllCauses; // MeasureDsr
    // Modelled: England's value each year (kNoData: none published), the odds or rate ratio between
    // the most and least deprived tenths, and the borough's own effect (log odds or log rate).
    ModelKind model = ModelKind::Proportion;
    std::array<double, kYearCount> england{};
    double gradient = 1.0;
    double boroughEffect = 0.0;
    Denominator denominator{};
    AgeShape ageShape = AgeShape::None;
    std::array<double, 2> sexOdds{0.0, 0.0}; // non-zero: Male and Female rows, with these odds ratios
    std::array<double, 5> ethnicOdds{};      // non-zero: rows by ethnic group (kEthnicGroups)
    bool wards = false;                      // values for each ward (and the borough from its LSOAs)
    bool quintiles = false;                  // values by national deprivation quintile
    const char16_t* caveats = u"";
};

// The demo's indicators: overarching outcomes and the four PHOF domains.
std::span<const IndicatorSpec> indicatorCatalogue();
std::span<const IndicatorSpec> outcomeIndicators();      // overarching, D: healthcare and premature mortality
std::span<const IndicatorSpec> determinantIndicators();  // A: wider determinants, C: health protection
std::span<const IndicatorSpec> improvementIndicators();  // B: health improvement

// The definition as stored in the indicators table (id 0, to be assigned).
indicators::Indicator toIndicator(const IndicatorSpec& spec);

QString periodLabel(PeriodKind kind, int yearIndex);
qint64 periodSortable(int yearIndex);

} // namespace jsna::demo
