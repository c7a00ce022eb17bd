// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/overview_models.h"
#include "ui/overview/overview_page.h"

namespace jsna::ui {

class FactList;
class SectionBox;

// Stage 2, Stakeholder workshops: the conclusions from Stage 1 to test with stakeholders, grouped into
// suggested workshop themes, the strengths to confirm, and the workshops recorded so far with the
// stakeholder groups heard from.
class WorkshopsPage final : public OverviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopsPage)

public:
    explicit WorkshopsPage(QWidget* parent = nullptr);

    const models::ComparisonModel* conclusionsModel() const { return m_conclusions; }

protected:
    void refresh(project::Project& project) override;
    void clear() override;

private:
    models::ComparisonModel* m_conclusions;
    SectionBox* m_conclusionsSection;
    FactList* m_themes;
    FactList* m_strengths;
    FactList* m_records;
    FactList* m_groups;
};

} // namespace jsna::ui
