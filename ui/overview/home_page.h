// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "ui/overview/overview_page.h"

namespace jsna::ui {

class FactList;
class LinkCard;

// The project overview: what the project is, what it holds, and where each JSNA stage stands,
// with a button into each stage.
class HomePage final : public OverviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(QWidget* parent = nullptr);

    FactList* projectFacts() const { return m_project; }
    FactList* tableFacts() const { return m_tables; }

protected:
    void refresh(project::Project& project) override;

private:
    FactList* m_project;
    FactList* m_tables;
    QList<LinkCard*> m_stages;
};

} // namespace jsna::ui
