// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace jsna::store {

class Database;

// One forward step of a project file's schema. Steps are applied in order, each in its own
// transaction together with raising PRAGMA user_version, so a failure leaves the file at the last
// good version. minCompatibleVersion is the oldest program schema that can still read the file
// once this step is applied (lets an older build open a newer file read-only).
struct Migration
{
    int toVersion;
    int minCompatibleVersion;
    const char* description;
    void (*apply)(Database&);
};

// What a file's schema is, next to the program's.
struct SchemaState
{
    int fileVersion = 0;
    int minCompatibleVersion = 0; // as recorded in the file; 0 when unknown
};

SchemaState readSchemaState(Database& database);

// Applies every step whose toVersion is above the file's version. Throws ProjectError naming the
// step that failed; earlier steps stay applied.
void applyMigrations(Database& database, std::span<const Migration> migrations);

// The project_meta key/value table the store keeps compatibility information in.
inline constexpr const char* kMinCompatibleKey = "min_compatible_version";

} // namespace jsna::store
