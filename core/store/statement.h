// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace jsna::store {

// A prepared statement (RAII over sqlite3_stmt). Binding is 1-based, reading columns is 0-based,
// as in SQLite. Used only on the thread that owns its Database.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql, QString databasePath);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bindNull(int index);
    // Text that is already UTF-8 (bulk importers bind CSV fields without a QString round trip).
    // UntilReset skips SQLite's copy: the caller keeps utf8 alive until the statement is reset.
    enum class Lifetime
    {
        Copy,
        UntilReset,
    };
    Statement& bindUtf8(int index, std::string_view utf8, Lifetime lifetime = Lifetime::Copy);

    // Steps once; true while a row is available. Throws ProjectError on failure.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();
    // Ready for reuse with new bindings.
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_path;
};

} // namespace jsna::store
