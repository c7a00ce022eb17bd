// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/overview_models.h"
#include "ui/overview/overview_page.h"

namespace jsna::ui {

class FactList;
class SectionBox;

// Stage 1, Epidemiology review: what the evidence base holds (areas, indicators, values, populations,
// deprivation) and which indicators are significantly worse than England: the conclusions to test.
class EpidemiologyPage final : public OverviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpidemiologyPage)

public:
    explicit EpidemiologyPage(QWidget* parent = nullptr);

    const models::ComparisonModel* worseModel() const { return m_worse; }
    FactList* facts(const QString& name) const;

protected:
    void refresh(project::Project& project) override;
    void clear() override;

private:
    models::ComparisonModel* m_worse;
    SectionBox* m_worseSection;
    FactList* m_areas;
    FactList* m_domains;
    FactList* m_populations;
    FactList* m_deprivation;
    FactList* m_benchmark;
    FactList* m_latest;
};

} // namespace jsna::ui
