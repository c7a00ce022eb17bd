// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/epidemiology/trend_query.h"
#include "ui/epidemiology/epi_view.h"

class QComboBox;

namespace jsna::ui::charts {
class ChartPanel;
}

namespace jsna::ui::epidemiology {

// The selected indicator over time for the selected area: values with their confidence band, each
// point coloured by comparison with England, England and the region as lines (plus any area chosen
// in "Also compare with"), and the recent trend.
class TrendsView final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendsView)

public:
    explicit TrendsView(EpiContext context, QWidget* parent = nullptr);

    charts::ChartPanel* panel() const { return m_panel; }
    QComboBox* extraArea() const { return m_extra; }
    QComboBox* sex() const { return m_sex; }
    const jsna::epidemiology::TrendData& trend() const { return m_trend; }
    EvidenceDraft evidenceDraft() const override;

protected:
    void refresh() override;

private:
    QComboBox* m_sex;
    QComboBox* m_extra;
    charts::ChartPanel* m_panel;
    jsna::epidemiology::TrendData m_trend;
};

} // namespace jsna::ui::epidemiology
