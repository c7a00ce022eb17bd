// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jsna::store {
class Database;
}

namespace jsna::project {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Row counts of every project table (SQLite's own and FTS shadow tables left out), sorted by name.
QList<TableCount> tableCounts(store::Database& database);

} // namespace jsna::project
