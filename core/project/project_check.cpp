// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_check.h"

#include <QMap>
#include <QSet>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/project/schema.h"
#include "core/store/database.h"

namespace jsna::project {

namespace {

using Columns = QMap<QString, QStringList>; // table -> its columns, in order

Columns describeSchema(store::Database& database)
{
    Columns columns;
    store::Statement tables = database.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    while (tables.step()) {
        const QString table = tables.text(0);
        store::Statement info = database.prepare(
            QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table).toUtf8().constData());
        QStringList names;
        while (info.step())
            names.append(info.text(0));
        columns.insert(table, names);
    }
    return columns;
}

// The schema a file of this version should have: every migration applied to an empty database.
Columns expectedSchema(int version)
{
    store::Database reference(QStringLiteral(":memory:"), store::Database::Mode::Create);
    const store::FileFormat format = projectFileFormat();
    QList<store::Migration> steps;
    for (const store::Migration& step : format.migrations)
        if (step.toVersion <= version)
            steps.append(step);
    store::applyMigrations(reference, steps);
    return describeSchema(reference);
}

} // namespace

CheckReport checkProjectFile(const QString& path)
{
    CheckReport report;
    std::unique_ptr<Project> project;
    try {
        project = Project::inspect(path); // header, application id and version; changes nothing
    } catch (const ProjectError& error) {
        report.problems.append(error.message());
        return report;
    }
    store::Database& db = project->database();
    report.schemaVersion = db.userVersion();

    {
        store::Statement integrity = db.prepare("PRAGMA integrity_check(20)");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != u"ok")
                report.problems.append(QStringLiteral("integrity: %1").arg(line));
        }
    }
    {
        store::Statement foreignKeys = db.prepare("PRAGMA foreign_key_check");
        int shown = 0;
        while (foreignKeys.step() && shown++ < 20) {
            report.problems.append(QStringLiteral("foreign key: row %1 of table %2 refers to a missing row of %3")
                                       .arg(foreignKeys.text(1), foreignKeys.text(0), foreignKeys.text(2)));
        }
    }

    const int known = std::min(report.schemaVersion, currentSchemaVersion());
    const Columns expected = expectedSchema(known);
    const Columns actual = describeSchema(db);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key())) {
            report.problems.append(QStringLiteral("schema: table %1 is missing").arg(it.key()));
            continue;
        }
        const QStringList have = actual.value(it.key());
        for (const QString& column : it.value())
            if (!have.contains(column))
                report.problems.append(QStringLiteral("schema: column %1.%2 is missing").arg(it.key(), column));
    }
    return report;
}

} // namespace jsna::project
