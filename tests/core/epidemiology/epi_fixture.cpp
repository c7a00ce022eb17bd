// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/epidemiology/epi_fixture.h"

#include <cmath>

#include <QList>

#include "core/geography/area_repository.h"
#include "core/indicators/age_bands.h"
#include "core/indicators/indicator_repository.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/indicators/population_repository.h"
#include "core/project/project.h"
#include "core/store/transaction.h"

namespace jsna::test {

using geography::Area;
using indicators::Indicator;
using indicators::IndicatorValue;
using indicators::Polarity;
using indicators::ValueType;

namespace {

QString s(const char16_t* text)
{
    return QString::fromUtf16(text);
}

Indicator makeIndicator(const QString& name, ValueType type, Polarity polarity, const QString& unit, double multiplier,
                        const QString& domain)
{
    Indicator i;
    i.name = name;
    i.definition = QStringLiteral("Definition of %1.").arg(name.toLower());
    i.unit = unit;
    i.valueType = type;
    i.multiplier = multiplier;
    i.polarity = polarity;
    i.domain = domain;
    i.source = QStringLiteral("Fixture source");
    i.caveats = QStringLiteral("Fixture caveats.");
    return i;
}

struct Row
{
    QString area;
    double value;
    double half95;
    double half998;
    double count = NAN;
    double denominator = NAN;
};

IndicatorValue makeValue(qint64 indicator, const Row& r, int year, const QString& period = {})
{
    IndicatorValue v;
    v.indicatorId = indicator;
    v.areaCode = r.area;
    v.period = period.isEmpty() ? QString::number(year) : period;
    v.periodSortable = static_cast<qint64>(year) * 10000;
    v.sex = QStringLiteral("Persons");
    v.age = QStringLiteral("All ages");
    v.value = r.value;
    v.lower95 = r.value - r.half95;
    v.upper95 = r.value + r.half95;
    v.lower998 = r.value - r.half998;
    v.upper998 = r.value + r.half998;
    if (!std::isnan(r.count))
        v.count = r.count;
    if (!std::isnan(r.denominator))
        v.denominator = r.denominator;
    v.method = QStringLiteral("Fixture method");
    v.confidence = QStringLiteral("95,99.8");
    v.provenance = QStringLiteral("epi fixture");
    return v;
}

} // namespace

std::unique_ptr<project::Project> createEpiFixture(const QString& path)
{
    using namespace fixture;
    auto project = project::Project::create(path, QStringLiteral("Epi fixture"));
    store::Database& db = project->database();
    store::Transaction transaction(db);
    geography::AreaRepository areas(db);
    areas.upsert({s(kEngland), QStringLiteral("England"), QStringLiteral("england"), {}});
    areas.upsert({s(kLondon), QStringLiteral("London"), QStringLiteral("region"), s(kEngland)});
    const QStringList names{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                            QStringLiteral("Delta"), QStringLiteral("Echo"), QStringLiteral("Foxtrot")};
    QStringList las;
    for (int i = 0; i < names.size(); ++i) {
        las.append(QStringLiteral("E0900000%1").arg(i + 1));
        areas.upsert({las.last(), names.at(i), QStringLiteral("upper-tier-la"), s(kLondon)});
    }

    indicators::IndicatorRepository indicatorRepo(db);
    indicatorRepo.save(makeIndicator(QStringLiteral("Smoking prevalence in adults"), ValueType::Proportion,
                                     Polarity::LowIsGood, QStringLiteral("%"), 100, QStringLiteral("Health improvement")));
    indicatorRepo.save(makeIndicator(QStringLiteral("Physically active adults"), ValueType::Proportion,
                                     Polarity::HighIsGood, QStringLiteral("%"), 100, QStringLiteral("Health improvement")));
    indicatorRepo.save(makeIndicator(QStringLiteral("Under 75 mortality from cardiovascular disease"), ValueType::Dsr,
                                     Polarity::LowIsGood, QStringLiteral("per 100,000"), 100000,
                                     QStringLiteral("Mortality")));
    indicatorRepo.save(makeIndicator(QStringLiteral("Population aged 65 and over"), ValueType::Proportion,
                                     Polarity::NotApplicable, QStringLiteral("%"), 100, QStringLiteral("Population")));
    indicatorRepo.save(makeIndicator(QStringLiteral("Life expectancy at birth"), ValueType::LifeExpectancy,
                                     Polarity::HighIsGood, QStringLiteral("years"), 1, QStringLiteral("Mortality")));

    indicators::IndicatorValueRepository values(db);
    // Denominators differ by borough so funnel plots have a spread (Bravo's is 10,000).
    const QList<double> denominators{6000, 10000, 16000, 24000, 34000, 46000};
    const auto proportionRows = [&](qint64 id, const QList<double>& laValues, double england, double london, int year) {
        for (int i = 0; i < las.size(); ++i)
            values.upsert(makeValue(id, {las.at(i), laValues.at(i), 2, 3, laValues.at(i) / 100 * denominators.at(i),
                                         denominators.at(i)},
                                    year));
        values.upsert(makeValue(id, {s(kEngland), england, 0.1, 0.15, england * 5000, 500000}, year));
        values.upsert(makeValue(id, {s(kLondon), london, 0.5, 0.8, london * 1000, 100000}, year));
    };
    // Smoking: Bravo rising 15 -> 20 over five years while England falls.
    const QList<double> bravoSmoking{15, 16, 17, 18.5, 20};
    const QList<double> englandSmoking{14.4, 14.1, 13.8, 13.4, 13.0};
    for (int y = 0; y < 5; ++y) {
        QList<double> la{10, bravoSmoking.at(y), 12, 14, 16, 18};
        proportionRows(kSmoking, la, englandSmoking.at(y), 14.5, 2018 + y);
    }
    // Bravo's activity 70 (95% 68-72, 99.8% 67-73) against England's 67: Better at 95%, Similar at 99.8%.
    proportionRows(kActive, {60, 70, 62, 64, 66, 68}, 67, 66, 2022);
    proportionRows(kOlder, {10, 8, 12, 14, 16, 9}, 18.5, 12, 2022);
    const QList<double> cvd{70, 80, 75, 85, 90, 95};
    for (int i = 0; i < las.size(); ++i)
        values.upsert(makeValue(kCvd, {las.at(i), cvd.at(i), 6, 9, cvd.at(i) * 2, 200000}, 2022));
    values.upsert(makeValue(kCvd, {s(kEngland), 77, 0.5, 0.8, 77 * 560, 56000000}, 2022));
    // Life expectancy over pooled (rolling) periods: no recent trend.
    const QList<double> le{79, 78, 80, 81, 82, 83};
    for (int y = 0; y < 5; ++y) {
        const QString period = QStringLiteral("%1 - %2").arg(2016 + y).arg((2018 + y) % 100);
        for (int i = 0; i < las.size(); ++i)
            values.upsert(makeValue(kLifeExpectancy, {las.at(i), le.at(i) - 0.1 * (4 - y), 0.8, 1.4}, 2016 + y, period));
        values.upsert(makeValue(kLifeExpectancy, {s(kEngland), 79.3, 0.1, 0.15}, 2016 + y, period));
    }

    // Bravo's smoking breakdowns in 2022.
    const QString quintiles = QStringLiteral("LSOA11 deprivation quintiles in England (IMD2019)");
    const QList<std::pair<QString, double>> deprivation{
        {QStringLiteral("Least deprived quintile (IMD2019)"), 12},
        {QStringLiteral("Third more deprived quintile (IMD2019)"), 20},
        {QStringLiteral("Most deprived quintile (IMD2019)"), 28},
        {QStringLiteral("Second least deprived quintile (IMD2019)"), 16},
        {QStringLiteral("Second most deprived quintile (IMD2019)"), 24},
    };
    for (const auto& [label, value] : deprivation) {
        IndicatorValue v = makeValue(kSmoking, {las.at(1), value, 1.5, 2.3, value * 20, 2000}, 2022);
        v.categoryType = quintiles;
        v.category = label;
        values.upsert(v);
    }
    const QList<std::pair<QString, double>> ethnic{
        {QStringLiteral("Asian"), 19}, {QStringLiteral("Black"), 21}, {QStringLiteral("White"), 20}};
    for (const auto& [label, value] : ethnic) {
        IndicatorValue v = makeValue(kSmoking, {las.at(1), value, label == u"White" ? 2.0 : 4.0, 6, NAN, NAN}, 2022);
        v.categoryType = QStringLiteral("Ethnic groups");
        v.category = label;
        values.upsert(v);
    }
    for (const auto& [sex, value] : QList<std::pair<QString, double>>{{QStringLiteral("Male"), 23},
                                                                       {QStringLiteral("Female"), 17}}) {
        IndicatorValue v = makeValue(kSmoking, {las.at(1), value, 2, 3, value * 50, 5000}, 2022);
        v.sex = sex;
        values.upsert(v);
    }

    indicators::PopulationRepository populations(db);
    const QStringList& bands = indicators::fiveYearAgeBands();
    for (int b = 0; b < bands.size(); ++b) {
        // Bravo is young (a peak at 25-34); England is older and flatter.
        const double young = 9000.0 * std::exp(-std::pow((b - 5.5) / 4.0, 2)) + 1500.0 * (b < 17);
        const double flat = 3.2e6 - 1.1e5 * b * (b > 12) + 100000.0 * (b < 14);
        populations.upsertPopulation({las.at(1), 2022, QStringLiteral("Male"), bands.at(b), std::round(young)});
        populations.upsertPopulation({las.at(1), 2022, QStringLiteral("Female"), bands.at(b), std::round(young * 1.04)});
        populations.upsertPopulation({s(kEngland), 2022, QStringLiteral("Male"), bands.at(b), std::round(flat)});
        populations.upsertPopulation({s(kEngland), 2022, QStringLiteral("Female"), bands.at(b), std::round(flat * 1.05)});
    }
    transaction.commit();
    project->setMeta(QStringLiteral("area_code"), s(kBravo));
    return project;
}

} // namespace jsna::test
