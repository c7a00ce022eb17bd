// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <span>

#include <QLockFile>
#include <QString>

#include "core/store/database.h"
#include "core/store/migrations.h"

namespace jsna::store {

// Which files are ours and how to bring them up to date.
struct FileFormat
{
    qint64 applicationId;
    std::span<const Migration> migrations; // ordered; the last step's toVersion is the current version
    int currentVersion() const { return migrations.empty() ? 0 : migrations.back().toVersion; }
};

// An open project file: the connection, the lock that keeps a second instance out, and what
// happened on open. Closing checkpoints the WAL so the .jsna file is complete on its own.
// Threading contract: owned and used by one thread (see Database).
class ProjectFile
{
public:
    struct OpenResult
    {
        int versionBefore = 0;   // the file's schema version when found
        QString backupPath;      // where the pre-upgrade copy went, if the file was upgraded
        bool readOnly = false;   // true for a newer but compatible file
    };

    // Creates a new project at path (which must not exist) at the current schema version.
    static std::unique_ptr<ProjectFile> create(const QString& path, const FileFormat& format);
    // Opens, checks and (after a backup copy) upgrades an existing project. Throws ProjectError with a
    // user-readable reason, leaving the file as it was, when the file is missing, not SQLite, not ours,
    // truncated or damaged, from an incompatible newer version, or open in another instance.
    static std::unique_ptr<ProjectFile> open(const QString& path, const FileFormat& format);
    // Opens for reading only, for inspection (jsna info, jsna check): no lock, no upgrade, no change to
    // the file, and usable while another instance has the project open. Same checks and errors as open().
    static std::unique_ptr<ProjectFile> inspect(const QString& path, const FileFormat& format);

    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    Database& database() { return *m_database; }
    const QString& path() const { return m_path; }
    const OpenResult& openResult() const { return m_result; }
    bool isReadOnly() const { return m_result.readOnly; }

    static QString lockPathFor(const QString& projectPath);

private:
    ProjectFile(QString path, std::unique_ptr<QLockFile> lock);
    static std::unique_ptr<ProjectFile> openChecked(const QString& path, const FileFormat& format, bool inspectOnly);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_database;
    OpenResult m_result;
};

} // namespace jsna::store
