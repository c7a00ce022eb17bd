// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class CaptureView;
class ConclusionsView;
class PresenterWindow;
class PriorityView;
class SearchView;
class ThemeBoard;
class WorkshopDetails;
class WorkshopListModel;

// Stage 2, stakeholder workshops: the page the main window shows for the stage. The project's
// workshops on the left; for the selected one, live capture, details and participants, themes and
// votes, prioritisation and conclusions; search across all of them; a presenter window for the
// projector; exports. Every edit goes through the project's undo stack.
class WorkshopStage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopStage)

public:
    enum class Tab
    {
        Capture,
        Details,
        Themes,
        Prioritise,
        Conclusions,
        Search,
    };

    WorkshopStage(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);
    ~WorkshopStage() override;

    void selectWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    void showTab(Tab tab);
    void showPresenter();
    void newWorkshop(const QString& title = {}); // asks for a title when none is given
    void deleteWorkshop();
    void exportHtml(const QString& path = {}); // asks for a file when none is given
    void exportCsv(const QString& path = {});
    void openNote(qint64 workshopId, qint64 noteId);

    CaptureView* capture() const { return m_capture; }
    WorkshopDetails* details() const { return m_details; }
    ThemeBoard* themes() const { return m_themes; }
    PriorityView* priorities() const { return m_priorities; }
    ConclusionsView* conclusions() const { return m_conclusions; }
    SearchView* search() const { return m_search; }
    PresenterWindow* presenter() const { return m_presenter; }
    QListView* workshopList() const { return m_list; }

private:
    QWidget* buildSidebar();
    QWidget* buildHeader();
    void updateHeader();
    void loadTab(int index);
    void showError(const QString& message);

    project::Project& m_project;
    QUndoStack& m_stack;
    qint64 m_workshopId = 0;
    WorkshopListModel* m_workshops;
    QListView* m_list = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_banner = nullptr;
    CaptureView* m_capture = nullptr;
    WorkshopDetails* m_details = nullptr;
    ThemeBoard* m_themes = nullptr;
    PriorityView* m_priorities = nullptr;
    ConclusionsView* m_conclusions = nullptr;
    SearchView* m_search = nullptr;
    PresenterWindow* m_presenter = nullptr;
    QSet<int> m_loadedTabs; // tabs showing m_workshopId
};

} // namespace jsna::ui::workshop
