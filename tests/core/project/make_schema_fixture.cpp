// SPDX-License-Identifier: GPL-3.0-or-later
// make_schema_fixture VERSION OUT: writes a small project file at schema VERSION, with a few rows in
// each table that version has. Run once when a schema version is released; the output is checked in
// as tests/data/projects/vVERSION.jsna and never regenerated.
#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include "core/foundation/project_error.h"
#include "core/project/schema.h"
#include "core/store/database.h"

using namespace jsna;

namespace {

void fillVersion1(store::Database& db)
{
    db.exec(R"sql(
INSERT INTO project_meta(key, value) VALUES ('title', 'Fixture v1');
INSERT INTO areas VALUES ('E92000001', 'England', 'england', NULL);
INSERT INTO areas VALUES ('E12000007', 'London region', 'region', 'E92000001');
INSERT INTO areas VALUES ('E09000011', 'Greenwich', 'upper-tier-la', 'E12000007');
INSERT INTO indicators(id, fingertips_id, name, unit, value_type, multiplier, polarity, domain, source)
    VALUES (1, 92443, 'Smoking Prevalence in adults (18+) - current smokers (APS)', '%', 'proportion', 100,
            'low-is-good', 'B: Health improvement', 'Annual Population Survey');
INSERT INTO indicator_values(indicator_id, area_code, period, period_sortable, sex, age, value, lower95,
        upper95, lower998, upper998, count, denominator, method, confidence)
    VALUES (1, 'E09000011', '2022', 20220000, 'Persons', '18+ yrs', 12.9, 10.1, 16.3, 8.9, 18.1, NULL, NULL,
            'Wilson', '95,99.8');
INSERT INTO populations VALUES ('E09000011', 2022, 'Female', '0-4', 9650);
INSERT INTO populations VALUES ('E09000011', 2022, 'Male', '0-4', 10110);
)sql");
}

void fillVersion2(store::Database& db)
{
    db.exec(R"sql(
INSERT INTO areas VALUES ('E05013000', 'Abbey Wood', 'ward', 'E09000011');
INSERT INTO areas VALUES ('E01001600', 'Greenwich 001A', 'lsoa', 'E09000011');
INSERT INTO deprivation VALUES ('E01001600', 'IMD2019', 2011, 31.2, 6012, 2);
INSERT INTO area_lookups VALUES ('E01001600', 'lsoa-ward', '2021', 'E05013000');
INSERT INTO event_counts VALUES ('deaths-all-causes', 'E09000011', 2022, 'Female', '85-89', 231);
)sql");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: make_schema_fixture VERSION OUT\n", stderr);
        return 2;
    }
    const int version = args.at(1).toInt();
    const QString out = args.at(2);
    QFile::remove(out);
    try {
        store::Database db(out, store::Database::Mode::Create);
        db.setApplicationId(project::kApplicationId);
        db.exec("PRAGMA journal_mode = DELETE");
        QList<store::Migration> steps;
        for (const store::Migration& step : project::projectFileFormat().migrations)
            if (step.toVersion <= version)
                steps.append(step);
        store::applyMigrations(db, steps);
        if (version >= 1)
            fillVersion1(db);
        if (version >= 2)
            fillVersion2(db);
        db.exec("VACUUM");
    } catch (const ProjectError& error) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.describe()));
        return 1;
    }
    return 0;
}
