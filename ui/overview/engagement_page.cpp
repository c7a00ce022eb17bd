// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/engagement_page.h"

#include <algorithm>

#include "core/project/project.h"
#include "core/project/stage_overview.h"
#include "ui/models/formatting.h"
#include "ui/widgets/fact_list.h"
#include "ui/widgets/guidance_panel.h"
#include "ui/widgets/result_table.h"
#include "ui/widgets/section_box.h"
#include "ui/widgets/stat_tile.h"

namespace jsna::ui {

using models::countOf;
using models::formatCount;

namespace {
constexpr int kWardsShown = 8;
}

EngagementPage::EngagementPage(QWidget* parent)
    : OverviewPage(tr("Stage 3 \u00b7 Community insight and co-design"),
                   tr("Who and where to reach, from the inequality breakdowns and deprivation."), parent)
    , m_gaps(models::createGroupGapModel(this))
    , m_wards(models::createWardDeprivationModel(this))
    , m_gapsSection(new SectionBox(tr("Groups to reach")))
    , m_wardsSection(new SectionBox(tr("Neighbourhoods to reach")))
{
    addTile(QStringLiteral("breakdowns"), tr("Breakdown types"));
    addTile(QStringLiteral("gaps"), tr("Gaps between groups"));
    addTile(QStringLiteral("widest"), tr("Widest gap"));
    addTile(QStringLiteral("wards"), tr("Wards to reach"));

    auto* gaps = new ResultTable(10, m_gapsSection);
    gaps->setObjectName(QStringLiteral("table.gaps"));
    gaps->setModel(m_gaps);
    m_gapsSection->addWidget(gaps);
    m_gapsSection->setCaption(
        tr("Breakdowns of the latest values (by deprivation, ethnicity, sex, age\u2026) with the "
           "largest ratio between the highest and lowest group. The group to reach is the "
           "worse-off one, read through the indicator's polarity."));
    addSection(m_gapsSection, true);

    auto* wards = new ResultTable(8, m_wardsSection);
    wards->setObjectName(QStringLiteral("table.wards"));
    wards->setModel(m_wards);
    m_wardsSection->addWidget(wards);
    addSection(m_wardsSection);

    auto* breakdowns = new SectionBox(tr("Breakdowns held"), tr("Indicator values by category type."));
    m_breakdowns = new FactList(tr("No breakdowns yet."), breakdowns);
    m_breakdowns->setObjectName(QStringLiteral("facts.breakdowns"));
    breakdowns->addWidget(m_breakdowns);
    addSection(breakdowns);
}

void EngagementPage::clear()
{
    m_gaps->setRows({});
    m_wards->setRows({});
}

void EngagementPage::refresh(project::Project& project)
{
    const project::EngagementOverview o = project::engagementOverview(project);
    const auto deprivedWards =
        std::count_if(o.wards.cbegin(), o.wards.cend(),
                      [](const project::WardDeprivation& w) { return w.mostDeprivedLsoas > 0; });
    qint64 breakdownValues = 0;
    QList<FactList::Fact> breakdowns;
    for (const project::LabelCount& type : o.breakdownTypes) {
        breakdownValues += type.count;
        breakdowns.append({type.label, countOf(type.count, tr("value"), tr("values"))});
    }
    m_breakdowns->setFacts(breakdowns);

    tile(QStringLiteral("breakdowns"))
        ->setValue(QString::number(o.breakdownTypes.size()),
                   breakdownValues > 0 ? countOf(breakdownValues, tr("value"), tr("values")) : QString());
    tile(QStringLiteral("gaps"))
        ->setValue(QString::number(o.gaps.size()),
                   o.area.isValid() ? tr("for %1").arg(o.area.name) : QString());
    if (o.gaps.isEmpty())
        tile(QStringLiteral("widest"))->setValue(QStringLiteral("\u2013"), tr("no breakdowns to compare"));
    else
        tile(QStringLiteral("widest"))
            ->setValue(QStringLiteral("%1\u00d7").arg(o.gaps.first().ratio, 0, 'f', 1),
                       o.gaps.first().indicator);
    tile(QStringLiteral("wards"))
        ->setValue(
            QString::number(deprivedWards),
            o.wards.isEmpty()
                ? tr("no ward deprivation yet")
                : tr("of %1 (IMD deciles 1\u20132)").arg(countOf(o.wards.size(), tr("ward"), tr("wards"))));

    m_gaps->setRows(o.gaps);
    m_gapsSection->setVisible(!o.gaps.isEmpty());
    m_wards->setRows(o.wards.mid(0, kWardsShown));
    m_wardsSection->setVisible(!o.wards.isEmpty());
    m_wardsSection->setCaption(
        o.wards.size() > kWardsShown
            ? tr("The %1 of %2 wards with most LSOAs in deciles 1\u20132 of %3.")
                  .arg(kWardsShown)
                  .arg(o.wards.size())
                  .arg(o.deprivationEdition)
            : tr("Wards ranked by their LSOAs in deciles 1\u20132 of %1.").arg(o.deprivationEdition));

    QStringList steps;
    if (project::projectTotals(project).isEmpty()) {
        steps.append(addDataStep());
    } else {
        if (o.gaps.isEmpty())
            steps.append(
                tr("Add indicator values broken down by deprivation, ethnicity, sex or age for %1 to find "
                   "the groups to reach.")
                    .arg(o.area.isValid() ? o.area.name.toHtmlEscaped() : tr("the area")));
        for (const project::GroupGap& gap : o.gaps) {
            if (gap.worstGroup.isEmpty())
                continue;
            const bool highestIsWorst = gap.worstGroup == gap.highestGroup;
            steps.append(
                tr("Plan community insight with <b>%1</b>, who fare worst on %2: %3 against %4 for %5 "
                   "(%6\u00d7 between them).")
                    .arg(gap.worstGroup.toHtmlEscaped(), gap.indicator.toHtmlEscaped(),
                         models::formatNumber(highestIsWorst ? gap.highestValue : gap.lowestValue),
                         models::formatNumber(highestIsWorst ? gap.lowestValue : gap.highestValue),
                         (highestIsWorst ? gap.lowestGroup : gap.highestGroup).toHtmlEscaped())
                    .arg(gap.ratio, 0, 'f', 1));
            break;
        }
        if (!o.wards.isEmpty() && o.wards.first().mostDeprivedLsoas > 0) {
            const project::WardDeprivation& ward = o.wards.first();
            steps.append(
                tr("Start outreach in <b>%1</b>, where %2 of %3 LSOAs are in England's most deprived 20%.")
                    .arg(ward.name.toHtmlEscaped(), formatCount(ward.mostDeprivedLsoas),
                         formatCount(ward.lsoas)));
        } else if (o.wards.isEmpty()) {
            steps.append(
                tr("Add IMD deciles and LSOA-to-ward lookups to see which neighbourhoods to reach."));
        }
    }
    steps.append(
        tr("Community insight records (conversations, surveys, coded themes, co-designed ideas) arrive in "
           "a later version of JSNA Workbench."));
    guidance()->setSteps(steps);
}

} // namespace jsna::ui
