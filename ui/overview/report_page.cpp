// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/report_page.h"

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

ReportPage::ReportPage(QWidget* parent)
    : OverviewPage(tr("Report"),
                   tr("What the JSNA chapters can draw on, and how small numbers are protected."), parent)
    , m_chapters(models::createChapterSourceModel(this))
    , m_chaptersSection(new SectionBox(tr("What a chapter could be built from")))
{
    addTile(QStringLiteral("chapters"), tr("Possible chapters"));
    addTile(QStringLiteral("indicators"), tr("Indicators with data"));
    addTile(QStringLiteral("suppressed"), tr("Small counts suppressed"));
    addTile(QStringLiteral("rounding"), tr("Counts rounded to"));

    auto* table = new ResultTable(14, m_chaptersSection);
    table->setObjectName(QStringLiteral("table.chapters"));
    table->setModel(m_chapters);
    m_chaptersSection->addWidget(table);
    addSection(m_chaptersSection, true);

    auto* available = new SectionBox(tr("Also available"));
    m_available = new FactList(tr("Nothing yet."), available);
    m_available->setObjectName(QStringLiteral("facts.available"));
    available->addWidget(m_available);
    addSection(available);

    auto* disclosure = new SectionBox(tr("Disclosure control"),
                                      tr("Applied to counts in every exported table, so that no one can be "
                                         "identified from small numbers."));
    m_disclosure = new FactList(QString(), disclosure);
    m_disclosure->setObjectName(QStringLiteral("facts.disclosure"));
    disclosure->addWidget(m_disclosure);
    addSection(disclosure);
}

void ReportPage::clear()
{
    m_chapters->setRows({});
}

void ReportPage::refresh(project::Project& project)
{
    const project::ReportOverview o = project::reportOverview(project);
    const project::DisclosureSettings& d = o.disclosure;
    qint64 indicators = 0;
    for (const project::ChapterSource& chapter : o.chapters)
        indicators += chapter.indicators;
    const QString source = d.fromProject ? tr("set in this project") : tr("default");

    tile(QStringLiteral("chapters"))
        ->setValue(QString::number(o.chapters.size()),
                   o.area.isValid() ? tr("for %1").arg(o.area.name) : QString());
    tile(QStringLiteral("indicators"))->setValue(formatCount(indicators), tr("across the chapters"));
    tile(QStringLiteral("suppressed"))
        ->setValue(QStringLiteral("%1\u2013%2").arg(d.suppressFrom).arg(d.suppressTo), source);
    tile(QStringLiteral("rounding"))->setValue(QString::number(d.roundTo), source);

    m_chapters->setRows(o.chapters);
    m_chaptersSection->setVisible(!o.chapters.isEmpty());
    m_chaptersSection->setCaption(
        tr("One chapter per indicator domain with values for %1.").arg(o.area.name));

    QList<FactList::Fact> available;
    available.append(
        {tr("Population and demography"), o.hasPopulations ? tr("Yes") : tr("No population data")});
    available.append(
        {tr("Deprivation and wider determinants"), o.hasDeprivation ? tr("Yes") : tr("No IMD data")});
    available.append(
        {tr("Synthetic demo data"), project.isSynthetic() ? tr("Yes: not for publication") : tr("No")});
    m_available->setFacts(available);

    m_disclosure->setFacts({
        {tr("Counts suppressed"), tr("%1 to %2").arg(d.suppressFrom).arg(d.suppressTo)},
        {tr("Other counts rounded to the nearest"), QString::number(d.roundTo)},
        {tr("Source"),
         d.fromProject ? tr("This project's settings") : tr("Defaults (not set in the project)")},
    });

    QStringList steps;
    if (project::projectTotals(project).isEmpty()) {
        steps.append(addDataStep());
    } else if (o.chapters.isEmpty()) {
        steps.append(
            tr("No indicator values for %1 yet: chapters are built from the focus area's values. Check the "
               "focus area in <a href=\"jsna:properties\">Project \u203a Properties</a>.")
                .arg(o.area.isValid() ? o.area.name.toHtmlEscaped() : tr("the area")));
    } else {
        steps.append(
            tr("Chapters can be built from %1. Work through <a href=\"jsna:page/1\">Stage 1</a> to "
               "<a href=\"jsna:page/3\">Stage 3</a> first: each chapter should say what the data shows, what "
               "stakeholders and communities said, and what will change.")
                .arg(countOf(o.chapters.size(), tr("indicator domain"), tr("indicator domains"))));
    }
    if (project.isSynthetic())
        steps.append(
            tr("This project holds <b>synthetic demo data</b>: do not publish anything built from it."));
    steps.append(tr("Report drafting and export (HTML, print) arrive in a later version of JSNA Workbench."));
    guidance()->setSteps(steps);
}

} // namespace jsna::ui
