// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demo_file.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/project_file.h"

namespace jsna::demo {

namespace {

void removeProjectFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

DemoSummary writeDemoProject(const QString& path, Progress& progress, const DemoOptions& options, bool replace)
{
    const QFileInfo target(path);
    if (target.exists() && !replace)
        throw ProjectError(QStringLiteral("a file already exists there (use --force to replace it)"), path);
    if (target.exists() && !target.isFile())
        throw ProjectError(QStringLiteral("not a file; cannot replace it with the demo project"), path);

    // Hold the target's lock while writing, so a project open in another instance is never replaced.
    QLockFile lock(store::ProjectFile::lockPathFor(path));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            throw ProjectError(QStringLiteral("the project is open in another instance; close it first"), path);
        throw ProjectError(QStringLiteral("cannot write there (does the folder exist, and is it writable?)"), path);
    }

    const QString partial = target.absoluteDir().filePath(QStringLiteral(".%1.partial").arg(target.fileName()));
    removeProjectFiles(partial);
    DemoSummary summary;
    try {
        auto project = project::Project::create(partial);
        summary = generateDemo(*project, progress, options);
        project.reset(); // closes and checkpoints: the partial file is complete on its own
    } catch (...) {
        removeProjectFiles(partial);
        throw;
    }
    if (replace)
        removeProjectFiles(path);
    if (!QFile::rename(partial, path)) {
        removeProjectFiles(partial);
        throw ProjectError(QStringLiteral("cannot move the finished demo into place (is the folder writable?)"), path);
    }
    return summary;
}

} // namespace jsna::demo
