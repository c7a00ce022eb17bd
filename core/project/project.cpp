// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include <utility>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include "core/foundation/project_error.h"
#include "core/project/schema.h"

namespace jsna::project {

Project::Project(std::unique_ptr<store::ProjectFile> file)
    : m_file(std::move(file))
{
}

Project::~Project() = default;

std::unique_ptr<Project> Project::create(const QString& path, const QString& title)
{
    std::unique_ptr<Project> project(new Project(store::ProjectFile::create(path, projectFileFormat())));
    project->setMeta(QStringLiteral("title"),
                     title.isEmpty() ? QFileInfo(path).completeBaseName() : title);
    project->setMeta(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    project->setMeta(QStringLiteral("created_by"), QStringLiteral("JSNA Workbench " JSNA_VERSION));
    return project;
}

std::unique_ptr<Project> Project::open(const QString& path)
{
    return std::unique_ptr<Project>(new Project(store::ProjectFile::open(path, projectFileFormat())));
}

std::unique_ptr<Project> Project::inspect(const QString& path)
{
    return std::unique_ptr<Project>(new Project(store::ProjectFile::inspect(path, projectFileFormat())));
}

QString Project::meta(const QString& key, const QString& fallback)
{
    store::Statement& statement = database().cached("SELECT value FROM project_meta WHERE key = ?1");
    statement.bind(1, key);
    const QString value = statement.step() ? statement.text(0) : fallback;
    statement.reset();
    return value;
}

void Project::setMeta(const QString& key, const QString& value)
{
    requireWritable();
    database()
        .cached("INSERT INTO project_meta(key, value) VALUES (?1, ?2)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    emit m_notifier.metadataChanged(key);
}

QString Project::title()
{
    return meta(QStringLiteral("title"), QFileInfo(path()).completeBaseName());
}

bool Project::isSynthetic()
{
    return meta(QStringLiteral("synthetic")) == u"1";
}

void Project::saveCopy(const QString& destination)
{
    if (QFileInfo(destination).absoluteFilePath() == QFileInfo(path()).absoluteFilePath())
        throw ProjectError(QStringLiteral("a copy cannot replace the open project itself"), destination);
    const QString temporary = destination + QStringLiteral(".partial");
    QFile::remove(temporary);
    database().backupTo(temporary); // removes its own partial output on failure
    QFile::remove(destination);
    if (!QFile::rename(temporary, destination)) {
        QFile::remove(temporary);
        throw ProjectError(QStringLiteral("cannot write the copy (is the folder writable?)"), destination);
    }
}

void Project::requireWritable() const
{
    if (isReadOnly()) {
        throw ProjectError(QStringLiteral("the project is open read-only (saved by a newer JSNA Workbench, "
                                          "or opened for inspection)"),
                           m_file->path());
    }
}

} // namespace jsna::project
