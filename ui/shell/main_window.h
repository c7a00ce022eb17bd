// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QMainWindow>

#include "ui/shell/main_actions.h"

class QStackedWidget;
class QUndoGroup;

namespace jsna::ui {

class AppSettings;
class NavigationBar;
class OverviewPage;
class ProjectController;
class ProjectStatus;
class RecentFiles;
class StageWorkspaces;
class WelcomePage;

// The main window: wiring only. The sidebar and View > pages switch between the project overview,
// the three JSNA stages and the report; ProjectController does the file work; pages read the
// project. One project per window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        Home,
        Epidemiology,
        Workshops,
        Engagement,
        Report,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens file if given, else the project open when the app last closed, else the welcome page.
    void startSession(const QString& file);

    ProjectController& controller() const { return *m_controller; }
    RecentFiles& recentFiles() const { return *m_recent; }
    const MainActions& actions() const { return m_actions; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    OverviewPage* page(int page) const { return m_pages.value(page); }
    WelcomePage* welcomePage() const { return m_welcome; }
    NavigationBar* navigation() const { return m_navigation; }
    ProjectStatus* projectStatus() const { return m_status; }
    StageWorkspaces* workspaces() const { return m_workspaces; }
    int currentPage() const;
    void showPage(int page);
    bool isShowingWelcome() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // What the central stack shows for a navigation page (Stage 1 and 2 pair their overview with views).
    QWidget* stackWidget(int page) const;
    void connectActions();
    void onProjectChanged();
    void onMetadataChanged(const QString& key);
    void updateTitle();
    void handleLink(const QString& link);
    void restoreWindow();

    std::unique_ptr<AppSettings> m_settings;
    RecentFiles* m_recent;
    ProjectController* m_controller;
    QUndoGroup* m_undoGroup;
    MainActions m_actions;
    NavigationBar* m_navigation;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QList<OverviewPage*> m_pages;
    ProjectStatus* m_status;
    StageWorkspaces* m_workspaces;
    bool m_importAvailable;
};

} // namespace jsna::ui
