// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTabWidget;
class QUndoStack;
class QWidget;

namespace jsna::project {
class Project;
}

namespace jsna::ui::epidemiology {
class EpidemiologyWorkspace;
}
namespace jsna::ui::workshop {
class WorkshopStage;
}

namespace jsna::ui {

class OverviewPage;
using epidemiology::EpidemiologyWorkspace;
using workshop::WorkshopStage;

// Puts the working views of Stage 1 (epidemiology) and Stage 2 (workshops) beside their overview
// pages, as tabs. The views hold the project by reference, so they are made when a project is
// attached and destroyed (detach) before that project is closed.
class StageWorkspaces final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageWorkspaces)

public:
    StageWorkspaces(OverviewPage* epidemiologyOverview, OverviewPage* workshopsOverview, QObject* parent = nullptr);
    ~StageWorkspaces() override;

    QWidget* epidemiologyContainer() const;
    QWidget* workshopsContainer() const;

    void attach(project::Project& project, QUndoStack& stack);
    void detach();

    EpidemiologyWorkspace* epidemiology() const;
    WorkshopStage* workshops() const;
    // Shows the working view (tab 1) of a stage container.
    void showWorkspace(QWidget* container);

private:
    QTabWidget* m_epiTabs;
    QTabWidget* m_workshopTabs;
    EpidemiologyWorkspace* m_epidemiology = nullptr; // owned by m_epiTabs while attached
    WorkshopStage* m_workshops = nullptr;            // owned by m_workshopTabs while attached
};

} // namespace jsna::ui
