// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/value_builder.h"

#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <string>

#include "core/indicators/age_bands.h"
#include "core/stats/standard_population.h"

namespace jsna::demo {

namespace {

std::optional<double> present(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

} // namespace

QString quintileLabel(int quintile)
{
    static const std::array<QString, 5> kLabels{
        QStringLiteral("Most deprived quintile (IMD2019)"), QStringLiteral("Second most deprived quintile (IMD2019)"),
        QStringLiteral("Third more deprived quintile (IMD2019)"),
        QStringLiteral("Second least deprived quintile (IMD2019)"), QStringLiteral("Least deprived quintile (IMD2019)")};
    return kLabels[static_cast<std::size_t>(quintile - 1)];
}

QString decileLabel(int decile)
{
    static const std::array<QString, 10> kLabels{
        QStringLiteral("Most deprived decile (IMD2019)"),    QStringLiteral("Second most deprived decile (IMD2019)"),
        QStringLiteral("Third more deprived decile (IMD2019)"), QStringLiteral("Fourth more deprived decile (IMD2019)"),
        QStringLiteral("Fifth more deprived decile (IMD2019)"), QStringLiteral("Fifth less deprived decile (IMD2019)"),
        QStringLiteral("Fourth less deprived decile (IMD2019)"), QStringLiteral("Third less deprived decile (IMD2019)"),
        QStringLiteral("Second least deprived decile (IMD2019)"), QStringLiteral("Least deprived decile (IMD2019)")};
    return kLabels[static_cast<std::size_t>(decile - 1)];
}

QString sexLabel(int sex)
{
    if (sex == kMale)
        return QString::fromUtf16(indicators::sex::kMale);
    if (sex == kFemale)
        return QString::fromUtf16(indicators::sex::kFemale);
    return QString::fromUtf16(indicators::sex::kPersons);
}

ValueBuilder::ValueBuilder(const DemoModel& model, std::span<const IndicatorSpec> catalogue)
    : m_model(model)
    , m_catalogue(catalogue)
    , m_provenance(QStringLiteral("synthetic demo generator (seed %1)").arg(model.seed))
{
}

indicators::IndicatorValue& ValueBuilder::add(std::size_t spec, int area, int yearIndex, int sex,
                                              const stats::Estimate& estimate, std::optional<double> count,
                                              std::optional<double> denominator)
{
    return add(spec, m_model.area(area).code, yearIndex, sex, estimate, count, denominator);
}

indicators::IndicatorValue& ValueBuilder::add(std::size_t spec, const QString& areaCode, int yearIndex, int sex,
                                              const stats::Estimate& estimate, std::optional<double> count,
                                              std::optional<double> denominator)
{
    const IndicatorSpec& s = m_catalogue[spec];
    indicators::IndicatorValue v;
    v.indicatorId = static_cast<qint64>(spec);
    v.areaCode = areaCode;
    v.period = periodLabel(s.period, yearIndex);
    v.periodSortable = periodSortable(yearIndex);
    v.sex = sexLabel(sex);
    v.age = QString::fromUtf16(s.age);
    v.value = present(estimate.value);
    if (estimate.levelCount >= 2) {
        v.lower95 = present(estimate.at(0).lower);
        v.upper95 = present(estimate.at(0).upper);
        v.lower998 = present(estimate.at(1).lower);
        v.upper998 = present(estimate.at(1).upper);
    }
    v.count = count;
    v.denominator = denominator;
    v.valueNote = QString::fromUtf8(estimate.note.data(), static_cast<qsizetype>(estimate.note.size()));
    const std::string_view method = stats::methodName(estimate.method);
    v.method = QString::fromUtf8(method.data(), static_cast<qsizetype>(method.size()));
    v.confidence = QStringLiteral("95,99.8");
    v.provenance = m_provenance;
    m_values.push_back(std::move(v));
    return m_values.back();
}

const stats::StandardPopulation& esp2013Bands(int first, int last)
{
    static std::mutex mutex;
    static std::map<std::pair<int, int>, stats::StandardPopulation> cache;
    const std::lock_guard lock(mutex);
    auto it = cache.find({first, last});
    if (it == cache.end()) {
        const stats::StandardPopulation& esp = stats::StandardPopulation::esp2013();
        std::vector<std::string> bands;
        std::vector<double> weights;
        for (int b = first; b <= last; ++b) {
            bands.push_back(esp.band(static_cast<std::size_t>(b)));
            weights.push_back(esp.weight(static_cast<std::size_t>(b)));
        }
        const std::string name = "ESP2013 " + bands.front() + " to " + bands.back();
        it = cache.emplace(std::pair{first, last}, stats::StandardPopulation(name, bands, weights)).first;
    }
    return it->second;
}

stats::DsrResult dsrOf(const SexBands& events, const SexBands& population, int first, int last, int sex,
                       const stats::ConfidenceLevels& levels)
{
    std::array<stats::DsrBandInput, kBandCount> rows{};
    for (int b = first; b <= last; ++b) {
        const double count = sex < 0 ? events.at(kMale, b) + events.at(kFemale, b) : events.at(sex, b);
        const double people = sex < 0 ? population.at(kMale, b) + population.at(kFemale, b) : population.at(sex, b);
        rows[static_cast<std::size_t>(b - first)] = {static_cast<std::size_t>(b - first), count, people};
    }
    return stats::directlyStandardisedRate(std::span(rows).first(static_cast<std::size_t>(last - first + 1)),
                                           esp2013Bands(first, last), levels);
}

std::vector<stats::LifeExpectancyAtAge> lifeTableOf(const SexBands& deaths, const SexBands& population, int sex,
                                                    const stats::ConfidenceLevels& levels)
{
    static const std::array<double, kBandCount> kStartAges = [] {
        std::array<double, kBandCount> ages{};
        for (int b = 0; b < kBandCount; ++b)
            ages[static_cast<std::size_t>(b)] = 5.0 * b;
        return ages;
    }();
    std::array<stats::LifeTableBand, kBandCount> bands{};
    for (int b = 0; b < kBandCount; ++b)
        bands[static_cast<std::size_t>(b)] = {5.0 * b, deaths.at(sex, b), population.at(sex, b)};
    return stats::lifeExpectancy(bands, levels, kStartAges);
}

double denominatorOf(const Denominator& d, const SexBands& population)
{
    double total = 0.0;
    for (int b = d.first; b <= d.last; ++b) {
        double share = 1.0;
        if (b == d.first)
            share = d.firstShare;
        else if (b == d.last)
            share = d.lastShare;
        total += share * (d.sex < 0 ? population.at(kMale, b) + population.at(kFemale, b) : population.at(d.sex, b));
    }
    return total * d.scale;
}

SexBands sumOver(std::span<const YearSeries> series, std::span<const int> indices, int yearIndex)
{
    SexBands total;
    for (const int i : indices)
        total += series[static_cast<std::size_t>(i)][static_cast<std::size_t>(yearIndex)];
    return total;
}

} // namespace jsna::demo
