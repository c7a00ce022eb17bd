// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/epidemiology/epi_view.h"

class QLabel;
class QTreeView;

namespace jsna::ui::charts {
class ChartToolbar;
}

namespace jsna::ui::epidemiology {

class AreaProfileModel;
class SpineDelegate;

// The Fingertips-style area profile of the selected area: every indicator's latest value, count,
// England's value and the spine of comparable areas, coloured by the comparison with England at the
// selected confidence level, with the recent-trend arrow. Double-click opens the indicator's trend.
class AreaProfileView final : public EpiView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaProfileView)

public:
    explicit AreaProfileView(EpiContext context, QWidget* parent = nullptr);

    AreaProfileModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    charts::ChartToolbar* toolbar() const { return m_toolbar; }
    EvidenceDraft evidenceDraft() const override;

signals:
    void indicatorActivated(qint64 indicatorId);

protected:
    void refresh() override;
    bool dependsOn(EpiSelection::Part part) const override;

private:
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_status;
    QTreeView* m_tree;
    AreaProfileModel* m_model;
    SpineDelegate* m_delegate;
    charts::ChartToolbar* m_toolbar;
};

} // namespace jsna::ui::epidemiology
