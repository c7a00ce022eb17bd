// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/overview_models.h"
#include "ui/overview/overview_page.h"

namespace jsna::ui {

class FactList;
class SectionBox;

// Stage 3, Community insight and co-design: the groups with the widest gaps in the inequality
// breakdowns (groups to reach) and the wards with most of England's most deprived LSOAs.
class EngagementPage final : public OverviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngagementPage)

public:
    explicit EngagementPage(QWidget* parent = nullptr);

    const models::GroupGapModel* gapsModel() const { return m_gaps; }
    const models::WardDeprivationModel* wardsModel() const { return m_wards; }

protected:
    void refresh(project::Project& project) override;
    void clear() override;

private:
    models::GroupGapModel* m_gaps;
    models::WardDeprivationModel* m_wards;
    SectionBox* m_gapsSection;
    SectionBox* m_wardsSection;
    FactList* m_breakdowns;
};

} // namespace jsna::ui
