// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/import_runner.h"

#include <algorithm>

#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/import/field_parsers.h"
#include "core/import/import_session.h"
#include "core/import/importer.h"
#include "core/import/prefetching_reader.h"
#include "core/project/schema.h"
#include "core/store/database.h"

namespace jsna::import {

namespace {

constexpr int kMaxLinesBeforeHeader = 20;
// A bigger page cache for the import's connection: index inserts of a million rows stay in memory.
constexpr const char* kImportCacheSize = "PRAGMA cache_size = -65536"; // KiB, i.e. 64 MiB

// While a bulk import runs on the only connection, a rollback journal (synchronous FULL, so a power
// cut cannot corrupt it) replaces WAL; the destructor restores WAL and NORMAL.
class BulkLoadMode
{
public:
    BulkLoadMode(store::Database& database, bool enabled)
        : m_db(database)
    {
        if (!enabled || m_db.scalarText("PRAGMA journal_mode").compare(u"wal", Qt::CaseInsensitive) != 0)
            return;
        try {
            m_switched =
                m_db.scalarText("PRAGMA journal_mode = DELETE").compare(u"delete", Qt::CaseInsensitive) == 0;
            if (m_switched)
                m_db.exec("PRAGMA synchronous = FULL");
        } catch (const ProjectError&) {
            m_switched = false; // another connection is open: stay in WAL
        }
    }
    ~BulkLoadMode()
    {
        if (!m_switched)
            return;
        try {
            m_db.scalarText("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA synchronous = NORMAL");
        } catch (const ProjectError&) { // a destructor must not throw; the next open sets WAL again
        }
    }
    BulkLoadMode(const BulkLoadMode&) = delete;
    BulkLoadMode& operator=(const BulkLoadMode&) = delete;

private:
    store::Database& m_db;
    bool m_switched = false;
};

bool allEmpty(const Fields& fields)
{
    return std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trimmed(f).empty(); });
}

ImportOptions resolveOptions(store::Database& database, const QString& dataPath, ImportOptions options)
{
    if (!options.format) {
        const FilePreview preview = previewFile(dataPath);
        if (!preview.detected) {
            throw ProjectError(
                QStringLiteral("cannot tell what kind of file this is from its header; choose a "
                               "format (a generic file also needs a column mapping)"),
                dataPath);
        }
        options.format = preview.detected;
    }
    if (*options.format == ImportFormat::Generic && !options.mapping) {
        if (options.mappingName.isEmpty())
            throw ProjectError(QStringLiteral("a generic file needs a column mapping: name a saved mapping"),
                               dataPath);
        options.mapping = MappingRepository(database).find(options.mappingName);
        if (!options.mapping) {
            const QStringList names = MappingRepository(database).names();
            throw ProjectError(QStringLiteral("there is no saved mapping named '%1' (saved mappings: %2)")
                                   .arg(options.mappingName, names.isEmpty()
                                                                 ? QStringLiteral("none")
                                                                 : names.join(QStringLiteral(", "))),
                               dataPath);
        }
    }
    return options;
}

} // namespace

FilePreview previewFile(const QString& path, int maxRows)
{
    CsvReader reader(path);
    FilePreview preview;
    preview.totalBytes = reader.totalBytes();
    QStringList fields;
    while (preview.rows.size() < maxRows && reader.next(fields))
        preview.rows.append(fields);
    preview.format = reader.format();
    preview.detected = detectImportFormat(preview.rows, &preview.headerRow);
    return preview;
}

ImportReport importFile(store::Database& database, const QString& dataPath, const ImportOptions& requested,
                        Progress& progress)
{
    const ImportOptions options = resolveOptions(database, dataPath, requested);
    std::unique_ptr<Importer> importer = makeImporter(*options.format, options, database);
    PrefetchingReader reader(dataPath);
    ImportReport report;
    report.file = dataPath;
    report.format = *options.format;
    report.encoding = reader.format().encoding;
    report.delimiter = reader.format().delimiter;

    const qint64 cacheSize = database.scalarInt64("PRAGMA cache_size");
    database.exec(kImportCacheSize);
    BulkLoadMode bulkLoad(database, options.exclusiveConnection);
    try {
        ImportSession session(database, reader, options, report, progress);
        Fields fields;
        std::size_t headerSize = 0;
        int leading = 0;
        while (reader.nextUtf8(fields)) {
            if (allEmpty(fields))
                continue;
            if (headerSize == 0) {
                if (importer->readHeader(session, fields)) {
                    headerSize = fields.size();
                } else if (++leading >= kMaxLinesBeforeHeader) {
                    throw ProjectError(QStringLiteral("no %1 header in the first %2 lines")
                                           .arg(importFormatLabel(report.format))
                                           .arg(kMaxLinesBeforeHeader),
                                       dataPath, reader.recordLine(), 0);
                }
                continue;
            }
            if (fields.size() == 1 && headerSize > 2) {
                // A line without a single delimiter under a wide header: a title or source note.
                session.addNote(QStringLiteral("skipped the note on line %1").arg(reader.recordLine()));
                continue;
            }
            session.beginRow();
            if (fields.size() > headerSize &&
                std::all_of(fields.begin() + static_cast<std::ptrdiff_t>(headerSize), fields.end(),
                            [](std::string_view f) { return trimmed(f).empty(); })) {
                fields.resize(headerSize); // trailing empty cells, as spreadsheets write them
            }
            if (fields.size() != headerSize) {
                session.reject(
                    -1, {},
                    QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(headerSize));
                continue;
            }
            importer->readRow(session, fields);
        }
        if (headerSize == 0)
            throw ProjectError(QStringLiteral("the file has no header row"), dataPath);
        importer->finish(session);
        session.finish();
    } catch (const Canceled&) {
        report.canceled = true;
        report.committed = false;
        report.clearWrites();
    } catch (...) {
        database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
        throw;
    }
    database.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    return report;
}

ImportReport importFileIntoProject(const QString& projectPath, const QString& dataPath,
                                   const ImportOptions& options, Progress& progress)
{
    store::Database database(projectPath, store::Database::Mode::ReadWrite);
    if (database.applicationId() != project::kApplicationId)
        throw ProjectError(QStringLiteral("not a JSNA Workbench project"), projectPath);
    if (database.userVersion() != project::currentSchemaVersion()) {
        throw ProjectError(
            QStringLiteral("the project's schema is version %1, not %2: open it in this version "
                           "first")
                .arg(database.userVersion())
                .arg(project::currentSchemaVersion()),
            projectPath);
    }
    database.exec("PRAGMA foreign_keys = ON");
    return importFile(database, dataPath, options, progress);
}

} // namespace jsna::import
