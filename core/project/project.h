// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "core/project/change_notifier.h"
#include "core/store/project_file.h"

namespace jsna::project {

// An open JSNA project: one *.jsna SQLite file, its lock and its change notifier. This is what is
// passed to whatever needs the project; there is no global. Used by one thread (the one that opened it).
class Project
{
public:
    // Creates a new, empty project at path. Throws ProjectError if the file exists or cannot be made.
    static std::unique_ptr<Project> create(const QString& path, const QString& title = {});
    // Opens an existing project (upgrading it after a backup copy if it is older). Throws ProjectError.
    static std::unique_ptr<Project> open(const QString& path);
    // Opens read-only without locking or upgrading, for inspection (see store::ProjectFile::inspect).
    static std::unique_ptr<Project> inspect(const QString& path);

    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    const QString& path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    const store::ProjectFile::OpenResult& openResult() const { return m_file->openResult(); }
    int schemaVersion() { return database().userVersion(); }

    store::Database& database() { return m_file->database(); }
    ChangeNotifier& notifier() { return m_notifier; }

    // Title and flags kept in project_meta (e.g. "title", "synthetic").
    QString meta(const QString& key, const QString& fallback = {});
    void setMeta(const QString& key, const QString& value);
    QString title();
    bool isSynthetic();

    // Writes a complete, self-contained copy of the project to destination (SQLite backup API),
    // through a temporary file so a failure leaves no partial copy. Replaces an existing file.
    void saveCopy(const QString& destination);

    // Throws ProjectError if the project is read-only; call before every write.
    void requireWritable() const;

private:
    explicit Project(std::unique_ptr<store::ProjectFile> file);

    std::unique_ptr<store::ProjectFile> m_file;
    ChangeNotifier m_notifier;
};

} // namespace jsna::project
