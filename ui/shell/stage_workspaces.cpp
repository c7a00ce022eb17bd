// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/stage_workspaces.h"

#include <QTabWidget>
#include <QUndoStack>

#include "ui/epidemiology/epidemiology_workspace.h"
#include "ui/overview/overview_page.h"
#include "ui/workshop/workshop_stage.h"

namespace jsna::ui {

namespace {

QTabWidget* makeTabs(OverviewPage* overview, const QString& overviewTitle)
{
    auto* tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(overview, overviewTitle);
    return tabs;
}

} // namespace

StageWorkspaces::StageWorkspaces(OverviewPage* epidemiologyOverview, OverviewPage* workshopsOverview,
                                 QObject* parent)
    : QObject(parent)
    , m_epiTabs(makeTabs(epidemiologyOverview, tr("Overview")))
    , m_workshopTabs(makeTabs(workshopsOverview, tr("Overview")))
{
}

StageWorkspaces::~StageWorkspaces() = default;

QWidget* StageWorkspaces::epidemiologyContainer() const
{
    return m_epiTabs;
}

QWidget* StageWorkspaces::workshopsContainer() const
{
    return m_workshopTabs;
}

void StageWorkspaces::attach(project::Project& project, QUndoStack& stack)
{
    detach();
    m_epidemiology = new EpidemiologyWorkspace(project, stack);
    m_epiTabs->addTab(m_epidemiology, tr("Indicators, profiles and charts"));
    m_workshops = new WorkshopStage(project, stack);
    m_workshopTabs->addTab(m_workshops, tr("Workshops and live capture"));
}

void StageWorkspaces::detach()
{
    // Deleted now, not later: they must not outlive the project they refer to.
    for (QTabWidget* tabs : {m_epiTabs, m_workshopTabs}) {
        while (tabs->count() > 1) {
            QWidget* view = tabs->widget(1);
            tabs->removeTab(1);
            delete view;
        }
    }
    m_epidemiology = nullptr;
    m_workshops = nullptr;
}

EpidemiologyWorkspace* StageWorkspaces::epidemiology() const
{
    return m_epidemiology;
}

WorkshopStage* StageWorkspaces::workshops() const
{
    return m_workshops;
}

void StageWorkspaces::showWorkspace(QWidget* container)
{
    if (auto* tabs = qobject_cast<QTabWidget*>(container); tabs && tabs->count() > 1)
        tabs->setCurrentIndex(1);
}

} // namespace jsna::ui
