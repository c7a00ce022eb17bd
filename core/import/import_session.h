// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <QFile>
#include <QStringList>

#include "core/import/csv_writer.h"
#include "core/import/import_types.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

namespace jsna {
class Progress;
}

namespace jsna::store {
class Database;
}

namespace jsna::import {

class RecordSource;

// Remembers the keys of the rows seen so far, to report a duplicate with the line of its first
// occurrence. Keys are kept as 64-bit hashes with their line in an open-addressing table of at most
// kMaxKeys keys (about 24 bytes a key, 48 MB when full), so memory stays bounded whatever the file's
// size; past that, later keys are not remembered (isFull() says so). A hash collision (odds around
// 1e-7 at 2 million rows) would report a false duplicate, never miss one.
class KeyTracker
{
public:
    static constexpr std::size_t kMaxKeys = std::size_t{1} << 21;

    // The line the key was first seen on, or 0 when it is new (it is then remembered with line).
    qint64 firstSeen(std::string_view key, qint64 line);
    bool isFull() const { return m_full; }

private:
    void grow();
    std::vector<quint64> m_hashes;
    std::vector<quint32> m_lines;
    std::size_t m_used = 0;
    bool m_full = false;
};

// What happened to one written row.
enum class WriteOutcome
{
    Added,
    Replaced,
    Kept,
};

// One import in progress: the transaction, the report, rejected rows, duplicate keys, known areas
// and progress. Importers call it for everything that is not specific to their format.
// Threading contract: lives on the thread that owns the Database, for one import.
class ImportSession
{
public:
    ImportSession(store::Database& database, const RecordSource& reader, const ImportOptions& options,
                  ImportReport& report, Progress& progress);
    ~ImportSession();
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    store::Database& database() { return m_db; }
    const ImportOptions& options() const { return m_options; }
    ImportReport& report() { return m_report; }
    const RecordSource& reader() const { return m_reader; }
    // Files delimited by ';' write decimal commas.
    bool decimalComma() const;

    // The header's column names, for rejected-row reports.
    void setColumnNames(QStringList names) { m_columnNames = std::move(names); }
    const QStringList& columnNames() const { return m_columnNames; }

    // Counts a data row, reports progress and throws Canceled when asked to stop.
    void beginRow();
    // Rejects the current row. column is the 0-based field index, or -1 for the whole row. Returns
    // false, so an importer can write `return session.reject(...)`. Importers go on validating and
    // writing the other rows either way (so the report is complete); finish() decides what is kept.
    bool reject(int column, std::string_view value, const QString& reason);
    // The line of an earlier row of this file with the same key, or 0.
    qint64 duplicateOf(std::string_view key);

    bool hasArea(std::string_view code) const;
    // Creates the area when it is new (and its parent first, when parentCode is given and new).
    void ensureArea(std::string_view code, std::string_view name, const QString& type,
                    std::string_view parentCode = {}, std::string_view parentName = {});

    void count(WriteOutcome outcome);
    void changed(project::ChangeNotifier::Table table);
    void addNote(const QString& note);

    // Commits when nothing was rejected or bad rows may be skipped, logging the import; otherwise
    // rolls back. Returns whether it committed.
    bool finish();

private:
    void insertArea(std::string_view code, std::string_view name, const QString& type,
                    std::string_view parent);

    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    store::Database& m_db;
    const RecordSource& m_reader;
    const ImportOptions& m_options;
    ImportReport& m_report;
    Progress& m_progress;
    store::Transaction m_transaction;
    QStringList m_columnNames;
    KeyTracker m_keys;
    std::unordered_set<std::string, StringHash, std::equal_to<>> m_areas;
    std::unique_ptr<store::Statement> m_insertArea;
    std::unique_ptr<QFile> m_rejectsFile;
    std::unique_ptr<CsvWriter> m_rejects;
};

} // namespace jsna::import
