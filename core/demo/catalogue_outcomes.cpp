// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's overarching indicators and domain D (healthcare and premature mortality).
#include "core/demo/indicator_catalogue.h"

namespace jsna::demo {

namespace {

using indicators::Polarity;
using indicators::ValueType;

constexpr char16_t kMortalitySource[] =
    u"Synthetic demo data, modelled on ONS death registrations and mid-year population estimates";
constexpr char16_t kSingleYearCaveat[] =
    u"Single-year values so that a recent trend can be shown; Fingertips pools three years for this indicator.";

const std::array kSpecs{
    IndicatorSpec{
        .fingertipsId = 90366,
        .name = u"Life expectancy at birth",
        .definition = u"The average number of years a newborn baby would live if they experienced the area's "
                      u"age-specific mortality rates for the period throughout their life.",
        .unit = u"Years",
        .valueType = ValueType::LifeExpectancy,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainOverarching,
        .source = kMortalitySource,
        .generation = Generation::LifeExpectancyAtBirth,
        .wards = true,
        .quintiles = true,
        .caveats = u"Abridged life table with a 0-4 first band (Chiang II, Silcocks et al limits); single years. "
                   u"Fingertips uses a <1, 1-4 table and pools three years.",
    },
    IndicatorSpec{
        .fingertipsId = 91102,
        .name = u"Life expectancy at 65",
        .definition = u"The average number of further years a person aged 65 would live if they experienced the "
                      u"area's age-specific mortality rates for the period for the rest of their life.",
        .unit = u"Years",
        .valueType = ValueType::LifeExpectancy,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainOverarching,
        .source = kMortalitySource,
        .age = u"65",
        .generation = Generation::LifeExpectancyAt65,
        .caveats = kSingleYearCaveat,
    },
    IndicatorSpec{
        .fingertipsId = 90362,
        .name = u"Healthy life expectancy at birth",
        .definition = u"The average number of years a newborn baby would live in good health, from the area's "
                      u"mortality rates and the share of people reporting good or very good health (Sullivan "
                      u"method).",
        .unit = u"Years",
        .valueType = ValueType::LifeExpectancy,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainOverarching,
        .source = u"Synthetic demo data, modelled on ONS life tables and the Annual Population Survey",
        .generation = Generation::HealthyLifeExpectancy,
        .caveats = u"Demo approximation: life expectancy times a surveyed share in good health, with delta-method "
                   u"limits; ONS applies the Sullivan method band by band.",
    },
    IndicatorSpec{
        .fingertipsId = 90364,
        .name = u"Slope index of inequality in life expectancy at birth",
        .definition = u"The range in years of life expectancy across the social gradient from most to least "
                      u"deprived, from a regression over deprivation deciles (within the area: deciles of its "
                      u"LSOAs by IMD2019 score; England: national deciles).",
        .unit = u"Years",
        .valueType = ValueType::Other,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainOverarching,
        .source = kMortalitySource,
        .generation = Generation::SiiLifeExpectancy,
        .caveats = u"Limits by simulation (100,000 draws); single years.",
    },
    IndicatorSpec{
        .fingertipsId = 40301,
        .name = u"Under 75 mortality rate from causes considered preventable",
        .definition = u"Deaths under 75 from causes considered preventable (OECD/ONS 2020 definition)."
                      u" Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .age = u"<75 yrs",
        .generation = Generation::DerivedDsr,
        .measure = Measure::DeathsAllCauses,
        .caveats = kSingleYearCaveat,
    },
    IndicatorSpec{
        .fingertipsId = 40401,
        .name = u"Under 75 mortality rate from cardiovascular diseases",
        .definition = u"Deaths under 75 with an underlying cause of cardiovascular disease (ICD-10 I00-I99)."
                      u" Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .age = u"<75 yrs",
        .generation = Generation::MeasureDsr,
        .measure = Measure::DeathsCvdUnder75,
        .quintiles = true,
        .caveats = kSingleYearCaveat,
    },
    IndicatorSpec{
        .fingertipsId = 40501,
        .name = u"Under 75 mortality rate from cancer",
        .definition = u"Deaths under 75 with an underlying cause of cancer (ICD-10 C00-C97)."
                      u" Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .age = u"<75 yrs",
        .generation = Generation::MeasureDsr,
        .measure = Measure::DeathsCancerUnder75,
        .wards = true,
        .quintiles = true,
        .caveats = kSingleYearCaveat,
    },
    IndicatorSpec{
        .fingertipsId = 40701,
        .name = u"Under 75 mortality rate from respiratory disease",
        .definition = u"Deaths under 75 with an underlying cause of respiratory disease (ICD-10 J00-J99)."
                      u" Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .age = u"<75 yrs",
        .generation = Generation::DerivedDsr,
        .measure = Measure::DeathsAllCauses,
        .caveats = kSingleYearCaveat,
    },
    IndicatorSpec{
        .fingertipsId = 41401,
        .name = u"Hip fractures in people aged 65 and over",
        .definition = u"Emergency admissions for fractured neck of femur (primary diagnosis S72.0-S72.2) in people "
                      u"aged 65 and over. Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = u"Synthetic demo data, modelled on Hospital Episode Statistics",
        .age = u"65+ yrs",
        .period = PeriodKind::Financial,
        .generation = Generation::MeasureDsr,
        .measure = Measure::AdmissionsHipFracture65Plus,
        .quintiles = true,
    },
    IndicatorSpec{
        .fingertipsId = 41001,
        .name = u"Suicide rate",
        .definition = u"Deaths from suicide and injury of undetermined intent in people aged 10 and over."
                      u" Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .age = u"10+ yrs",
        .model = ModelKind::Dsr,
        .england = {10.1, 9.9, 9.6, 10.5, 10.8, 10.0, 10.5, 10.7},
        .gradient = 1.8,
        .boroughEffect = 0.1,
        .denominator = {.first = 2},
        .ageShape = AgeShape::Suicide,
        .caveats = kSingleYearCaveat,
    },
    IndicatorSpec{
        .fingertipsId = 90641,
        .name = u"Excess winter deaths index",
        .definition = u"Deaths in December to March above the average of the preceding August to November and the "
                      u"following April to July, as a percentage of that average (all ages).",
        .unit = u"%",
        .valueType = ValueType::Ratio,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .period = PeriodKind::Financial,
        .generation = Generation::ExcessWinterDeaths,
        .england = {14.0, 21.0, 30.0, 15.0, 17.0, 36.0, 12.0, 18.0},
        .caveats = u"Limits treat winter deaths as Poisson (Byar's) against a fixed non-winter average.",
    },
    IndicatorSpec{
        .name = u"Infant mortality rate",
        .definition = u"Deaths under 1 year per 1,000 live births.",
        .unit = u"per 1,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 1000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthcare,
        .source = kMortalitySource,
        .age = u"<1 yr",
        .model = ModelKind::CrudeRate,
        .england = {3.9, 3.9, 3.9, 3.9, 3.9, 3.6, 3.9, 4.1},
        .gradient = 2.2,
        .boroughEffect = 0.05,
        .denominator = {.first = 0, .last = 0, .firstShare = 0.2},
        .caveats = u"Live births estimated as a fifth of the population aged 0-4.",
    },
    IndicatorSpec{
        .name = u"Diabetes: QOF prevalence (17+)",
        .definition = u"Patients aged 17 and over on GP diabetes registers as a percentage of registered patients "
                      u"aged 17 and over (Quality and Outcomes Framework).",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .domain = kDomainHealthcare,
        .source = u"Synthetic demo data, modelled on the Quality and Outcomes Framework (NHS England)",
        .age = u"17+ yrs",
        .period = PeriodKind::Financial,
        .england = {6.5, 6.6, 6.8, 6.9, 7.1, 7.1, 7.3, 7.5},
        .gradient = 1.7,
        .boroughEffect = -0.05,
        .denominator = {.first = 3, .firstShare = 0.6, .scale = 1.04},
    },
    IndicatorSpec{
        .name = u"Hypertension: QOF prevalence (all ages)",
        .definition = u"Patients on GP hypertension registers as a percentage of all registered patients (Quality "
                      u"and Outcomes Framework).",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .domain = kDomainHealthcare,
        .source = u"Synthetic demo data, modelled on the Quality and Outcomes Framework (NHS England)",
        .period = PeriodKind::Financial,
        .england = {13.8, 13.8, 13.9, 13.9, 14.0, 13.9, 13.9, 14.1},
        .gradient = 1.15,
        .boroughEffect = -0.2,
        .denominator = {.scale = 1.04},
    },
    IndicatorSpec{
        .name = u"Depression: QOF prevalence (18+)",
        .definition = u"Patients aged 18 and over on GP depression registers as a percentage of registered patients "
                      u"aged 18 and over (Quality and Outcomes Framework).",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .domain = kDomainHealthcare,
        .source = u"Synthetic demo data, modelled on the Quality and Outcomes Framework (NHS England)",
        .age = u"18+ yrs",
        .period = PeriodKind::Financial,
        .england = {8.3, 9.1, 9.9, 10.7, 11.6, 12.3, 12.7, 13.2},
        .gradient = 1.35,
        .boroughEffect = 0.05,
        .denominator = {.first = 3, .firstShare = 0.4, .scale = 1.04},
    },
};

} // namespace

std::span<const IndicatorSpec> outcomeIndicators()
{
    return kSpecs;
}

} // namespace jsna::demo
