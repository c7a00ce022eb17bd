// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/home_page.h"

#include <QDateTime>
#include <QGridLayout>

#include "core/project/project.h"
#include "core/project/project_summary.h"
#include "core/project/stage_overview.h"
#include "ui/models/formatting.h"
#include "ui/widgets/fact_list.h"
#include "ui/widgets/guidance_panel.h"
#include "ui/widgets/link_card.h"
#include "ui/widgets/section_box.h"
#include "ui/widgets/stat_tile.h"
#include "ui/widgets/themed_icon.h"

namespace jsna::ui {

using models::countOf;
using models::formatCount;

namespace {

struct StageButton
{
    const char* icon;
    const char* title;
};

constexpr StageButton kStages[] = {
    {"epidemiology", QT_TRANSLATE_NOOP("jsna::ui::HomePage", "Stage 1 \u00b7 Epidemiology review")},
    {"workshops", QT_TRANSLATE_NOOP("jsna::ui::HomePage", "Stage 2 \u00b7 Stakeholder workshops")},
    {"engagement", QT_TRANSLATE_NOOP("jsna::ui::HomePage", "Stage 3 \u00b7 Community insight and co-design")},
    {"report", QT_TRANSLATE_NOOP("jsna::ui::HomePage", "Report")},
};

QString createdDate(const QString& iso)
{
    const QDateTime created = QDateTime::fromString(iso, Qt::ISODate);
    return created.isValid() ? QLocale().toString(created.toLocalTime().date(), QLocale::LongFormat) : iso;
}

} // namespace

HomePage::HomePage(QWidget* parent)
    : OverviewPage(tr("Project overview"), QString(), parent)
{
    addTile(QStringLiteral("areas"), tr("Areas"));
    addTile(QStringLiteral("indicators"), tr("Indicators"));
    addTile(QStringLiteral("values"), tr("Indicator values"));
    addTile(QStringLiteral("populations"), tr("Population years"));

    auto* stages = new SectionBox(tr("The JSNA stages"));
    auto* grid = new QWidget(stages);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(12);
    int page = 1;
    for (const StageButton& stage : kStages) {
        auto* button = new LinkCard(themedIcon(QString::fromLatin1(stage.icon)), tr(stage.title), grid);
        button->setObjectName(QStringLiteral("stage.%1").arg(page));
        connect(button, &LinkCard::clicked, this,
                [this, page] { emit linkActivated(QStringLiteral("jsna:page/%1").arg(page)); });
        gridLayout->addWidget(button, (page - 1) / 2, (page - 1) % 2);
        m_stages.append(button);
        ++page;
    }
    stages->addWidget(grid);
    addSection(stages, true);

    auto* about = new SectionBox(tr("About this project"));
    m_project = new FactList(QString(), about);
    m_project->setObjectName(QStringLiteral("facts.project"));
    about->addWidget(m_project);
    addSection(about);

    auto* tables =
        new SectionBox(tr("What the file holds"), tr("Rows in each table of the project file that has any."));
    m_tables = new FactList(QString(), tables);
    m_tables->setObjectName(QStringLiteral("facts.tables"));
    tables->addWidget(m_tables);
    addSection(tables);
}

void HomePage::refresh(project::Project& project)
{
    const project::EpidemiologyOverview epi = project::epidemiologyOverview(project);
    const project::EngagementOverview engagement = project::engagementOverview(project);
    const project::ReportOverview report = project::reportOverview(project);
    const int worse = epi.countOf(project::Comparison::Worse);

    setTitle(project.title());
    const QString description = project.meta(QStringLiteral("description"));
    const QString organisation = project.meta(QStringLiteral("organisation"));
    setSubtitle(!description.isEmpty()    ? description
                : !organisation.isEmpty() ? organisation
                                          : tr("Joint Strategic Needs Assessment project"));

    tile(QStringLiteral("areas"))->setValue(formatCount(epi.areaCount), epi.area.name);
    tile(QStringLiteral("indicators"))
        ->setValue(formatCount(epi.indicatorCount),
                   countOf(epi.indicatorsByDomain.size(), tr("domain"), tr("domains")));
    tile(QStringLiteral("values"))
        ->setValue(formatCount(epi.valueCount),
                   epi.latestPeriod.isEmpty() ? QString() : tr("latest %1").arg(epi.latestPeriod));
    tile(QStringLiteral("populations"))
        ->setValue(QString::number(epi.populationYears.size()), epi.populationYears.isEmpty()
                                                                    ? QString()
                                                                    : QStringLiteral("%1\u2013%2")
                                                                          .arg(epi.populationYears.first())
                                                                          .arg(epi.populationYears.last()));

    m_stages.at(0)->setDescription(
        epi.comparisons.isEmpty()
            ? tr("%1; nothing compared with England yet")
                  .arg(countOf(epi.indicatorCount, tr("indicator"), tr("indicators")))
            : tr("%1 of %2 comparisons with England worse").arg(worse).arg(epi.comparisons.size()));
    m_stages.at(1)->setDescription(
        tr("%1 to test with stakeholders").arg(countOf(worse, tr("conclusion"), tr("conclusions"))));
    m_stages.at(2)->setDescription(tr("%1 between groups; %2 with deprivation data")
                                       .arg(countOf(engagement.gaps.size(), tr("gap"), tr("gaps")),
                                            countOf(engagement.wards.size(), tr("ward"), tr("wards"))));
    m_stages.at(3)->setDescription(
        tr("%1 with data for the area")
            .arg(countOf(report.chapters.size(), tr("possible chapter"), tr("possible chapters"))));

    QList<FactList::Fact> facts;
    if (!organisation.isEmpty())
        facts.append({tr("Organisation"), organisation});
    facts.append({tr("Focus area"), epi.area.isValid()
                                        ? QStringLiteral("%1 (%2)").arg(epi.area.name, epi.area.code)
                                        : tr("Not chosen")});
    facts.append({tr("Data"), project.isSynthetic() ? tr("Synthetic demo data") : tr("Imported data")});
    facts.append({tr("Created"), createdDate(project.meta(QStringLiteral("created")))});
    facts.append({tr("Schema version"), QString::number(project.schemaVersion())});
    facts.append({tr("Access"), project.isReadOnly() ? tr("Read-only") : tr("Read and write")});
    m_project->setFacts(facts);

    QList<FactList::Fact> tables;
    int empty = 0;
    for (const project::TableCount& count : project::tableCounts(project.database())) {
        if (count.rows > 0)
            tables.append({count.table, formatCount(count.rows)});
        else
            ++empty;
    }
    if (empty > 0)
        tables.append({tr("Other tables"), tr("%1 empty").arg(empty)});
    m_tables->setFacts(tables);

    QStringList steps;
    if (project::projectTotals(project).isEmpty()) {
        steps.append(addDataStep());
    } else {
        if (!epi.area.isValid() || project.meta(QString::fromUtf16(project::kFocusAreaMetaKey)).isEmpty())
            steps.append(tr("Check the focus area (%1) and describe the project in "
                            "<a href=\"jsna:properties\">Project \u203a Properties</a>.")
                             .arg(epi.area.isValid() ? epi.area.name.toHtmlEscaped() : tr("none found")));
        steps.append(
            tr("Review the evidence in <a href=\"jsna:page/1\">Stage 1</a>: %1 significantly worse than "
               "England.")
                .arg(countOf(worse, tr("indicator is"), tr("indicators are"))));
        if (worse > 0)
            steps.append(tr(
                "Test those conclusions with stakeholders in <a href=\"jsna:page/2\">Stage 2</a>, then find "
                "the groups to reach in <a href=\"jsna:page/3\">Stage 3</a>."));
    }
    guidance()->setSteps(steps);
}

} // namespace jsna::ui
