// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/inequality_query.h"
#include "ui/epidemiology/epi_view.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace jsna::ui::charts {
class ChartPanel;
}

namespace jsna::ui::epidemiology {

// Inequalities in the selected indicator for the selected area: each breakdown (deprivation, sex,
// age, ethnic group...) as bars with confidence intervals, flagged where groups differ significantly
// (NW London's FIND step), with the SII/RII and the most-vs-least deprived gap.
class InequalitiesView final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InequalitiesView)

public:
    explicit InequalitiesView(EpiContext context, QWidget* parent = nullptr);

    charts::ChartPanel* panel() const { return m_panel; }
    QListWidget* breakdowns() const { return m_list; }
    QComboBox* period() const { return m_period; }
    QLabel* summary() const { return m_summary; }
    const jsna::epidemiology::InequalityData& inequalities() const { return m_data; }
    void selectBreakdown(int row);
    EvidenceDraft evidenceDraft() const override;

protected:
    void refresh() override;

private:
    void showBreakdown();

    QComboBox* m_period;
    QLabel* m_summary;
    QListWidget* m_list;
    charts::ChartPanel* m_panel;
    jsna::epidemiology::InequalityData m_data;
};

} // namespace jsna::ui::epidemiology
