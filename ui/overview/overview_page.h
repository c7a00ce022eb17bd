// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace jsna::project {
class Project;
}

namespace jsna::ui {

class GuidancePanel;
class StatTile;

// A page of the main window that summarises what the open project holds for one stage: a title,
// headline figures, "what to do next" and sections. Pages refresh when shown after the project
// changed (markDirty), so a bulk import refreshes only the visible page at once.
class OverviewPage : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(const QString& title, const QString& subtitle, QWidget* parent = nullptr);
    ~OverviewPage() override;

    // The project to summarise, or nullptr when none is open. The page does not own it.
    void setProject(project::Project* project);
    // Whether File > Import Data… exists in this build (guidance links to it only then).
    void setImportAvailable(bool available);
    // The project changed: refresh now if visible, otherwise the next time the page is shown.
    void markDirty();
    // Refreshes at once, visible or not (tests, screenshots).
    void refreshNow();

    GuidancePanel* guidance() const { return m_guidance; }
    StatTile* tile(const QString& name) const;

signals:
    // A link in the page was activated: jsna:open, jsna:open-demo, jsna:import, jsna:properties,
    // jsna:page/N (a page), jsna:workspace/N (the working view beside page N's overview).
    void linkActivated(const QString& link);

protected:
    // Reads the project and updates the widgets; may throw ProjectError.
    virtual void refresh(project::Project& project) = 0;
    // Shows the page with no project open.
    virtual void clear() {}

    project::Project* project() const { return m_project; }
    bool importAvailable() const { return m_importAvailable; }
    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    StatTile* addTile(const QString& name, const QString& caption);
    // Sections sit in a two-column grid; a wide section spans both columns.
    void addSection(QWidget* section, bool wide = false);
    // The standard guidance for a project with no data yet.
    QString addDataStep() const;

    void showEvent(QShowEvent* event) override;

private:
    void refreshSafely();

    project::Project* m_project = nullptr;
    bool m_dirty = true;
    bool m_refreshQueued = false;
    bool m_importAvailable = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_tiles;
    GuidancePanel* m_guidance;
    QGridLayout* m_sections;
    int m_sectionRow = 0;
    int m_sectionColumn = 0;
};

} // namespace jsna::ui
