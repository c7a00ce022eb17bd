// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's domain B (health improvement) indicators.
#include "core/demo/indicator_catalogue.h"

namespace jsna::demo {

namespace {

using indicators::Polarity;
using indicators::ValueType;

constexpr char16_t kHesSource[] = u"Synthetic demo data, modelled on Hospital Episode Statistics";
constexpr char16_t kMaternitySource[] = u"Synthetic demo data, modelled on the Maternity Services Data Set";
constexpr char16_t kNcmpSource[] = u"Synthetic demo data, modelled on the National Child Measurement Programme";
constexpr char16_t kActiveLivesSource[] = u"Synthetic demo data, modelled on Sport England's Active Lives survey";
// Births: a fifth of the population aged 0-4.
constexpr Denominator kBirths{.first = 0, .last = 0, .firstShare = 0.2};

const std::array kSpecs{
    IndicatorSpec{
        .fingertipsId = 20101,
        .name = u"Low birth weight of term babies",
        .definition = u"Live births at 37 weeks' gestation or more weighing under 2,500 grams, as a percentage of "
                      u"all live births at 37 weeks or more with a recorded weight.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = u"Synthetic demo data, modelled on ONS birth registrations",
        .england = {2.82, 2.79, 2.82, 2.86, 2.90, 2.89, 2.76, 2.85},
        .gradient = 1.8,
        .boroughEffect = 0.05,
        .denominator = {.first = 0, .last = 0, .firstShare = 0.2, .scale = 0.93},
    },
    IndicatorSpec{
        .fingertipsId = 20202,
        .name = u"Breastfeeding prevalence at 6 to 8 weeks after birth - current method",
        .definition = u"Infants totally or partially breastfed at their 6 to 8 week review, as a percentage of "
                      u"infants due a review.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainHealthImprovement,
        .source = u"Synthetic demo data, modelled on the Community Services Data Set",
        .age = u"6-8 weeks",
        .period = PeriodKind::Financial,
        .england = {43.1, 44.4, 46.2, 47.6, 48.0, 47.6, 49.3, 49.2},
        .gradient = 0.55,
        .boroughEffect = 0.5,
        .denominator = kBirths,
        .ethnicOdds = {1.0, 1.4, 2.0, 2.6, 1.8},
    },
    IndicatorSpec{
        .fingertipsId = 20301,
        .name = u"Smoking status at time of delivery",
        .definition = u"Mothers known to be smokers at the time of delivery, as a percentage of all maternities "
                      u"with a known smoking status.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kMaternitySource,
        .period = PeriodKind::Financial,
        .england = {10.6, 10.7, 10.8, 10.6, 10.4, 9.6, 9.1, 8.8},
        .gradient = 4.0,
        .boroughEffect = 0.1,
        .denominator = kBirths,
    },
    IndicatorSpec{
        .fingertipsId = 20401,
        .name = u"Under 18s conception rate / 1,000",
        .definition = u"Conceptions in women aged under 18 per 1,000 females aged 15 to 17.",
        .unit = u"per 1,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 1000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = u"Synthetic demo data, modelled on ONS conception statistics",
        .age = u"<18 yrs",
        .model = ModelKind::CrudeRate,
        .england = {20.8, 18.9, 17.8, 16.7, 15.7, 13.1, 13.1, 12.8},
        .gradient = 3.5,
        .boroughEffect = 0.15,
        .denominator = {.first = 3, .last = 3, .firstShare = 0.6, .sex = kFemale},
    },
    IndicatorSpec{
        .name = u"Reception: prevalence of obesity (including severe obesity)",
        .definition = u"Children in Reception (aged 4-5) with a BMI at or above the 95th centile of the UK90 growth "
                      u"reference, as a percentage of children measured.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kNcmpSource,
        .age = u"4-5 yrs",
        .period = PeriodKind::Financial,
        .england = {9.3, 9.6, 9.5, 9.7, 9.9, 14.4, 10.1, 9.2},
        .gradient = 2.0,
        .denominator = {.first = 0, .last = 0, .firstShare = 0.2, .scale = 0.95},
        .caveats = u"2020/21 was a partial measurement year (COVID-19).",
    },
    IndicatorSpec{
        .fingertipsId = 90323,
        .name = u"Year 6: prevalence of obesity (including severe obesity)",
        .definition = u"Children in Year 6 (aged 10-11) with a BMI at or above the 95th centile of the UK90 growth "
                      u"reference, as a percentage of children measured.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kNcmpSource,
        .age = u"10-11 yrs",
        .period = PeriodKind::Financial,
        .england = {19.8, 20.0, 20.1, 20.2, 21.0, 25.5, 23.4, 22.7},
        .gradient = 1.9,
        .boroughEffect = 0.05,
        .denominator = {.first = 2, .last = 2, .firstShare = 0.2, .scale = 0.95},
        .ethnicOdds = {1.0, 1.15, 1.25, 1.6, 1.2},
        .wards = true,
        .quintiles = true,
    },
    IndicatorSpec{
        .fingertipsId = 90640,
        .name = u"Percentage of adults (aged 18+) classified as overweight or obese",
        .definition = u"Adults with a BMI of 25 kg/m2 or more (from self-reported height and weight, adjusted), as a "
                      u"percentage of adults surveyed.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kActiveLivesSource,
        .age = u"18+ yrs",
        .period = PeriodKind::Financial,
        .england = {61.3, 61.3, 62.0, 62.3, 62.8, 63.5, 63.8, 64.0},
        .gradient = 1.5,
        .boroughEffect = -0.15,
        .denominator = {.surveyLocal = 500, .surveyRegion = 25000, .surveyEngland = 170000},
    },
    IndicatorSpec{
        .fingertipsId = 90275,
        .name = u"Percentage of physically active adults",
        .definition = u"Adults doing at least 150 moderate-intensity equivalent minutes of physical activity a week, "
                      u"as a percentage of adults surveyed.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainHealthImprovement,
        .source = kActiveLivesSource,
        .age = u"19+ yrs",
        .period = PeriodKind::Financial,
        .england = {66.1, 66.0, 66.3, 67.2, 66.4, 65.9, 67.3, 67.1},
        .gradient = 0.55,
        .boroughEffect = 0.35,
        .denominator = {.surveyLocal = 500, .surveyRegion = 25000, .surveyEngland = 170000},
    },
    IndicatorSpec{
        .fingertipsId = 92443,
        .name = u"Smoking prevalence in adults (18+) - current smokers (APS)",
        .definition = u"Adults who say they currently smoke, as a percentage of adults responding to the Annual "
                      u"Population Survey.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = u"Synthetic demo data, modelled on the ONS Annual Population Survey",
        .age = u"18+ yrs",
        .england = {16.9, 15.5, 14.9, 14.4, 13.9, 12.1, 13.0, 12.7},
        .gradient = 2.2,
        .boroughEffect = 0.15,
        .denominator = {.surveyLocal = 700, .surveyRegion = 25000, .surveyEngland = 180000},
        .sexOdds = {1.18, 0.85},
        .ethnicOdds = {1.0, 1.3, 0.65, 0.7, 1.0},
    },
    IndicatorSpec{
        .fingertipsId = 21001,
        .name = u"Emergency hospital admissions for intentional self-harm",
        .definition = u"Emergency admissions with an external cause of intentional self-harm (ICD-10 X60-X84). "
                      u"Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kHesSource,
        .period = PeriodKind::Financial,
        .generation = Generation::MeasureDsr,
        .measure = Measure::AdmissionsSelfHarm,
        .wards = true,
        .quintiles = true,
    },
    IndicatorSpec{
        .fingertipsId = 91414,
        .name = u"Admission episodes for alcohol-specific conditions",
        .definition = u"Admission episodes with a primary diagnosis or secondary diagnosis of a wholly "
                      u"alcohol-attributable condition. Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kHesSource,
        .period = PeriodKind::Financial,
        .generation = Generation::MeasureDsr,
        .measure = Measure::AdmissionsAlcoholSpecific,
        .wards = true,
        .quintiles = true,
    },
    IndicatorSpec{
        .fingertipsId = 90856,
        .name = u"Admission episodes for alcohol-specific conditions - Under 18s",
        .definition = u"Admission episodes of people under 18 for wholly alcohol-attributable conditions, per "
                      u"100,000 population aged under 18.",
        .unit = u"per 100,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kHesSource,
        .age = u"<18 yrs",
        .period = PeriodKind::Financial,
        .model = ModelKind::CrudeRate,
        .england = {37, 34, 32, 30, 29, 27, 26, 26},
        .gradient = 1.5,
        .boroughEffect = -0.1,
        .denominator = {.first = 0, .last = 3, .lastShare = 0.6},
        .caveats = u"Single-year values; Fingertips pools three years.",
    },
    IndicatorSpec{
        .fingertipsId = 22401,
        .name = u"Emergency hospital admissions due to falls in people aged 65 and over",
        .definition = u"Emergency admissions for falls injuries (external cause W00-W19 with an injury primary "
                      u"diagnosis) in people aged 65 and over. Directly age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthImprovement,
        .source = kHesSource,
        .age = u"65+ yrs",
        .period = PeriodKind::Financial,
        .generation = Generation::MeasureDsr,
        .measure = Measure::AdmissionsFalls65Plus,
        .wards = true,
        .quintiles = true,
    },
    IndicatorSpec{
        .fingertipsId = 22001,
        .name = u"Cancer screening coverage: breast cancer",
        .definition = u"Women aged 53 to 70 screened for breast cancer in the last 36 months, as a percentage of "
                      u"eligible women.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainHealthImprovement,
        .source = u"Synthetic demo data, modelled on NHS breast screening programme statistics",
        .age = u"53-70 yrs",
        .england = {75.5, 75.4, 75.1, 74.5, 74.1, 64.1, 70.6, 65.2},
        .gradient = 0.55,
        .boroughEffect = -0.15,
        .denominator = {.first = 10, .last = 14, .firstShare = 0.4, .lastShare = 0.2, .sex = kFemale},
    },
};

} // namespace

std::span<const IndicatorSpec> improvementIndicators()
{
    return kSpecs;
}

} // namespace jsna::demo
