// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>

#include "core/project/project.h"
#include "ui/commands/project_undo_stack.h"
#include "ui/overview/engagement_page.h"
#include "ui/overview/epidemiology_page.h"
#include "ui/overview/home_page.h"
#include "ui/overview/report_page.h"
#include "ui/overview/workshops_page.h"
#include "ui/shell/app_settings.h"
#include "ui/shell/help_dialogs.h"
#include "ui/shell/import_bridge.h"
#include "ui/shell/navigation_bar.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/project_status.h"
#include "ui/shell/recent_files.h"
#include "ui/shell/stage_workspaces.h"
#include "ui/shell/welcome_page.h"
#include "ui/widgets/themed_icon.h"

// Q_INIT_RESOURCE must run at global scope; the icons and the user guide are in a static library.
static void initJsnaResources()
{
    Q_INIT_RESOURCE(jsna);
}

namespace jsna::ui {

namespace {

constexpr QSize kDefaultSize(1280, 800);
constexpr int kStatusMessageMs = 8000;

// Local files among urls with the given suffix (lower case).
QStringList droppedFiles(const QMimeData* mime, const QString& suffix)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() &&
            QFileInfo(url.toLocalFile()).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>())
    , m_recent(new RecentFiles(*m_settings, this))
    , m_controller(new ProjectController(*m_settings, *m_recent, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_navigation(new NavigationBar)
    , m_stack(new QStackedWidget)
    , m_welcome(new WelcomePage)
    , m_status(nullptr)
    , m_workspaces(nullptr)
    , m_importAvailable(importWizardAvailable())
{
    initJsnaResources();
    setWindowIcon(applicationIcon());
    setAcceptDrops(true);

    m_pages = {new HomePage, new EpidemiologyPage, new WorkshopsPage, new EngagementPage, new ReportPage};
    const QList<QString> names{tr("Project Overview"), tr("1 \u00b7 Epidemiology Review"),
                               tr("2 \u00b7 Stakeholder Workshops"), tr("3 \u00b7 Community Insight"),
                               tr("Report")};
    const QStringList icons{QStringLiteral("home"), QStringLiteral("epidemiology"),
                            QStringLiteral("workshops"), QStringLiteral("engagement"),
                            QStringLiteral("report")};
    const QStringList tips{tr("What the project holds and where each stage stands"),
                           tr("Stage 1: the evidence base and how the area compares with England"),
                           tr("Stage 2: conclusions to test with stakeholders"),
                           tr("Stage 3: community insight and co-design: groups and places to reach"),
                           tr("What the report chapters can draw on; disclosure control")};
    m_workspaces = new StageWorkspaces(m_pages.at(Epidemiology), m_pages.at(Workshops), this);
    m_stack->addWidget(m_welcome);
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->addPage(icons.at(i), names.at(i), tips.at(i));
        m_pages.at(i)->setImportAvailable(m_importAvailable);
        m_stack->addWidget(stackWidget(i));
        connect(m_pages.at(i), &OverviewPage::linkActivated, this, &MainWindow::handleLink);
    }

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_actions = createMainActions(this, m_undoGroup, names, m_importAvailable);
    m_status = new ProjectStatus(statusBar());
    connectActions();
    restoreWindow();
    onProjectChanged();
}

MainWindow::~MainWindow()
{
    m_workspaces->detach(); // the views refer to the project, which the controller deletes
}

void MainWindow::connectActions()
{
    ProjectController* c = m_controller;
    connect(m_actions.newProject, &QAction::triggered, c, &ProjectController::newProjectInteractive);
    connect(m_actions.open, &QAction::triggered, c, &ProjectController::openProjectInteractive);
    connect(m_actions.saveCopy, &QAction::triggered, c, &ProjectController::saveCopyInteractive);
    connect(m_actions.close, &QAction::triggered, c, &ProjectController::closeProject);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.properties, &QAction::triggered, c, &ProjectController::editProperties);
    if (m_actions.importData)
        connect(m_actions.importData, &QAction::triggered, c, [c] { c->importData(); });
    for (int i = 0; i < m_actions.pages.size(); ++i)
        connect(m_actions.pages.at(i), &QAction::triggered, this, [this, i] { showPage(i); });
    connect(m_actions.userGuide, &QAction::triggered, this, [this] {
        auto* guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    connect(m_actions.shortcuts, &QAction::triggered, this,
            [this] { ShortcutsDialog(m_actions.menus, this).exec(); });
    connect(m_actions.about, &QAction::triggered, this, [this] { showAboutDialog(this); });
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions.openRecent, &QMenu::aboutToShow, this,
            [this] { m_recent->populateMenu(m_actions.openRecent); });
    m_recent->populateMenu(m_actions.openRecent); // so the menu is not empty before first shown
    connect(m_recent, &RecentFiles::openRequested, c, &ProjectController::openProject);
    connect(m_recent, &RecentFiles::changed, this, [this] { m_welcome->setRecentFiles(m_recent->files()); });

    connect(c, &ProjectController::projectAboutToChange, m_workspaces, &StageWorkspaces::detach);
    connect(c, &ProjectController::projectChanged, this, &MainWindow::onProjectChanged);
    connect(c, &ProjectController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
    connect(c, &ProjectController::busyChanged, this, [this](bool busy) {
        for (QAction* action : {m_actions.newProject, m_actions.open, m_actions.saveCopy, m_actions.close})
            action->setEnabled(!busy && (action == m_actions.newProject || action == m_actions.open ||
                                         m_controller->project()));
    });

    connect(m_navigation, &NavigationBar::currentPageChanged, this, [this](int page) {
        if (page >= 0 && m_controller->project())
            m_stack->setCurrentWidget(stackWidget(page));
    });
    connect(m_welcome, &WelcomePage::newRequested, c, &ProjectController::newProjectInteractive);
    connect(m_welcome, &WelcomePage::openRequested, c, &ProjectController::openProjectInteractive);
    connect(m_welcome, &WelcomePage::demoRequested, c, &ProjectController::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, c, &ProjectController::openProject);
    m_welcome->setRecentFiles(m_recent->files());
}

void MainWindow::restoreWindow()
{
    resize(kDefaultSize);
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    m_navigation->setCurrentPage(std::clamp(m_settings->currentPage(), 0, PageCount - 1));
}

void MainWindow::startSession(const QString& file)
{
    if (!file.isEmpty()) {
        m_controller->openProject(file);
        return;
    }
    const QString last = m_settings->lastProject();
    if (!last.isEmpty() && QFileInfo::exists(last))
        m_controller->openProject(last);
}

void MainWindow::onProjectChanged()
{
    project::Project* project = m_controller->project();
    if (commands::ProjectUndoStack* stack = m_controller->undoStack()) {
        m_undoGroup->addStack(stack);
        m_undoGroup->setActiveStack(stack);
        connect(stack, &commands::ProjectUndoStack::commandFailed, this, [this](const QString& message) {
            QMessageBox::warning(this, tr("Cannot undo or redo"),
                                 tr("The change could not be written to the project.\n\n%1").arg(message));
        });
    }
    for (QAction* action : m_actions.projectActions)
        action->setEnabled(project != nullptr);
    m_actions.properties->setEnabled(project != nullptr);
    for (OverviewPage* page : m_pages)
        page->setProject(project);
    if (project && m_controller->undoStack())
        m_workspaces->attach(*project, *m_controller->undoStack());
    m_navigation->setVisible(project != nullptr);
    if (project) {
        connect(&project->notifier(), &project::ChangeNotifier::tablesChanged, this, [this] {
            for (OverviewPage* page : m_pages)
                page->markDirty();
        });
        connect(&project->notifier(), &project::ChangeNotifier::metadataChanged, this,
                &MainWindow::onMetadataChanged);
        m_stack->setCurrentWidget(stackWidget(std::max(0, m_navigation->currentPage())));
        m_navigation->list()->setFocus();
    } else {
        m_stack->setCurrentWidget(m_welcome);
        m_welcome->setRecentFiles(m_recent->files());
    }
    m_status->update(project);
    updateTitle();
}

void MainWindow::onMetadataChanged(const QString& key)
{
    Q_UNUSED(key)
    updateTitle();
    m_status->update(m_controller->project());
    for (OverviewPage* page : m_pages)
        page->markDirty();
}

void MainWindow::updateTitle()
{
    project::Project* project = m_controller->project();
    const QString app = tr("JSNA Workbench");
    if (!project) {
        setWindowTitle(app);
        m_navigation->setProjectTitle(QString(), QString());
        return;
    }
    const QString title = project->title();
    setWindowTitle(QStringLiteral("%1 \u2014 %2").arg(title, app));
    m_navigation->setProjectTitle(title, QFileInfo(project->path()).fileName());
}

QWidget* MainWindow::stackWidget(int page) const
{
    if (page == Epidemiology)
        return m_workspaces->epidemiologyContainer();
    if (page == Workshops)
        return m_workspaces->workshopsContainer();
    return m_pages.at(page);
}

int MainWindow::currentPage() const
{
    return m_navigation->currentPage();
}

void MainWindow::showPage(int page)
{
    if (page < 0 || page >= PageCount || !m_controller->project())
        return;
    m_navigation->setCurrentPage(page);
    m_stack->setCurrentWidget(stackWidget(page));
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::handleLink(const QString& link)
{
    if (link == u"jsna:open")
        m_controller->openProjectInteractive();
    else if (link == u"jsna:new")
        m_controller->newProjectInteractive();
    else if (link == u"jsna:open-demo")
        m_controller->openDemo();
    else if (link == u"jsna:import")
        m_controller->importData();
    else if (link == u"jsna:properties")
        m_controller->editProperties();
    else if (link.startsWith(u"jsna:page/"))
        showPage(link.mid(10).toInt());
    else if (link.startsWith(u"jsna:workspace/")) { // a stage's working view, beside its overview
        const int page = link.mid(15).toInt();
        showPage(page);
        m_workspaces->showWorkspace(stackWidget(page));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindow(saveGeometry(), saveState());
    m_settings->setCurrentPage(std::max(0, m_navigation->currentPage()));
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!droppedFiles(mime, QStringLiteral("jsna")).isEmpty() ||
        (m_importAvailable && m_controller->project() &&
         !droppedFiles(mime, QStringLiteral("csv")).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList projects = droppedFiles(event->mimeData(), QStringLiteral("jsna"));
    const QStringList tables = droppedFiles(event->mimeData(), QStringLiteral("csv"));
    if (!projects.isEmpty()) {
        event->acceptProposedAction();
        // Queued: the drag source is still waiting for this event to return.
        QMetaObject::invokeMethod(
            m_controller, [c = m_controller, file = projects.first()] { c->openProject(file); },
            Qt::QueuedConnection);
    } else if (m_importAvailable && m_controller->project() && !tables.isEmpty()) {
        event->acceptProposedAction();
        QMetaObject::invokeMethod(
            m_controller, [c = m_controller, file = tables.first()] { c->importData(file); },
            Qt::QueuedConnection);
    }
}

} // namespace jsna::ui
