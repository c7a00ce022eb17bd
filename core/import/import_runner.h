// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QStringList>

#include "core/import/csv_reader.h"
#include "core/import/import_types.h"

namespace jsna {
class Progress;
}

namespace jsna::store {
class Database;
}

namespace jsna::import {

// The first rows of a file, for the wizard's preview and format choice.
struct FilePreview
{
    CsvFormat format;
    qint64 totalBytes = 0;
    QList<QStringList> rows;              // as read, header included, at most maxRows
    std::optional<ImportFormat> detected; // from the header; empty when nothing fits (use generic)
    int headerRow = 0;                    // index in rows of the header (ONS files may start with titles)
};

// Reads the first maxRows records. Throws ProjectError when the file cannot be read as text.
FilePreview previewFile(const QString& path, int maxRows = 20);

// The format whose header the rows hold, looking at up to the first 20 records, or nullopt.
std::optional<ImportFormat> detectImportFormat(const QList<QStringList>& firstRows, int* headerRow = nullptr);

// Imports a file into the project open on database, in one transaction: everything or (without
// skipBadRows, if any row is rejected) nothing. Returns the report; canceling (through progress)
// rolls back and returns a report marked canceled. Throws ProjectError for problems that stop the
// import as a whole (unreadable or malformed file, wrong header, no mapping), naming file, line and
// column; nothing is written then either.
ImportReport importFile(store::Database& database, const QString& dataPath, const ImportOptions& options,
                        Progress& progress);

// The same on a connection of its own to the project file at projectPath, for a worker thread while
// the GUI thread keeps the project open (WAL lets both work; one connection per thread).
ImportReport importFileIntoProject(const QString& projectPath, const QString& dataPath,
                                   const ImportOptions& options, Progress& progress);

} // namespace jsna::import
