// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/overview_models.h"
#include "ui/overview/overview_page.h"

namespace jsna::ui {

class FactList;
class SectionBox;

// Report: what the chapters could be built from, and the disclosure control the report will apply.
class ReportPage final : public OverviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    explicit ReportPage(QWidget* parent = nullptr);

    const models::ChapterSourceModel* chaptersModel() const { return m_chapters; }

protected:
    void refresh(project::Project& project) override;
    void clear() override;

private:
    models::ChapterSourceModel* m_chapters;
    SectionBox* m_chaptersSection;
    FactList* m_available;
    FactList* m_disclosure;
};

} // namespace jsna::ui
