// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/population_query.h"

#include <QHash>

#include "core/epidemiology/epidemiology_data.h"
#include "core/indicators/age_bands.h"
#include "core/indicators/population_repository.h"
#include "core/project/project.h"

namespace jsna::epidemiology {

namespace {

struct SexCounts
{
    double male = 0;
    double female = 0;
};

// Male and female counts by band, and their total.
QHash<QString, SexCounts> countsByBand(indicators::PopulationRepository& repository, const QString& code, int year,
                                       double& total)
{
    QHash<QString, SexCounts> bands;
    total = 0;
    for (const indicators::BandCount& row : repository.population(code, year)) {
        if (row.sex == QStringView(indicators::sex::kMale)) {
            bands[row.ageBand].male += row.count;
            total += row.count;
        } else if (row.sex == QStringView(indicators::sex::kFemale)) {
            bands[row.ageBand].female += row.count;
            total += row.count;
        }
    }
    return bands;
}

} // namespace

PyramidData pyramidFor(EpidemiologyData& data, const QString& areaCode, int year, const QString& comparatorCode)
{
    PyramidData pyramid;
    const geography::Area* area = data.area(areaCode);
    if (!area)
        return pyramid;
    pyramid.area = *area;
    indicators::PopulationRepository repository(data.project().database());
    pyramid.years = repository.populationYears();
    if (pyramid.years.isEmpty())
        return pyramid;
    pyramid.year = year != 0 && pyramid.years.contains(year) ? year : pyramid.years.last();
    const QString comparator = comparatorCode.isEmpty() ? data.englandCode() : comparatorCode;
    if (const geography::Area* c = data.area(comparator); c && comparator != areaCode)
        pyramid.comparator = *c;

    const QHash<QString, SexCounts> own = countsByBand(repository, areaCode, pyramid.year, pyramid.total);
    QHash<QString, SexCounts> other;
    if (!pyramid.comparator.code.isEmpty())
        other = countsByBand(repository, pyramid.comparator.code, pyramid.year, pyramid.comparatorTotal);
    for (const QString& band : indicators::fiveYearAgeBands()) {
        PyramidBand b;
        b.band = band;
        const SexCounts mine = own.value(band);
        b.male = mine.male;
        b.female = mine.female;
        if (pyramid.total > 0) {
            b.malePercent = 100.0 * mine.male / pyramid.total;
            b.femalePercent = 100.0 * mine.female / pyramid.total;
        }
        if (pyramid.comparatorTotal > 0) {
            const SexCounts theirs = other.value(band);
            b.comparatorMalePercent = 100.0 * theirs.male / pyramid.comparatorTotal;
            b.comparatorFemalePercent = 100.0 * theirs.female / pyramid.comparatorTotal;
        }
        pyramid.bands.append(b);
    }
    return pyramid;
}

} // namespace jsna::epidemiology
