// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace jsna {
class ProjectError;
}
namespace jsna::project {
class Project;
}
namespace jsna::ui::commands {
class ProjectUndoStack;
}

namespace jsna::ui {

class AppSettings;
class RecentFiles;

// Owns the open project and its undo stack (one of each per window) and carries out the File and
// Project menu commands: new, open, save a copy, close, properties, import. Failures are shown in a
// message box naming the file and the reason, and change nothing: a project that fails to open
// leaves the current one open.
class ProjectController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectController)

public:
    ProjectController(AppSettings& settings, RecentFiles& recent, QWidget* dialogParent);
    ~ProjectController() override;

    project::Project* project() const { return m_project.get(); }
    commands::ProjectUndoStack* undoStack() const { return m_undo.get(); }
    bool isBusy() const;

    // Direct forms, used by the interactive ones, drag and drop, the command line and tests.
    bool newProject(const QString& path);
    bool openProject(const QString& path);
    void closeProject();
    // Starts writing a copy in the background; copyFinished reports the outcome.
    bool saveCopyTo(const QString& destination);

    // Interactive forms: ask for a file, confirm, then call the direct form.
    void newProjectInteractive();
    void openProjectInteractive();
    void saveCopyInteractive();
    void editProperties();
    void importData(const QString& file = {});
    // Opens the demo project (in the user's data folder), writing it first in the background, with
    // progress and Cancel, when it does not exist yet.
    void openDemo();
    static QString demoProjectPath();

signals:
    // Before the open project is closed or replaced: views holding it must let go now.
    void projectAboutToChange();
    void projectChanged();
    void copyFinished(bool ok, const QString& destination);
    void statusMessage(const QString& message);
    void busyChanged(bool busy);

private:
    void install(std::unique_ptr<project::Project> project);
    QString askSavePath(const QString& title, const QString& suggestedName);
    bool prepareTarget(const QString& path, const QString& action);
    void showError(const QString& title, const QString& summary, const QString& detail);
    void showError(const QString& title, const QString& summary, const ProjectError& error);

    AppSettings& m_settings;
    RecentFiles& m_recent;
    QWidget* m_parent;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<commands::ProjectUndoStack> m_undo; // after m_project: its commands refer to it
    QFutureWatcher<QString> m_copy;
    QString m_copyDestination;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<QString> m_demo;
    QString m_demoPath;
};

} // namespace jsna::ui
