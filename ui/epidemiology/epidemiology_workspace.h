// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "core/evidence/evidence_item.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace jsna::project {
class Project;
}
namespace jsna::epidemiology {
class EpidemiologyData;
}

namespace jsna::ui::epidemiology {

class AreaProfileView;
class CompareAreasView;
class EpiSelection;
class EvidencePanel;
class FunnelView;
class IndicatorBrowser;
class InequalitiesView;
class PopulationView;
class TrendsView;

// Stage 1, the epidemiology review: the selection bar (area, indicator, confidence level), the views
// (indicators, area profile, compare areas, trends, inequalities, population, funnel plot) and the
// evidence panel. One per open project; plug it into the main window's Stage 1 page. The latest-value
// index is built on a worker thread as soon as the workspace exists.
class EpidemiologyWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpidemiologyWorkspace)

public:
    enum class Page
    {
        Indicators,
        Profile,
        Compare,
        Trends,
        Inequalities,
        Population,
        Funnel,
    };
    Q_ENUM(Page)

    EpidemiologyWorkspace(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);
    ~EpidemiologyWorkspace() override;

    void showPage(Page page);
    Page currentPage() const;
    // Brings back the selection an evidence item was recorded from.
    void showEvidence(const evidence::EvidenceData& selection);

    jsna::epidemiology::EpidemiologyData& data() const { return *m_data; }
    EpiSelection& selection() const { return *m_selection; }
    QComboBox* areaBox() const { return m_area; }
    QComboBox* indicatorBox() const { return m_indicator; }
    QComboBox* levelBox() const { return m_level; }
    QTabWidget* tabs() const { return m_tabs; }
    IndicatorBrowser* indicators() const { return m_indicators; }
    AreaProfileView* profile() const { return m_profile; }
    CompareAreasView* compare() const { return m_compare; }
    TrendsView* trends() const { return m_trends; }
    InequalitiesView* inequalities() const { return m_inequalities; }
    PopulationView* population() const { return m_population; }
    FunnelView* funnel() const { return m_funnel; }
    EvidencePanel* evidence() const { return m_evidence; }

signals:
    // A message for the window's status bar (evidence added, and so on).
    void statusMessage(const QString& message);

private:
    void fillChoices();
    void syncBoxes();
    void showError(const QString& message);

    std::unique_ptr<jsna::epidemiology::EpidemiologyData> m_data;
    EpiSelection* m_selection;
    bool m_areaChosen = false;
    QComboBox* m_area;
    QComboBox* m_indicator;
    QComboBox* m_level;
    QTabWidget* m_tabs;
    QLabel* m_message;
    IndicatorBrowser* m_indicators;
    AreaProfileView* m_profile;
    CompareAreasView* m_compare;
    TrendsView* m_trends;
    InequalitiesView* m_inequalities;
    PopulationView* m_population;
    FunnelView* m_funnel;
    EvidencePanel* m_evidence;
};

} // namespace jsna::ui::epidemiology
