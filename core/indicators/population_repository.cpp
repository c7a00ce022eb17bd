// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/population_repository.h"

#include "core/indicators/age_bands.h"
#include "core/store/database.h"

namespace jsna::indicators {

namespace {

// Age bands sort as numbers ("5-9" before "10-14"), not as text.
QList<BandCount> readSortedByBand(store::Statement& statement)
{
    QList<BandCount> rows;
    while (statement.step()) {
        rows.append(BandCount{statement.text(0), static_cast<int>(statement.int64(1)), statement.text(2),
                              statement.text(3), statement.real(4)});
    }
    statement.reset();
    const QStringList& bands = fiveYearAgeBands();
    std::stable_sort(rows.begin(), rows.end(), [&bands](const BandCount& a, const BandCount& b) {
        const auto ia = bands.indexOf(a.ageBand);
        const auto ib = bands.indexOf(b.ageBand);
        return ia != ib ? ia < ib : a.sex < b.sex;
    });
    return rows;
}

} // namespace

PopulationRepository::PopulationRepository(store::Database& database)
    : m_db(database)
{
}

void PopulationRepository::upsertPopulation(const BandCount& row)
{
    m_db.cached("INSERT INTO populations(area_code, year, sex, age_band, count) VALUES (?1, ?2, ?3, ?4, ?5)"
                " ON CONFLICT(area_code, year, sex, age_band) DO UPDATE SET count = excluded.count")
        .bind(1, row.areaCode)
        .bind(2, row.year)
        .bind(3, row.sex)
        .bind(4, row.ageBand)
        .bind(5, row.count)
        .run();
}

QList<BandCount> PopulationRepository::population(const QString& areaCode, int year)
{
    store::Statement& statement = m_db.cached(
        "SELECT area_code, year, sex, age_band, count FROM populations WHERE area_code = ?1 AND year = ?2");
    statement.bind(1, areaCode).bind(2, year);
    return readSortedByBand(statement);
}

QList<int> PopulationRepository::populationYears()
{
    store::Statement statement = m_db.prepare("SELECT DISTINCT year FROM populations ORDER BY year");
    QList<int> years;
    while (statement.step())
        years.append(static_cast<int>(statement.int64(0)));
    return years;
}

double PopulationRepository::totalPopulation(const QString& areaCode, int year, const QString& sex)
{
    store::Statement& statement = m_db.cached(
        "SELECT coalesce(sum(count), 0) FROM populations WHERE area_code = ?1 AND year = ?2 AND sex = ?3");
    statement.bind(1, areaCode).bind(2, year).bind(3, sex);
    const double total = statement.step() ? statement.real(0) : 0.0;
    statement.reset();
    return total;
}

void PopulationRepository::upsertEventCount(const QString& measure, const BandCount& row)
{
    m_db.cached("INSERT INTO event_counts(measure, area_code, year, sex, age_band, count)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(measure, area_code, year, sex, age_band)"
                " DO UPDATE SET count = excluded.count")
        .bind(1, measure)
        .bind(2, row.areaCode)
        .bind(3, row.year)
        .bind(4, row.sex)
        .bind(5, row.ageBand)
        .bind(6, row.count)
        .run();
}

QList<BandCount> PopulationRepository::eventCounts(const QString& measure, const QString& areaCode, int year)
{
    store::Statement& statement = m_db.cached(
        "SELECT area_code, year, sex, age_band, count FROM event_counts"
        " WHERE measure = ?1 AND area_code = ?2 AND year = ?3");
    statement.bind(1, measure).bind(2, areaCode).bind(3, year);
    return readSortedByBand(statement);
}

QStringList PopulationRepository::measures()
{
    store::Statement statement = m_db.prepare("SELECT DISTINCT measure FROM event_counts ORDER BY measure");
    QStringList measures;
    while (statement.step())
        measures.append(statement.text(0));
    return measures;
}

} // namespace jsna::indicators
