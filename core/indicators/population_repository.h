// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace jsna::store {
class Database;
}

namespace jsna::indicators {

// A count of people (populations) or events (event_counts) by area, year, sex and 5-year age band.
struct BandCount
{
    QString areaCode;
    int year = 0;
    QString sex;
    QString ageBand;
    double count = 0;

    bool operator==(const BandCount&) const = default;
};

// Reads and writes populations and event counts by age band (the inputs of rates, DSRs and life
// tables). Callers group bulk writes in one store::Transaction. Used on the owning thread.
class PopulationRepository
{
public:
    explicit PopulationRepository(store::Database& database);

    void upsertPopulation(const BandCount& row);
    // Rows for one area and year (all sexes), in age-band order then sex.
    QList<BandCount> population(const QString& areaCode, int year);
    QList<int> populationYears(); // ascending
    double totalPopulation(const QString& areaCode, int year, const QString& sex);

    // measure names an event type, e.g. "deaths-all-causes".
    void upsertEventCount(const QString& measure, const BandCount& row);
    QList<BandCount> eventCounts(const QString& measure, const QString& areaCode, int year);
    QStringList measures();

private:
    store::Database& m_db;
};

} // namespace jsna::indicators
