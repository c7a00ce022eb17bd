// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include <sqlite3.h>

#include <QFile>

#include "core/foundation/project_error.h"

namespace jsna::store {

namespace {

QString sqliteMessage(sqlite3* db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace

Database::Database(const QString& path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    // NOMUTEX: a connection is used by one thread only (see the header), so SQLite's per-call mutex is
    // pure overhead (measured at about 3% of a bulk import).
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = sqliteMessage(m_db, rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw ProjectError(QStringLiteral("cannot open the file: %1").arg(why), path);
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close_v2(m_db);
}

void Database::exec(const char* sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString why = error ? QString::fromUtf8(error) : sqliteMessage(m_db, rc);
        sqlite3_free(error);
        throw ProjectError(QStringLiteral("database error: %1").arg(why), m_path);
    }
}

void Database::exec(const QString& sql)
{
    exec(sql.toUtf8().constData());
}

Statement Database::prepare(const char* sql)
{
    return Statement(m_db, sql, m_path);
}

Statement& Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, sql, m_path)).first;
    it->second->reset();
    return *it->second;
}

qint64 Database::scalarInt64(const char* sql, qint64 fallback)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.int64(0) : fallback;
}

QString Database::scalarText(const char* sql, const QString& fallback)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.text(0) : fallback;
}

int Database::userVersion()
{
    return static_cast<int>(scalarInt64("PRAGMA user_version"));
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

qint64 Database::applicationId()
{
    return scalarInt64("PRAGMA application_id");
}

void Database::setApplicationId(qint64 id)
{
    exec(QStringLiteral("PRAGMA application_id = %1").arg(id));
}

bool Database::tableExists(const QString& table)
{
    Statement& statement = cached("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    statement.bind(1, table);
    const bool found = statement.step();
    statement.reset();
    return found;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::backupTo(const QString& destination)
{
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(destination).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(25);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    if (rc == SQLITE_OK) // the copy should be a single self-contained file
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString why = rc == SQLITE_OK ? QString() : sqliteMessage(target, rc);
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK) {
        QFile::remove(destination);
        throw ProjectError(QStringLiteral("cannot write a copy: %1").arg(why), destination);
    }
}

void Database::checkpoint()
{
    if (!isReadOnly())
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

} // namespace jsna::store
