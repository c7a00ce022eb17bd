// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/workshops_page.h"

#include "core/project/project.h"
#include "core/project/stage_overview.h"
#include "core/workshop/workshop.h"
#include "ui/models/formatting.h"
#include "ui/widgets/fact_list.h"
#include "ui/widgets/guidance_panel.h"
#include "ui/widgets/result_table.h"
#include "ui/widgets/section_box.h"
#include "ui/widgets/stat_tile.h"

namespace jsna::ui {

using models::countOf;
using project::Comparison;

namespace {
constexpr int kMaxStrengths = 8;
}

WorkshopsPage::WorkshopsPage(QWidget* parent)
    : OverviewPage(tr("Stage 2 \u00b7 Stakeholder workshops"),
                   tr("Test what the data says with the people who deliver and use services."), parent)
    , m_conclusions(models::createComparisonModel(this))
    , m_conclusionsSection(new SectionBox(tr("Conclusions to test with stakeholders")))
{
    addTile(QStringLiteral("conclusions"), tr("Conclusions to test"));
    addTile(QStringLiteral("themes"), tr("Workshop themes"));
    addTile(QStringLiteral("strengths"), tr("Strengths to confirm"));
    addTile(QStringLiteral("workshops"), tr("Workshops recorded"));

    auto* table = new ResultTable(15, m_conclusionsSection);
    table->setObjectName(QStringLiteral("table.conclusions"));
    table->setModel(m_conclusions);
    m_conclusionsSection->addWidget(table);
    addSection(m_conclusionsSection, true);

    auto* themes =
        new SectionBox(tr("Suggested workshop themes"),
                       tr("Indicator domains ranked by how many indicators are worse than England."));
    m_themes = new FactList(tr("No themes yet: nothing is significantly worse than England."), themes);
    m_themes->setObjectName(QStringLiteral("facts.themes"));
    themes->addWidget(m_themes);
    addSection(themes);

    auto* strengths =
        new SectionBox(tr("Strengths to confirm"),
                       tr("Indicators significantly better than England: check they hold for every group."));
    m_strengths = new FactList(tr("No indicator is significantly better than England."), strengths);
    m_strengths->setObjectName(QStringLiteral("facts.strengths"));
    strengths->addWidget(m_strengths);
    addSection(strengths);

    auto* records = new SectionBox(tr("Workshops recorded"));
    m_records = new FactList(tr("No workshops are recorded in this project yet."), records);
    m_records->setObjectName(QStringLiteral("facts.workshops"));
    records->addWidget(m_records);
    addSection(records);

    auto* groups =
        new SectionBox(tr("Stakeholder groups heard"), tr("Participants recorded, by stakeholder group."));
    m_groups = new FactList(tr("No participants recorded yet."), groups);
    m_groups->setObjectName(QStringLiteral("facts.groups"));
    groups->addWidget(m_groups);
    addSection(groups);
}

void WorkshopsPage::clear()
{
    m_conclusions->setRows({});
}

void WorkshopsPage::refresh(project::Project& project)
{
    const project::FocusArea area = project::focusArea(project);
    const QList<project::IndicatorComparison> comparisons =
        project::compareWithEngland(project, area, project::englandArea(project));
    QList<project::IndicatorComparison> worse;
    QList<FactList::Fact> strengths;
    int better = 0;
    for (const project::IndicatorComparison& c : comparisons) {
        if (c.comparison == Comparison::Worse)
            worse.append(c);
        if (c.comparison == Comparison::Better && ++better <= kMaxStrengths)
            strengths.append({c.name, c.period});
    }
    if (better > kMaxStrengths)
        strengths.append({tr("and %1 more").arg(better - kMaxStrengths), QString()});
    const QList<project::LabelCount> themes = project::worseByDomain(comparisons);

    const bool compared = !comparisons.isEmpty();
    const QString none = QStringLiteral("\u2013");
    tile(QStringLiteral("conclusions"))
        ->setValue(compared ? QString::number(worse.size()) : none,
                   compared ? tr("worse than England") : tr("nothing compared yet"));
    tile(QStringLiteral("themes"))
        ->setValue(compared ? QString::number(themes.size()) : none, tr("domains with a conclusion"));
    tile(QStringLiteral("strengths"))
        ->setValue(compared ? QString::number(better) : none, tr("better than England"));
    const project::WorkshopRecords records = project::workshopRecords(project);
    tile(QStringLiteral("workshops"))
        ->setValue(QString::number(records.workshops),
                   tr("%1 \u00b7 %2")
                       .arg(countOf(records.participants, tr("participant"), tr("participants")),
                            countOf(records.notes, tr("note"), tr("notes"))));

    m_conclusions->setRows(worse);
    m_conclusionsSection->setVisible(!worse.isEmpty());
    m_conclusionsSection->setCaption(tr("Each is a statement to put to a workshop: \u201c%1 is worse than "
                                        "England on this; does that match your "
                                        "experience, and who is most affected?\u201d")
                                         .arg(area.name));
    QList<FactList::Fact> themeFacts;
    for (const project::LabelCount& theme : themes)
        themeFacts.append({theme.label, countOf(theme.count, tr("conclusion"), tr("conclusions"))});
    m_themes->setFacts(themeFacts);
    m_strengths->setFacts(strengths);

    QList<FactList::Fact> recordFacts;
    if (records.workshops > 0) {
        for (const QString& workshop : records.latestWorkshops)
            recordFacts.append({workshop, QString()});
        recordFacts.append({tr("Notes"), QString::number(records.notes)});
        recordFacts.append({tr("Themes"), QString::number(records.themes)});
        recordFacts.append({tr("Evidence items"), QString::number(records.evidenceItems)});
    }
    m_records->setFacts(recordFacts);
    QList<FactList::Fact> groupFacts;
    QStringList unheard = workshop::defaultStakeholderGroups();
    for (const project::LabelCount& group : records.stakeholderGroups) {
        groupFacts.append({group.label, QString::number(group.count)});
        unheard.removeAll(group.label);
    }
    m_groups->setFacts(groupFacts);

    QStringList steps;
    if (project::projectTotals(project).isEmpty()) {
        steps.append(addDataStep());
    } else if (!compared) {
        steps.append(
            tr("Nothing is benchmarked against England yet, so there are no conclusions to test. See "
               "<a href=\"jsna:page/1\">Stage 1</a> for what the data needs."));
    } else if (worse.isEmpty()) {
        steps.append(tr("No indicator is significantly worse than England. Use the workshops to test the "
                        "strengths and to ask where the data misses local experience."));
    } else {
        steps.append(tr("Plan one workshop per theme, starting with <b>%1</b> (%2).")
                         .arg(themes.first().label.toHtmlEscaped(),
                              countOf(themes.first().count, tr("conclusion"), tr("conclusions"))));
        steps.append(
            tr("Invite commissioners, providers, the voluntary sector and residents for each theme, and "
               "ask who is most affected: that points to the groups to reach in "
               "<a href=\"jsna:page/3\">Stage 3</a>."));
    }
    if (records.workshops == 0) {
        steps.append(tr("No workshops are recorded in this project yet: record one in "
                        "<a href=\"jsna:workspace/2\">Workshops and live capture</a>."));
    } else if (!unheard.isEmpty()) {
        steps.append(tr("Not yet heard from: %1.").arg(unheard.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    guidance()->setSteps(steps);
}

} // namespace jsna::ui
