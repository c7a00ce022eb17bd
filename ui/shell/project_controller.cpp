// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/project_controller.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLockFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
// The demo generator (core/demo) is built with the core when its folder is present.
#if __has_include("core/demo/demo_file.h")
#include "core/demo/demo_file.h"
#define JSNA_HAVE_DEMO 1
#else
#define JSNA_HAVE_DEMO 0
#endif
#include "ui/commands/project_undo_stack.h"
#include "ui/shell/app_settings.h"
#include "ui/shell/background_progress.h"
#include "ui/shell/import_bridge.h"
#include "ui/shell/project_properties_dialog.h"
#include "ui/shell/recent_files.h"

namespace jsna::ui {

namespace {

const QString kSuffix = QStringLiteral("jsna");

// A wait cursor for the lifetime of the scope.
class BusyCursor final
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

QString withSuffix(const QString& path)
{
    return QFileInfo(path).suffix().compare(kSuffix, Qt::CaseInsensitive) == 0 ? path : path + u'.' + kSuffix;
}

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

// Runs in a worker thread with its own read-only connection; returns an error text or empty.
QString writeCopy(const QString& source, const QString& destination)
{
    try {
        project::Project::inspect(source)->saveCopy(destination);
        return {};
    } catch (const ProjectError& error) {
        return error.describe();
    }
}

} // namespace

ProjectController::ProjectController(AppSettings& settings, RecentFiles& recent, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_recent(recent)
    , m_parent(dialogParent)
{
    connect(&m_demo, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_demo.result();
        delete m_progress;
        emit busyChanged(false);
        if (error.isEmpty())
            openProject(m_demoPath);
        else if (error != u"canceled")
            showError(tr("Cannot open the demo project"), tr("The demo project could not be written."),
                      error);
    });
    connect(&m_copy, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_copy.result();
        delete m_progress;
        emit busyChanged(false);
        if (error.isEmpty()) {
            emit statusMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(m_copyDestination)));
        } else {
            showError(tr("Cannot save a copy"),
                      tr("The copy could not be written. The open project is unchanged."), error);
        }
        emit copyFinished(error.isEmpty(), m_copyDestination);
    });
}

ProjectController::~ProjectController()
{
    m_copy.waitForFinished();
    m_demo.waitForFinished();
}

bool ProjectController::isBusy() const
{
    return m_copy.isRunning() || m_demo.isRunning();
}

void ProjectController::install(std::unique_ptr<project::Project> project)
{
    emit projectAboutToChange();
    m_undo.reset(); // the old commands refer to the old project
    m_project = std::move(project);
    if (m_project) {
        m_undo = std::make_unique<commands::ProjectUndoStack>();
        const QString path = QFileInfo(m_project->path()).absoluteFilePath();
        m_recent.add(path);
        m_settings.setLastProject(path);
        m_settings.setLastFolder(QFileInfo(path).absolutePath());
    } else {
        m_settings.setLastProject({});
    }
    emit projectChanged();
}

bool ProjectController::openProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_project && samePath(m_project->path(), absolute))
        return true;
    std::unique_ptr<project::Project> opened;
    try {
        BusyCursor busy;
        opened = project::Project::open(absolute);
    } catch (const ProjectError& error) {
        QString summary = tr("The project could not be opened.");
        if (!QFileInfo::exists(absolute) && m_recent.files().contains(absolute)) {
            m_recent.remove(absolute);
            summary += u' ' + tr("It has been removed from the recent projects.");
        }
        if (m_project)
            summary += u' ' + tr("The current project stays open.");
        showError(tr("Cannot open project"), summary, error);
        return false;
    }
    install(std::move(opened));
    const auto& result = m_project->openResult();
    if (!result.backupPath.isEmpty()) {
        emit statusMessage(tr("Upgraded the project from schema version %1; the previous file was kept as %2")
                               .arg(result.versionBefore)
                               .arg(QDir::toNativeSeparators(result.backupPath)));
    } else if (m_project->isReadOnly()) {
        emit statusMessage(tr("Opened read-only: the project was saved by a newer JSNA Workbench"));
    }
    return true;
}

bool ProjectController::newProject(const QString& requestedPath)
{
    const QString path = QFileInfo(withSuffix(requestedPath)).absoluteFilePath();
    if (!prepareTarget(path, tr("Cannot create project")))
        return false;
    try {
        BusyCursor busy;
        install(project::Project::create(path));
    } catch (const ProjectError& error) {
        showError(tr("Cannot create project"), tr("The project could not be created."), error);
        return false;
    }
    return true;
}

// Checks that path may be written to (it is not the open project, nor open in another instance) and
// removes an existing file there, which the user has agreed to replace.
bool ProjectController::prepareTarget(const QString& path, const QString& action)
{
    if (m_project && samePath(m_project->path(), path)) {
        showError(action, tr("That is the project open in this window."),
                  tr("%1: choose another name").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!QFileInfo::exists(path))
        return true;
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(0)) {
        showError(action, tr("The file is open in another JSNA Workbench window."),
                  tr("%1: close it there first, or choose another name").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    for (const QString& file :
         QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::remove(file);
    if (QFileInfo::exists(path)) {
        showError(action, tr("The existing file could not be replaced."),
                  tr("%1: check the folder's permissions").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void ProjectController::closeProject()
{
    if (m_project)
        install(nullptr);
}

bool ProjectController::saveCopyTo(const QString& requestedDestination)
{
    if (!m_project || m_copy.isRunning())
        return false;
    const QString destination = QFileInfo(withSuffix(requestedDestination)).absoluteFilePath();
    if (samePath(destination, m_project->path())) {
        showError(tr("Cannot save a copy"), tr("A copy cannot replace the open project itself."),
                  tr("%1: choose another name").arg(QDir::toNativeSeparators(destination)));
        return false;
    }
    QLockFile lock(destination + QStringLiteral(".lock"));
    if (QFileInfo::exists(destination) && !lock.tryLock(0)) {
        showError(tr("Cannot save a copy"), tr("The file is open in another JSNA Workbench window."),
                  tr("%1: close it there first, or choose another name")
                      .arg(QDir::toNativeSeparators(destination)));
        return false;
    }
    lock.unlock();
    m_copyDestination = destination;
    m_progress = new QProgressDialog(tr("Saving a copy to %1\u2026").arg(QFileInfo(destination).fileName()),
                                     QString(), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Save a Copy"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    emit busyChanged(true);
    m_copy.setFuture(QtConcurrent::run(writeCopy, m_project->path(), destination));
    return true;
}

QString ProjectController::askSavePath(const QString& title, const QString& suggestedName)
{
    QFileDialog dialog(m_parent, title, QDir(m_settings.lastFolder()).filePath(suggestedName),
                       tr("JSNA projects (*.jsna)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog.selectedFiles().constFirst();
    const QString path = withSuffix(chosen);
    // The dialog confirmed replacing `chosen`; a suffix added here names another file, so ask again.
    if (path != chosen && QFileInfo::exists(path) &&
        QMessageBox::question(
            m_parent, title,
            tr("%1 already exists. Do you want to replace it?").arg(QFileInfo(path).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void ProjectController::newProjectInteractive()
{
    const QString path = askSavePath(tr("New Project"), tr("Untitled.jsna"));
    if (!path.isEmpty())
        newProject(path);
}

void ProjectController::openProjectInteractive()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Open Project"), m_settings.lastFolder(),
                                                      tr("JSNA projects (*.jsna);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    openProject(path);
}

void ProjectController::saveCopyInteractive()
{
    if (!m_project)
        return;
    const QString path = askSavePath(tr("Save a Copy"),
                                     tr("%1 copy.jsna").arg(QFileInfo(m_project->path()).completeBaseName()));
    if (!path.isEmpty())
        saveCopyTo(path);
}

void ProjectController::editProperties()
{
    if (!m_project || !m_undo)
        return;
    ProjectPropertiesDialog dialog(*m_project, *m_undo, m_parent);
    dialog.exec();
}

void ProjectController::importData(const QString& file)
{
    if (m_project && importWizardAvailable())
        runImportWizard(*m_project, m_parent, file);
}

QString ProjectController::demoProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.jsna"));
}

void ProjectController::openDemo()
{
    const QString path = demoProjectPath();
    if (QFileInfo::exists(path)) {
        openProject(path);
        return;
    }
    if (m_demo.isRunning())
        return;
#if JSNA_HAVE_DEMO
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto* progress = new BackgroundProgress(this);
    m_progress = new QProgressDialog(tr("Writing the demo project\u2026"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Open Demo Project"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    progress->attach(m_progress);
    emit busyChanged(true);
    m_demoPath = path;
    m_demo.setFuture(QtConcurrent::run([path, progress]() -> QString {
        try {
            demo::writeDemoProject(path, *progress);
            return {};
        } catch (const ProjectError& error) {
            return error.describe();
        } catch (const Canceled&) {
            return QStringLiteral("canceled");
        }
    }));
    connect(&m_demo, &QFutureWatcher<QString>::finished, progress, &QObject::deleteLater);
#else
    showError(tr("Cannot open the demo project"), tr("This build of JSNA Workbench has no demo generator."),
              tr("Write the demo with: jsna demo %1").arg(QDir::toNativeSeparators(path)));
#endif
}

void ProjectController::showError(const QString& title, const QString& summary, const QString& detail)
{
    QMessageBox box(QMessageBox::Warning, title, summary, QMessageBox::Ok, m_parent);
    box.setInformativeText(detail);
    box.exec();
}

void ProjectController::showError(const QString& title, const QString& summary, const ProjectError& error)
{
    showError(title, summary, error.describe());
}

} // namespace jsna::ui
