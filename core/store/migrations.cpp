// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migrations.h"

#include "core/foundation/project_error.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

namespace jsna::store {

SchemaState readSchemaState(Database& database)
{
    SchemaState state;
    state.fileVersion = database.userVersion();
    if (database.tableExists(QStringLiteral("project_meta"))) {
        Statement& statement = database.cached("SELECT value FROM project_meta WHERE key = ?1");
        statement.bind(1, QString::fromLatin1(kMinCompatibleKey));
        if (statement.step())
            state.minCompatibleVersion = static_cast<int>(statement.int64(0));
        statement.reset();
    }
    return state;
}

void applyMigrations(Database& database, std::span<const Migration> migrations)
{
    for (const Migration& step : migrations) {
        if (step.toVersion <= database.userVersion())
            continue;
        try {
            Transaction transaction(database);
            database.exec("CREATE TABLE IF NOT EXISTS project_meta ("
                          " key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
            step.apply(database);
            Statement& meta = database.cached(
                "INSERT INTO project_meta(key, value) VALUES (?1, ?2)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            meta.bind(1, QString::fromLatin1(kMinCompatibleKey)).bind(2, step.minCompatibleVersion).run();
            database.setUserVersion(step.toVersion);
            transaction.commit();
        } catch (const ProjectError& error) {
            throw ProjectError(QStringLiteral("upgrading to schema version %1 (%2) failed: %3")
                                   .arg(QString::number(step.toVersion), QString::fromUtf8(step.description),
                                        error.message()),
                               database.path());
        }
    }
}

} // namespace jsna::store
