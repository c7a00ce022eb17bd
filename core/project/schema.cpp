// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/schema.h"

#include <array>

#include <QStringList>

#include "core/store/database.h"
#include "core/workshop/workshop_schema.h"

namespace jsna::project {

namespace {

// v1: the epidemiology core: areas, indicators, their values and populations.
void createCoreTables(store::Database& db)
{
    db.exec(R"sql(
CREATE TABLE areas (
    code        TEXT PRIMARY KEY,            -- ONS GSS code, e.g. E09000011
    name        TEXT NOT NULL,
    area_type   TEXT NOT NULL,               -- england, region, upper-tier-la, ward, msoa, lsoa, ...
    parent_code TEXT REFERENCES areas(code) ON DELETE SET NULL
);
CREATE INDEX areas_by_type ON areas(area_type);
CREATE INDEX areas_by_parent ON areas(parent_code);

CREATE TABLE indicators (
    id            INTEGER PRIMARY KEY,
    fingertips_id INTEGER UNIQUE,            -- OHID Fingertips indicator ID when there is one
    name          TEXT NOT NULL,
    definition    TEXT NOT NULL DEFAULT '',
    unit          TEXT NOT NULL DEFAULT '',
    value_type    TEXT NOT NULL CHECK (value_type IN ('proportion', 'crude-rate', 'dsr', 'isr', 'mean',
                      'life-expectancy', 'count', 'ratio', 'other')),
    multiplier    REAL NOT NULL DEFAULT 1,    -- 100 for a percentage, 100000 for a rate per 100,000
    polarity      TEXT NOT NULL CHECK (polarity IN ('low-is-good', 'high-is-good', 'not-applicable')),
    domain        TEXT NOT NULL DEFAULT '',  -- e.g. PHOF domain or profile
    source        TEXT NOT NULL DEFAULT '',
    caveats       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicator_values (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    area_code       TEXT NOT NULL REFERENCES areas(code) ON DELETE CASCADE,
    period          TEXT NOT NULL,            -- as published, e.g. 2019 - 21
    period_sortable INTEGER NOT NULL,         -- e.g. 20190000
    sex             TEXT NOT NULL,            -- Persons, Male, Female
    age             TEXT NOT NULL,            -- e.g. All ages, 65+ yrs
    category_type   TEXT NOT NULL DEFAULT '', -- e.g. County & UA deprivation deciles in England
    category        TEXT NOT NULL DEFAULT '',
    value           REAL,
    lower95         REAL,
    upper95         REAL,
    lower998        REAL,
    upper998        REAL,
    count           REAL,
    denominator     REAL,
    value_note      TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL DEFAULT '', -- how the value and limits were computed
    confidence      TEXT NOT NULL DEFAULT '', -- confidence levels the limits are for, e.g. 95,99.8
    provenance      TEXT NOT NULL DEFAULT '', -- source file or generator
    UNIQUE (indicator_id, area_code, period, sex, age, category_type, category)
);
CREATE INDEX indicator_values_by_area ON indicator_values(area_code, indicator_id);

CREATE TABLE populations (
    area_code TEXT NOT NULL REFERENCES areas(code) ON DELETE CASCADE,
    year      INTEGER NOT NULL,
    sex       TEXT NOT NULL,
    age_band  TEXT NOT NULL,                  -- 0-4, 5-9, ..., 90+
    count     REAL NOT NULL CHECK (count >= 0),
    PRIMARY KEY (area_code, year, sex, age_band)
) WITHOUT ROWID;

CREATE TABLE project_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql");
}

// v2: deprivation, geography lookups and event counts by age band (for rates and DSRs).
void addDeprivationLookupsAndCounts(store::Database& db)
{
    db.exec(R"sql(
CREATE TABLE deprivation (
    area_code    TEXT NOT NULL REFERENCES areas(code) ON DELETE CASCADE,
    edition      TEXT NOT NULL,               -- IMD2019, IMD2025
    lsoa_vintage INTEGER NOT NULL CHECK (lsoa_vintage IN (2011, 2021)),
    score        REAL,
    rank         INTEGER,
    decile       INTEGER CHECK (decile BETWEEN 1 AND 10), -- 1 = most deprived
    PRIMARY KEY (area_code, edition)
) WITHOUT ROWID;

-- Key columns are declared first: SQLite 3.40's integrity_check misreads NOT NULL columns of a
-- WITHOUT ROWID table declared between its key columns.
CREATE TABLE area_lookups (
    child_code  TEXT NOT NULL REFERENCES areas(code) ON DELETE CASCADE,
    relation    TEXT NOT NULL,                -- lsoa-ward, lsoa-msoa, ward-la, ...
    vintage     TEXT NOT NULL DEFAULT '',     -- lookup edition, e.g. 2021
    parent_code TEXT NOT NULL REFERENCES areas(code) ON DELETE CASCADE,
    PRIMARY KEY (child_code, relation, vintage)
) WITHOUT ROWID;
CREATE INDEX area_lookups_by_parent ON area_lookups(parent_code, relation);

CREATE TABLE event_counts (
    measure   TEXT NOT NULL,                  -- e.g. deaths-all-causes, admissions-falls-65plus
    area_code TEXT NOT NULL REFERENCES areas(code) ON DELETE CASCADE,
    year      INTEGER NOT NULL,
    sex       TEXT NOT NULL,
    age_band  TEXT NOT NULL,
    count     REAL NOT NULL CHECK (count >= 0),
    PRIMARY KEY (measure, area_code, year, sex, age_band)
) WITHOUT ROWID;
)sql");
}

// v3 (import): what an import keeps beyond the values themselves: the log of imports, saved column
// mappings for generic files, and the Fingertips comparison and trend labels of each value. Only adds
// tables and columns with defaults, so a v1 or v2 reader can still read (and write) the file.
void addImportLogMappingsAndLabels(store::Database& db)
{
    db.exec(R"sql(
CREATE TABLE IF NOT EXISTS imports (
    id            INTEGER PRIMARY KEY,
    file          TEXT NOT NULL,              -- path of the imported file, as given
    format        TEXT NOT NULL,              -- fingertips, generic, ons-population, imd, lookup, counts, population
    encoding      TEXT NOT NULL,              -- e.g. UTF-8, Windows-1252
    imported_at   TEXT NOT NULL,              -- ISO 8601, UTC
    rows_read     INTEGER NOT NULL,
    rows_added    INTEGER NOT NULL DEFAULT 0,
    rows_replaced INTEGER NOT NULL DEFAULT 0,
    rows_kept     INTEGER NOT NULL DEFAULT 0, -- duplicates of existing rows left as they were
    rows_rejected INTEGER NOT NULL DEFAULT 0, -- skipped with --skip-bad-rows
    options       TEXT NOT NULL DEFAULT ''    -- e.g. duplicates=keep; skip-bad-rows; mapping=NAME
);

CREATE TABLE IF NOT EXISTS import_mappings (
    name       TEXT PRIMARY KEY,              -- chosen by the user, reused by name
    mapping    TEXT NOT NULL,                 -- JSON object: field -> column header, plus defaults
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql");
    // Probe before ALTER, so the step is safe to re-run after a partial failure.
    QStringList existing;
    store::Statement columns = db.prepare("SELECT name FROM pragma_table_info('indicator_values')");
    while (columns.step())
        existing.append(columns.text(0));
    for (const char* column : {"recent_trend", "compared_to_england", "compared_to_parent", "compared_to_goal",
                               "time_period_range", "new_data"}) {
        if (!existing.contains(QLatin1String(column))) {
            db.exec(QStringLiteral("ALTER TABLE indicator_values ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                        .arg(QLatin1String(column)));
        }
    }
}

constexpr std::array kMigrations{
    store::Migration{1, 1, "areas, indicators, values and populations", &createCoreTables},
    store::Migration{2, 1, "deprivation, area lookups and event counts", &addDeprivationLookupsAndCounts},
    store::Migration{3, 1, "import log, saved column mappings, comparison and trend labels",
                     &addImportLogMappingsAndLabels},
    store::Migration{4, 1, "evidence items, workshops, notes with full-text search, themes, prioritisation",
                     &workshop::createEvidenceAndWorkshopTables},
};

} // namespace

store::FileFormat projectFileFormat()
{
    return store::FileFormat{kApplicationId, kMigrations};
}

int currentSchemaVersion()
{
    return projectFileFormat().currentVersion();
}

} // namespace jsna::project
