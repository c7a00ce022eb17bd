// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include <QString>

#include "core/store/statement.h"

struct sqlite3;

namespace jsna::store {

// One connection to one SQLite file (RAII over sqlite3*). Threading contract: a Database is used only
// by the thread that opened it; a worker thread opens its own Database on the same file (WAL lets it
// write while the GUI thread reads). interrupt() is the one call that is safe from another thread.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create // read-write, creating the file if it does not exist
    };

    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements with no results. Throws ProjectError.
    void exec(const char* sql);
    void exec(const QString& sql);
    // A new statement, owned by the caller.
    Statement prepare(const char* sql);
    // A statement kept for the connection's lifetime, reset and unbound, ready for new bindings.
    // Do not hold two uses of the same SQL text at once.
    Statement& cached(const char* sql);

    // The first column of the first row, or the fallback when there is no row.
    qint64 scalarInt64(const char* sql, qint64 fallback = 0);
    QString scalarText(const char* sql, const QString& fallback = {});

    int userVersion();
    void setUserVersion(int version);
    qint64 applicationId();
    void setApplicationId(qint64 id);
    bool tableExists(const QString& table);

    qint64 lastInsertRowId() const;
    int changes() const;

    // Copies the whole database to destination with the SQLite online backup API.
    void backupTo(const QString& destination);
    // Moves the WAL into the main file and truncates it, so the .jsna file is complete on its own.
    void checkpoint();
    // Asks a running statement on this connection to stop (safe from any thread).
    void interrupt();

private:
    QString m_path;
    Mode m_mode;
    sqlite3* m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace jsna::store
