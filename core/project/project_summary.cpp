// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_summary.h"

#include "core/store/database.h"

namespace jsna::project {

QList<TableCount> tableCounts(store::Database& database)
{
    QStringList tables;
    {
        store::Statement statement = database.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
        while (statement.step())
            tables.append(statement.text(0));
    }
    QList<TableCount> counts;
    for (const QString& table : tables) {
        // Shadow tables of FTS5 indexes are an implementation detail of the index.
        if (table.contains(u"_fts_") || table.endsWith(u"_data") || table.endsWith(u"_idx") ||
            table.endsWith(u"_docsize") || table.endsWith(u"_config") || table.endsWith(u"_content"))
            continue;
        const QString sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table);
        counts.append({table, database.scalarInt64(sql.toUtf8().constData())});
    }
    return counts;
}

} // namespace jsna::project
