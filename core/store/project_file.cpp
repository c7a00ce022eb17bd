// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/project_file.h"

#include <utility>

#include <QFile>
#include <QFileInfo>

#include "core/foundation/project_error.h"

namespace jsna::store {

namespace {

constexpr qsizetype kHeaderSize = 100;

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes[offset + i]);
    return value;
}

// Checks the 100-byte SQLite header before SQLite sees the file, so a foreign or cut-short file is
// refused with a precise reason and never touched.
void checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        throw ProjectError(QStringLiteral("no such file"), path);
    if (!file.open(QIODevice::ReadOnly))
        throw ProjectError(QStringLiteral("cannot read the file: %1").arg(file.errorString()), path);
    const qint64 size = file.size();
    if (size == 0)
        throw ProjectError(QStringLiteral("the file is empty, so it is not a JSNA project"), path);
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw ProjectError(QStringLiteral("not a JSNA project: the file is not an SQLite database"), path);

    const quint32 rawPageSize = (static_cast<quint8>(header[16]) << 8) | static_cast<quint8>(header[17]);
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    const quint64 pageCount = bigEndian32(header, 28);
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (pageCountValid && !hasWal && pageCount * pageSize > static_cast<quint64>(size)) {
        throw ProjectError(QStringLiteral("the project file is truncated: it should hold %1 bytes but has %2; "
                                          "restore it from a backup (*.jsna.bak-*) or a saved copy")
                               .arg(pageCount * pageSize)
                               .arg(size),
                           path);
    }
}

std::unique_ptr<QLockFile> acquireLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(ProjectFile::lockPathFor(path));
    // 0: never treat a live instance's lock as stale by age; a crashed process's lock is still
    // recognised as stale because its process is gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        throw ProjectError(QStringLiteral("the project is already open in another instance (%1, process %2 on %3); "
                                          "close it there first")
                               .arg(app.isEmpty() ? QStringLiteral("unknown program") : app)
                               .arg(pid)
                               .arg(host.isEmpty() ? QStringLiteral("this computer") : host),
                           path);
    }
    throw ProjectError(QStringLiteral("cannot create the lock file %1 (is the folder writable?)")
                           .arg(ProjectFile::lockPathFor(path)),
                       path);
}

void configureConnection(Database& database)
{
    database.exec("PRAGMA foreign_keys = ON");
    if (!database.isReadOnly()) {
        const QString mode = database.scalarText("PRAGMA journal_mode = WAL");
        if (mode.compare(u"wal", Qt::CaseInsensitive) != 0)
            throw ProjectError(QStringLiteral("cannot switch the project to WAL journaling (got %1)").arg(mode),
                               database.path());
        database.exec("PRAGMA synchronous = NORMAL");
    }
}

} // namespace

ProjectFile::ProjectFile(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
{
}

ProjectFile::~ProjectFile()
{
    if (m_database) {
        try {
            m_database->checkpoint();
        } catch (...) { // closing must not throw; the WAL is still valid and replays on next open
        }
    }
    m_database.reset();
}

QString ProjectFile::lockPathFor(const QString& projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

std::unique_ptr<ProjectFile> ProjectFile::create(const QString& path, const FileFormat& format)
{
    if (QFileInfo::exists(path))
        throw ProjectError(QStringLiteral("a file already exists there; choose another name"), path);
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, acquireLock(path)));
    try {
        project->m_database = std::make_unique<Database>(path, Database::Mode::Create);
        Database& db = *project->m_database;
        db.setApplicationId(format.applicationId);
        configureConnection(db);
        applyMigrations(db, format.migrations);
    } catch (...) {
        project.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
    return project;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, const FileFormat& format)
{
    return openChecked(path, format, false);
}

std::unique_ptr<ProjectFile> ProjectFile::inspect(const QString& path, const FileFormat& format)
{
    return openChecked(path, format, true);
}

std::unique_ptr<ProjectFile> ProjectFile::openChecked(const QString& path, const FileFormat& format,
                                                      bool inspectOnly)
{
    checkHeader(path);
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, inspectOnly ? nullptr : acquireLock(path)));

    SchemaState state;
    {
        Database probe(path, Database::Mode::ReadOnly);
        const qint64 appId = probe.applicationId(); // reading page 1 also surfaces gross corruption
        if (appId != format.applicationId) {
            throw ProjectError(QStringLiteral("not a JSNA project: an SQLite database made by another program "
                                              "(application id %1)")
                                   .arg(appId),
                               path);
        }
        state = readSchemaState(probe);
    }

    const int current = format.currentVersion();
    OpenResult& result = project->m_result;
    result.versionBefore = state.fileVersion;
    if (state.fileVersion > current) {
        if (state.minCompatibleVersion == 0 || state.minCompatibleVersion > current) {
            throw ProjectError(QStringLiteral("this project was saved by a newer JSNA Workbench (schema version %1); "
                                              "this version reads schema versions up to %2. Update the program "
                                              "to open it.")
                                   .arg(state.fileVersion)
                                   .arg(current),
                               path);
        }
        result.readOnly = true;
    }
    if (inspectOnly)
        result.readOnly = true;

    project->m_database = std::make_unique<Database>(
        path, result.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    Database& db = *project->m_database;
    configureConnection(db);

    if (state.fileVersion < current && !inspectOnly) {
        result.backupPath = path + QStringLiteral(".bak-v%1").arg(state.fileVersion);
        QFile::remove(result.backupPath);
        db.backupTo(result.backupPath);
        applyMigrations(db, format.migrations);
    }
    return project;
}

} // namespace jsna::store
