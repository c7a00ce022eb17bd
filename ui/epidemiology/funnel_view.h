// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/funnel_query.h"
#include "ui/epidemiology/epi_view.h"

namespace jsna::ui::charts {
class ChartPanel;
}

namespace jsna::ui::epidemiology {

// A funnel plot of the selected indicator across all areas of the selected area's type, with 95% and
// 99.8% control limits; the selected area is highlighted.
class FunnelView final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelView)

public:
    explicit FunnelView(EpiContext context, QWidget* parent = nullptr);

    charts::ChartPanel* panel() const { return m_panel; }
    const jsna::epidemiology::FunnelData& funnel() const { return m_funnel; }
    EvidenceDraft evidenceDraft() const override;

protected:
    void refresh() override;
    bool dependsOn(EpiSelection::Part part) const override;

private:
    charts::ChartPanel* m_panel;
    jsna::epidemiology::FunnelData m_funnel;
};

} // namespace jsna::ui::epidemiology
