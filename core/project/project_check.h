// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jsna::project {

// Integrity and schema checks of a project file, without opening it for writing.
struct CheckReport
{
    int schemaVersion = 0;
    QStringList problems; // empty when the file is sound
    bool isSound() const { return problems.isEmpty(); }
};

// Checks that path is one of our files, at a version this program knows, that SQLite's
// integrity_check and foreign_key_check pass, and that every table and column the schema defines
// is present. Throws ProjectError only when the file cannot be read at all.
CheckReport checkProjectFile(const QString& path);

} // namespace jsna::project
