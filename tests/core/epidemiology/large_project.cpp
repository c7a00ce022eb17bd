// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark's synthetic project: about a million indicator values with a realistic shape.
#include <cmath>

#include <QList>

#include "core/geography/area_repository.h"
#include "core/indicators/age_bands.h"
#include "core/indicators/indicator_repository.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/indicators/population_repository.h"
#include "core/project/project.h"
#include "core/store/transaction.h"
#include "tests/core/epidemiology/epi_fixture.h"

namespace jsna::test {

using indicators::IndicatorValue;
using indicators::ValueType;

namespace {

constexpr int kIndicators = 100;
constexpr int kRegions = 9;
constexpr int kLas = 150;
constexpr int kYears = 10;
constexpr int kFirstYear = 2013;

// A deterministic pseudo-random number in [0, 1) from a few integers (no global state).
double noise(qint64 a, qint64 b, qint64 c)
{
    quint64 x = static_cast<quint64>(a) * 0x9E3779B97F4A7C15ull ^ static_cast<quint64>(b) * 0xC2B2AE3D27D4EB4Full ^
                static_cast<quint64>(c) * 0x165667B19E3779F9ull;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    return static_cast<double>(x >> 11) / 9007199254740992.0;
}

} // namespace

std::unique_ptr<project::Project> createLargeProject(const QString& path, qint64 target,
                                                    const std::function<void(qint64)>& progress)
{
    auto project = project::Project::create(path, QStringLiteral("Benchmark: one million values"));
    store::Database& db = project->database();
    store::Transaction transaction(db);

    geography::AreaRepository areas(db);
    QStringList codes{QStringLiteral("E92000001")};
    areas.upsert({codes.first(), QStringLiteral("England"), QStringLiteral("england"), {}});
    for (int r = 1; r <= kRegions; ++r) {
        codes.append(QStringLiteral("E1200000%1").arg(r));
        areas.upsert({codes.last(), QStringLiteral("Region %1").arg(r), QStringLiteral("region"), codes.first()});
    }
    for (int i = 1; i <= kLas; ++i) {
        codes.append(QStringLiteral("E06000%1").arg(i, 3, 10, QLatin1Char('0')));
        areas.upsert({codes.last(), QStringLiteral("Authority %1").arg(i, 3, 10, QLatin1Char('0')),
                      QStringLiteral("upper-tier-la"), QStringLiteral("E1200000%1").arg(i % kRegions + 1)});
    }

    indicators::IndicatorRepository indicatorRepo(db);
    const QStringList domains{QStringLiteral("Wider determinants"), QStringLiteral("Health improvement"),
                              QStringLiteral("Health protection"), QStringLiteral("Healthcare and premature mortality"),
                              QStringLiteral("Mental health"), QStringLiteral("Child health"),
                              QStringLiteral("Older people"), QStringLiteral("Population")};
    const QList<ValueType> types{ValueType::Proportion, ValueType::Dsr, ValueType::CrudeRate, ValueType::LifeExpectancy};
    QList<indicators::Indicator> defs;
    for (int k = 0; k < kIndicators; ++k) {
        indicators::Indicator ind;
        ind.name = QStringLiteral("Benchmark indicator %1").arg(k + 1, 3, 10, QLatin1Char('0'));
        ind.valueType = types.at(k % types.size());
        const bool proportion = ind.valueType == ValueType::Proportion;
        const bool le = ind.valueType == ValueType::LifeExpectancy;
        ind.unit = proportion ? QStringLiteral("%") : (le ? QStringLiteral("years") : QStringLiteral("per 100,000"));
        ind.multiplier = proportion ? 100 : (le ? 1 : 100000);
        ind.polarity = k % 7 == 6 ? indicators::Polarity::NotApplicable
                                  : (le || k % 3 == 0 ? indicators::Polarity::HighIsGood
                                                      : indicators::Polarity::LowIsGood);
        ind.domain = domains.at(k % domains.size());
        ind.source = QStringLiteral("Synthetic");
        ind.id = indicatorRepo.save(ind);
        defs.append(ind);
    }

    indicators::IndicatorValueRepository values(db);
    qint64 written = 0;
    const auto put = [&](const indicators::Indicator& ind, int area, int year, const QString& sex, const QString& age,
                         const QString& type, const QString& category, double shift) {
        if (written >= target)
            return;
        const bool proportion = ind.valueType == ValueType::Proportion;
        const bool le = ind.valueType == ValueType::LifeExpectancy;
        const double base = proportion ? 20.0 : (le ? 80.0 : 300.0);
        const double spread = proportion ? 6.0 : (le ? 3.0 : 90.0);
        const double value = base + spread * (noise(ind.id, area, 1) - 0.5) * 2.0 + shift +
                             year * spread * 0.03 * (noise(ind.id, area, 2) - 0.5); // year: 0..9
        const double denominator = area == 0 ? 5.0e6 : (area <= kRegions ? 6.0e5 : 1.2e5 * (0.5 + noise(area, 0, 3)));
        IndicatorValue v;
        v.indicatorId = ind.id;
        v.areaCode = codes.at(area);
        v.period = QString::number(kFirstYear + year);
        v.periodSortable = static_cast<qint64>(kFirstYear + year) * 10000;
        v.sex = sex;
        v.age = age;
        v.categoryType = type;
        v.category = category;
        v.value = value;
        const double se = proportion ? std::sqrt(value * (100 - value) / denominator)
                                     : (le ? 0.25 : value / std::sqrt(value * denominator / 1e5));
        v.lower95 = value - 1.96 * se;
        v.upper95 = value + 1.96 * se;
        v.lower998 = value - 3.09 * se;
        v.upper998 = value + 3.09 * se;
        if (!le) {
            v.count = std::round(value * denominator / ind.multiplier);
            v.denominator = denominator;
        }
        v.method = proportion ? QStringLiteral("Wilson") : QStringLiteral("Byar's");
        v.confidence = QStringLiteral("95,99.8");
        v.provenance = QStringLiteral("benchmark generator");
        values.upsert(v);
        if (++written % 50000 == 0 && progress)
            progress(written);
    };

    const QString persons = QStringLiteral("Persons");
    const QString allAges = QStringLiteral("All ages");
    const QString deciles = QStringLiteral("County & UA deprivation deciles in England (IMD2019)");
    const QStringList ordinals{QStringLiteral("Most"),         QStringLiteral("Second most"), QStringLiteral("Third more"),
                               QStringLiteral("Fourth more"),  QStringLiteral("Fifth more"),  QStringLiteral("Fifth less"),
                               QStringLiteral("Fourth less"),  QStringLiteral("Third less"),  QStringLiteral("Second least"),
                               QStringLiteral("Least")};
    const QStringList ethnic{QStringLiteral("Asian"), QStringLiteral("Black"), QStringLiteral("Mixed"),
                             QStringLiteral("White"), QStringLiteral("Other"), QStringLiteral("Not stated")};
    const QStringList ages{QStringLiteral("0-17 yrs"), QStringLiteral("18-64 yrs"), QStringLiteral("65-74 yrs"),
                           QStringLiteral("75+ yrs")};
    for (const indicators::Indicator& ind : defs) {
        for (int area = 0; area < codes.size(); ++area) {
            for (int y = 0; y < kYears; ++y) {
                put(ind, area, y, persons, allAges, {}, {}, 0);
                put(ind, area, y, QStringLiteral("Male"), allAges, {}, {}, 1);
                put(ind, area, y, QStringLiteral("Female"), allAges, {}, {}, -1);
            }
            for (int y = kYears - 2; y < kYears; ++y) {
                for (int d = 0; d < ordinals.size(); ++d)
                    put(ind, area, y, persons, allAges, deciles,
                        QStringLiteral("%1 deprived decile (IMD2019)").arg(ordinals.at(d)), (4.5 - d) * 0.8);
                if (area > kRegions)
                    for (int a = 0; a < ages.size(); ++a)
                        put(ind, area, y, persons, ages.at(a), {}, {}, a - 1.5);
            }
            if (area > kRegions)
                for (int e = 0; e < ethnic.size(); ++e)
                    put(ind, area, kYears - 1, persons, allAges, QStringLiteral("Ethnic groups"), ethnic.at(e),
                        e - 2.5);
        }
    }

    indicators::PopulationRepository populations(db);
    const QStringList& bands = indicators::fiveYearAgeBands();
    for (int area = 0; area < codes.size(); ++area)
        for (int b = 0; b < bands.size(); ++b)
            for (const QString& sex : {QStringLiteral("Male"), QStringLiteral("Female")})
                populations.upsertPopulation(
                    {codes.at(area), kFirstYear + kYears - 1, sex, bands.at(b),
                     std::round((area == 0 ? 1.6e6 : 8000.0) * (1.2 - b / 22.0) * (0.8 + 0.4 * noise(area, b, 7)))});
    transaction.commit();
    return project;
}

} // namespace jsna::test
