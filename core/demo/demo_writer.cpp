// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_writer.h"

#include <array>
#include <utility>

#include "core/demo/event_catalogue.h"
#include "core/demo/geography.h"
#include "core/demo/indicator_catalogue.h"
#include "core/foundation/progress.h"
#include "core/geography/area_repository.h"
#include "core/geography/deprivation_repository.h"
#include "core/indicators/age_bands.h"
#include "core/indicators/indicator_repository.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/indicators/population_repository.h"
#include "core/store/database.h"

namespace jsna::demo {

namespace {

constexpr qint64 kRowsBetweenCancelChecks = 20000;

QString storedType(AreaKind kind)
{
    switch (kind) {
    case AreaKind::England:
        return QString::fromUtf16(geography::area_type::kEngland);
    case AreaKind::Region:
        return QString::fromUtf16(geography::area_type::kRegion);
    case AreaKind::Borough:
    case AreaKind::Peer:
        return QString::fromUtf16(geography::area_type::kUpperTierLa);
    case AreaKind::Ward:
        return QString::fromUtf16(geography::area_type::kWard);
    case AreaKind::Lsoa:
        return QString::fromUtf16(geography::area_type::kLsoa);
    }
    return {};
}

void checkpoint(Progress& progress, qint64& rows)
{
    if (++rows % kRowsBetweenCancelChecks == 0)
        throwIfCanceled(progress);
}

} // namespace

DemoSummary writeDemo(store::Database& database, const DemoModel& model, std::vector<indicators::IndicatorValue>& values,
                      Progress& progress)
{
    DemoSummary summary;
    qint64 rows = 0;
    geography::AreaRepository areas(database);
    geography::DeprivationRepository deprivation(database);
    for (const DemoArea& area : model.areas) {
        areas.upsert({area.code, area.name, storedType(area.kind),
                      area.parent >= 0 ? model.area(area.parent).code : QString()});
        ++summary.areas;
    }
    const QString vintage = QString::fromUtf16(kLookupVintage);
    for (const int ward : model.wards)
        areas.upsertLookup(model.area(ward).code, QStringLiteral("ward-la"), vintage, model.area(model.borough).code);
    for (const int lsoa : model.lsoas) {
        const DemoArea& area = model.area(lsoa);
        areas.upsertLookup(area.code, QStringLiteral("lsoa-ward"), vintage, model.area(area.parent).code);
        deprivation.upsert({area.code, QStringLiteral("IMD2019"), 2011, area.imdScore, area.imdRank, area.imdDecile});
    }
    summary.wards = static_cast<int>(model.wards.size());
    summary.lsoas = static_cast<int>(model.lsoas.size());
    summary.peers = static_cast<int>(model.peers.size());
    summary.years = kYearCount;
    summary.boroughName = model.area(model.borough).name;
    throwIfCanceled(progress);

    const QStringList& bands = indicators::fiveYearAgeBands();
    const std::array<QString, 2> sexes{QString::fromUtf16(indicators::sex::kMale),
                                       QString::fromUtf16(indicators::sex::kFemale)};
    indicators::PopulationRepository populations(database);
    for (std::size_t a = 0; a < model.areas.size(); ++a) {
        for (int y = 0; y < kYearCount; ++y) {
            for (int s = 0; s < 2; ++s) {
                for (int b = 0; b < kBandCount; ++b) {
                    populations.upsertPopulation({model.areas[a].code, kFirstYear + y, sexes[static_cast<std::size_t>(s)],
                                                  bands[b], model.population[a][static_cast<std::size_t>(y)].at(s, b)});
                    ++summary.populationRows;
                    checkpoint(progress, rows);
                }
            }
        }
    }
    for (const MeasureSpec& spec : measureCatalogue()) {
        const QString measure = QString::fromUtf16(spec.name);
        const auto& events = model.events[static_cast<std::size_t>(spec.measure)];
        for (std::size_t a = 0; a < model.areas.size(); ++a) {
            for (int y = 0; y < kYearCount; ++y) {
                for (int s = 0; s < 2; ++s) {
                    for (int b = spec.firstBand; b <= spec.lastBand; ++b) {
                        populations.upsertEventCount(measure, {model.areas[a].code, kFirstYear + y,
                                                               sexes[static_cast<std::size_t>(s)], bands[b],
                                                               events[a][static_cast<std::size_t>(y)].at(s, b)});
                        ++summary.eventRows;
                        checkpoint(progress, rows);
                    }
                }
            }
        }
    }

    indicators::IndicatorRepository indicatorRepository(database);
    std::vector<qint64> ids;
    for (const IndicatorSpec& spec : indicatorCatalogue())
        ids.push_back(indicatorRepository.save(toIndicator(spec)));
    summary.indicators = static_cast<int>(ids.size());
    indicators::IndicatorValueRepository valueRepository(database);
    for (indicators::IndicatorValue& value : values) {
        value.indicatorId = ids[static_cast<std::size_t>(value.indicatorId)];
        valueRepository.upsert(value);
        ++summary.values;
        checkpoint(progress, rows);
    }
    return summary;
}

void writeDemoSettings(store::Database& database)
{
    store::Statement& statement = database.cached(
        "INSERT INTO project_settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    using Setting = std::pair<const char16_t*, const char16_t*>;
    for (const auto& [key, value] : std::array<Setting, 3>{Setting{u"disclosure.suppress_from", u"1"},
                                                           Setting{u"disclosure.suppress_to", u"7"},
                                                           Setting{u"disclosure.round_to", u"5"}}) {
        statement.bind(1, QString::fromUtf16(key)).bind(2, QString::fromUtf16(value)).run();
    }
}

} // namespace jsna::demo
