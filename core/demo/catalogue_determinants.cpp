// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's domain A (wider determinants of health) and domain C (health protection) indicators.
#include "core/demo/indicator_catalogue.h"

namespace jsna::demo {

namespace {

using indicators::Polarity;
using indicators::ValueType;

constexpr double kPeoplePerHousehold = 2.4;

const std::array kSpecs{
    IndicatorSpec{
        .fingertipsId = 10101,
        .name = u"Children in low income families (under 16s)",
        .definition = u"Children under 16 in families receiving out-of-work benefits, or tax credits with a reported "
                      u"income below 60% of the UK median, as a percentage of all children under 16.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on HM Revenue and Customs personal tax credits statistics",
        .age = u"<16 yrs",
        .england = {16.8, 17.0, 17.0, 17.4, 18.4, 17.5, 19.9, 20.1},
        .gradient = 6.0,
        .boroughEffect = 0.1,
        .denominator = {.first = 0, .last = 3, .lastShare = 0.2},
        .wards = true,
        .quintiles = true,
    },
    IndicatorSpec{
        .fingertipsId = 11501,
        .name = u"Statutory homelessness: households in temporary accommodation",
        .definition = u"Households in temporary accommodation arranged by the local authority under homelessness "
                      u"legislation, per 1,000 households.",
        .unit = u"per 1,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 1000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on DLUHC homelessness statistics",
        .age = u"Not applicable",
        .period = PeriodKind::Financial,
        .model = ModelKind::CrudeRate,
        .england = {3.1, 3.4, 3.7, 3.9, 4.0, 4.0, 4.0, 4.3},
        .gradient = 3.0,
        .boroughEffect = 0.15,
        .denominator = {.scale = 1.0 / kPeoplePerHousehold},
        .caveats = u"Households estimated as residents divided by 2.4.",
    },
    IndicatorSpec{
        .fingertipsId = 11202,
        .name = u"Violent crime: hospital admissions for violence (including sexual violence)",
        .definition = u"Emergency admissions with an external cause of assault (ICD-10 X85-Y09). Directly "
                      u"age-standardised rate per 100,000 (ESP2013).",
        .unit = u"per 100,000",
        .valueType = ValueType::Dsr,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on Hospital Episode Statistics",
        .period = PeriodKind::Financial,
        .model = ModelKind::Dsr,
        .england = {45.8, 44.9, 43.7, 44.9, 41.9, 33.9, 35.4, 36.5},
        .gradient = 4.0,
        .boroughEffect = 0.1,
        .ageShape = AgeShape::Violence,
    },
    IndicatorSpec{
        .fingertipsId = 91133,
        .name = u"Long term claimant rate",
        .definition = u"People claiming Jobseeker's Allowance, or Universal Credit while searching for work, for "
                      u"more than 12 months, per 1,000 residents aged 16-64.",
        .unit = u"per 1,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 1000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on DWP and ONS claimant count statistics",
        .age = u"16-64 yrs",
        .model = ModelKind::CrudeRate,
        .england = {3.4, 2.8, 2.3, 2.1, 2.0, 2.6, 5.4, 3.9},
        .gradient = 4.0,
        .boroughEffect = 0.05,
        .denominator = {.first = 3, .last = 12, .firstShare = 0.8},
    },
    IndicatorSpec{
        .name = u"Fuel poverty (low income, low energy efficiency methodology)",
        .definition = u"Households with a fuel poverty energy efficiency rating of band D or below whose residual "
                      u"income after housing and energy costs is below the poverty line, as a percentage of all "
                      u"households.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on DESNZ sub-regional fuel poverty statistics",
        .age = u"Not applicable",
        .england = {11.0, 11.1, 10.9, 10.3, 13.4, 13.2, 13.1, 13.4},
        .gradient = 2.5,
        .boroughEffect = 0.05,
        .denominator = {.scale = 1.0 / kPeoplePerHousehold},
        .caveats = u"The official series changed method in 2019 (low income, high costs before).",
    },
    IndicatorSpec{
        .fingertipsId = 11001,
        .name = u"Killed and seriously injured (KSI) casualties on England's roads",
        .definition = u"People killed or seriously injured in road traffic collisions in the area, per 100,000 "
                      u"residents.",
        .unit = u"per 100,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on DfT STATS19 road casualty statistics",
        .model = ModelKind::CrudeRate,
        .england = {42.5, 44.5, 46.5, 45.0, 44.0, 35.5, 39.5, 41.0},
        .gradient = 1.2,
        .boroughEffect = -0.3,
    },
    IndicatorSpec{
        .name = u"School readiness: percentage of children achieving a good level of development at the end of "
                u"Reception",
        .definition = u"Children achieving a good level of development in the Early Years Foundation Stage Profile, "
                      u"as a percentage of all children assessed.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on DfE Early Years Foundation Stage Profile results",
        .age = u"5 yrs",
        .period = PeriodKind::Financial,
        .england = {66.3, 69.3, 70.7, 71.5, 71.8, kNoData, kNoData, 65.2},
        .gradient = 0.45,
        .boroughEffect = 0.05,
        .denominator = {.first = 1, .last = 1, .firstShare = 0.2},
        .caveats = u"No assessments in 2019/20 and 2020/21 (COVID-19); the 2021/22 framework changed.",
    },
    IndicatorSpec{
        .name = u"16 to 17 year olds not in education, employment or training (NEET) or whose activity is not known",
        .definition = u"16 and 17 year olds known to the local authority who are not in education, employment or "
                      u"training, or whose activity is not known, as a percentage of all known 16 and 17 year olds.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainWiderDeterminants,
        .source = u"Synthetic demo data, modelled on DfE NEET and participation statistics",
        .age = u"16-17 yrs",
        .england = {6.0, 6.0, 6.0, 5.5, 5.5, 5.5, 4.7, 5.2},
        .gradient = 2.5,
        .boroughEffect = 0.15,
        .denominator = {.first = 3, .last = 3, .firstShare = 0.4},
    },
    IndicatorSpec{
        .fingertipsId = 30502,
        .name = u"TB incidence",
        .definition = u"New cases of tuberculosis notified in residents, per 100,000 population.",
        .unit = u"per 100,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 100000,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthProtection,
        .source = u"Synthetic demo data, modelled on UKHSA enhanced TB surveillance",
        .model = ModelKind::CrudeRate,
        .england = {10.5, 10.0, 9.2, 8.3, 8.4, 7.3, 7.8, 8.5},
        .gradient = 3.0,
        .boroughEffect = 0.35,
    },
    IndicatorSpec{
        .fingertipsId = 90791,
        .name = u"HIV late diagnosis in people first diagnosed with HIV in the UK",
        .definition = u"Adults first diagnosed with HIV with a CD4 count below 350 cells per mm3 within 91 days of "
                      u"diagnosis, as a percentage of adults newly diagnosed with a CD4 count.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::LowIsGood,
        .domain = kDomainHealthProtection,
        .source = u"Synthetic demo data, modelled on the UKHSA HIV and AIDS reporting system",
        .age = u"15+ yrs",
        .england = {40.1, 41.1, 42.5, 43.1, 42.4, 42.4, 43.8, 43.3},
        .boroughEffect = -0.2,
        .denominator = {.first = 3, .scale = 7e-5},
        .caveats = u"Few diagnoses a year locally: Fingertips pools three years.",
    },
    IndicatorSpec{
        .name = u"Chlamydia detection rate per 100,000 aged 15 to 24",
        .definition = u"Chlamydia diagnoses in residents aged 15 to 24 per 100,000 residents of that age.",
        .unit = u"per 100,000",
        .valueType = ValueType::CrudeRate,
        .multiplier = 100000,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainHealthProtection,
        .source = u"Synthetic demo data, modelled on UKHSA sexually transmitted infection surveillance",
        .age = u"15-24 yrs",
        .model = ModelKind::CrudeRate,
        .england = {1887, 1882, 1923, 2022, 2048, 1408, 1334, 1680},
        .gradient = 1.4,
        .boroughEffect = 0.15,
        .denominator = {.first = 3, .last = 4},
    },
    IndicatorSpec{
        .name = u"Population vaccination coverage: Flu (aged 65+)",
        .definition = u"People aged 65 and over vaccinated against influenza between September and February, as a "
                      u"percentage of people aged 65 and over.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainHealthProtection,
        .source = u"Synthetic demo data, modelled on UKHSA seasonal influenza vaccine uptake",
        .age = u"65+ yrs",
        .period = PeriodKind::Financial,
        .england = {71.0, 70.5, 72.6, 72.0, 72.4, 80.9, 82.3, 79.9},
        .gradient = 0.55,
        .boroughEffect = -0.1,
        .denominator = {.first = 13},
    },
    IndicatorSpec{
        .name = u"Population vaccination coverage: MMR for one dose (2 years old)",
        .definition = u"Children who received one dose of MMR vaccine by their second birthday, as a percentage of "
                      u"children reaching their second birthday.",
        .unit = u"%",
        .valueType = ValueType::Proportion,
        .multiplier = 100,
        .polarity = Polarity::HighIsGood,
        .domain = kDomainHealthProtection,
        .source = u"Synthetic demo data, modelled on the COVER programme (UKHSA)",
        .age = u"2 yrs",
        .period = PeriodKind::Financial,
        .england = {91.9, 91.6, 91.2, 90.3, 90.6, 90.3, 89.2, 89.3},
        .gradient = 0.6,
        .boroughEffect = -0.2,
        .denominator = {.first = 0, .last = 0, .firstShare = 0.2},
    },
};

} // namespace

std::span<const IndicatorSpec> determinantIndicators()
{
    return kSpecs;
}

} // namespace jsna::demo
