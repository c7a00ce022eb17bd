// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/population_query.h"
#include "ui/epidemiology/epi_view.h"

class QComboBox;

namespace jsna::ui::charts {
class ChartPanel;
}

namespace jsna::ui::epidemiology {

// The selected area's population pyramid by sex and 5-year band, against England's (or the
// region's) shape as an outline, for a chosen year.
class PopulationView final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopulationView)

public:
    explicit PopulationView(EpiContext context, QWidget* parent = nullptr);

    charts::ChartPanel* panel() const { return m_panel; }
    const jsna::epidemiology::PyramidData& pyramid() const { return m_pyramid; }
    EvidenceDraft evidenceDraft() const override;

protected:
    void refresh() override;
    bool dependsOn(EpiSelection::Part part) const override;

private:
    QComboBox* m_year;
    QComboBox* m_comparator;
    charts::ChartPanel* m_panel;
    jsna::epidemiology::PyramidData m_pyramid;
};

} // namespace jsna::ui::epidemiology
