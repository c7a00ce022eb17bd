// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/epidemiology_page.h"

#include "core/geography/area.h"
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
using project::Comparison;

namespace {

FactList* addFactSection(const QString& name, const QString& title, const QString& empty,
                         QList<QWidget*>& sections)
{
    auto* section = new SectionBox(title);
    auto* list = new FactList(empty, section);
    list->setObjectName(QStringLiteral("facts.") + name);
    section->addWidget(list);
    sections.append(section);
    return list;
}

QString yearSpan(const QList<int>& years)
{
    if (years.isEmpty())
        return {};
    if (years.size() == 1)
        return QString::number(years.first());
    return QStringLiteral("%1\u2013%2").arg(years.first()).arg(years.last());
}

// "150 LSOAs", "20 wards": a count of areas of one type, for a tile's detail line.
QString areasOfType(const QString& type, qint64 count)
{
    struct Noun
    {
        const char16_t* type;
        const char* singular;
        const char* plural;
    };
    static constexpr Noun kNouns[] = {
        {u"lsoa", QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "LSOA"),
         QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "LSOAs")},
        {u"msoa", QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "MSOA"),
         QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "MSOAs")},
        {u"ward", QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "ward"),
         QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "wards")},
        {u"lower-tier-la", QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "district"),
         QT_TRANSLATE_NOOP("jsna::ui::EpidemiologyPage", "districts")},
    };
    for (const Noun& noun : kNouns) {
        if (type == QStringView(noun.type))
            return countOf(count, EpidemiologyPage::tr(noun.singular), EpidemiologyPage::tr(noun.plural));
    }
    return QStringLiteral("%1 %2").arg(formatCount(count), geography::areaTypeLabel(type).toLower());
}

} // namespace

EpidemiologyPage::EpidemiologyPage(QWidget* parent)
    : OverviewPage(tr("Stage 1 \u00b7 Epidemiology review"),
                   tr("What the evidence base holds, and where the area differs from England."), parent)
    , m_worse(models::createComparisonModel(this))
{
    addTile(QStringLiteral("areas"), tr("Areas"));
    addTile(QStringLiteral("indicators"), tr("Indicators"));
    addTile(QStringLiteral("values"), tr("Indicator values"));
    addTile(QStringLiteral("worse"), tr("Worse than England"));

    m_worseSection = new SectionBox(tr("Significantly worse than England: conclusions to test"));
    auto* table = new ResultTable(12, m_worseSection);
    table->setObjectName(QStringLiteral("table.worse"));
    table->setModel(m_worse);
    m_worseSection->addWidget(table);

    QList<QWidget*> sections;
    m_areas = addFactSection(QStringLiteral("areas"), tr("Areas by type"), tr("No areas yet."), sections);
    m_domains = addFactSection(QStringLiteral("domains"), tr("Indicators by domain"),
                               tr("No indicators yet."), sections);
    m_benchmark = addFactSection(QStringLiteral("benchmark"), tr("Compared with England"),
                                 tr("Nothing to compare yet: the area and England both need values with "
                                    "95% confidence limits."),
                                 sections);
    m_latest = addFactSection(QStringLiteral("latest"), tr("Most recent data"),
                              tr("No indicator values yet."), sections);
    m_populations = addFactSection(QStringLiteral("populations"), tr("Populations"),
                                   tr("No population estimates yet."), sections);
    m_deprivation = addFactSection(QStringLiteral("deprivation"), tr("Deprivation (IMD)"),
                                   tr("No deprivation data yet."), sections);
    addSection(m_worseSection, true);
    for (QWidget* section : sections)
        addSection(section);
}

FactList* EpidemiologyPage::facts(const QString& name) const
{
    return findChild<FactList*>(QStringLiteral("facts.") + name);
}

void EpidemiologyPage::clear()
{
    m_worse->setRows({});
}

void EpidemiologyPage::refresh(project::Project& project)
{
    const project::EpidemiologyOverview o = project::epidemiologyOverview(project);
    const int worse = o.countOf(Comparison::Worse);

    QStringList typeSummary;
    QList<FactList::Fact> areas;
    for (const project::LabelCount& type : o.areasByType) {
        areas.append({geography::areaTypeLabel(type.label), formatCount(type.count)});
        if (typeSummary.size() < 2)
            typeSummary.append(areasOfType(type.label, type.count));
    }
    tile(QStringLiteral("areas"))
        ->setValue(formatCount(o.areaCount), typeSummary.join(QStringLiteral(" \u00b7 ")));
    tile(QStringLiteral("indicators"))
        ->setValue(formatCount(o.indicatorCount),
                   o.indicatorsByDomain.isEmpty()
                       ? QString()
                       : tr("in %1").arg(countOf(o.indicatorsByDomain.size(), tr("domain"), tr("domains"))));
    tile(QStringLiteral("values"))
        ->setValue(formatCount(o.valueCount),
                   o.latestPeriod.isEmpty() ? QString() : tr("latest %1").arg(o.latestPeriod));
    tile(QStringLiteral("worse"))
        ->setValue(o.comparisons.isEmpty() ? QStringLiteral("\u2013") : QString::number(worse),
                   o.comparisons.isEmpty() ? tr("nothing compared yet")
                                           : tr("of %1 compared").arg(o.comparisons.size()));

    m_areas->setFacts(areas);
    QList<FactList::Fact> domains;
    for (const project::LabelCount& domain : o.indicatorsByDomain)
        domains.append({domain.label, formatCount(domain.count)});
    m_domains->setFacts(domains);

    QList<FactList::Fact> benchmark;
    if (!o.comparisons.isEmpty()) {
        benchmark.append({tr("Area"), o.area.name});
        for (Comparison c : {Comparison::Worse, Comparison::Similar, Comparison::Better, Comparison::Higher,
                             Comparison::Lower}) {
            if (const int n = o.countOf(c); n > 0 || (c != Comparison::Higher && c != Comparison::Lower))
                benchmark.append({project::comparisonLabel(c), QString::number(n)});
        }
    }
    m_benchmark->setFacts(benchmark);

    QList<FactList::Fact> latest;
    for (qsizetype i = 0; i < o.latestIndicators.size(); ++i)
        latest.append({o.latestIndicators.at(i).label, o.latestIndicatorPeriods.at(i)});
    m_latest->setFacts(latest);

    QList<FactList::Fact> populations;
    if (!o.populationYears.isEmpty()) {
        populations.append({tr("Years"), QStringLiteral("%1 (%2)").arg(
                                             yearSpan(o.populationYears),
                                             countOf(o.populationYears.size(), tr("year"), tr("years")))});
        if (o.focusPopulation)
            populations.append({tr("%1, %2").arg(o.area.name).arg(o.focusPopulationYear),
                                formatCount(qRound64(*o.focusPopulation))});
    }
    m_populations->setFacts(populations);

    QList<FactList::Fact> deprivation;
    if (o.lsoasWithDeprivation > 0 || !o.deprivationEditions.isEmpty()) {
        deprivation.append(
            {tr("LSOAs with an IMD decile"),
             o.lsoaCount > 0
                 ? tr("%1 of %2").arg(formatCount(o.lsoasWithDeprivation), formatCount(o.lsoaCount))
                 : formatCount(o.lsoasWithDeprivation)});
        deprivation.append({tr("Editions"), o.deprivationEditions.join(QStringLiteral(", "))});
    }
    m_deprivation->setFacts(deprivation);

    QList<project::IndicatorComparison> worseRows;
    for (const project::IndicatorComparison& c : o.comparisons) {
        if (c.comparison == Comparison::Worse)
            worseRows.append(c);
    }
    m_worse->setRows(worseRows);
    m_worseSection->setVisible(!o.comparisons.isEmpty());
    m_worseSection->setCaption(tr("Latest headline values for %1 whose 95% confidence interval lies wholly "
                                  "on the worse side of England's "
                                  "value, read through each indicator's polarity. Take these to Stage 2.")
                                   .arg(o.area.name));

    QStringList steps;
    if (o.indicatorCount == 0 && o.areaCount == 0) {
        steps.append(addDataStep());
    } else {
        if (!o.area.isValid())
            steps.append(
                tr("Choose the area this assessment is about in <a href=\"jsna:properties\">Project \u203a "
                   "Properties</a>."));
        if (o.indicatorCount > 0 && !o.england.isValid())
            steps.append(tr("Add England's values for your indicators so the area can be benchmarked."));
        else if (o.indicatorCount > 0 && o.comparisons.isEmpty())
            steps.append(tr("Add values with 95% confidence limits for %1 and England to compare them.")
                             .arg(o.area.name.toHtmlEscaped()));
        if (worse > 0)
            steps.append(
                tr("Take the %1 significantly worse than England to <a href=\"jsna:page/2\">Stage 2</a> as "
                   "conclusions to test with stakeholders.")
                    .arg(countOf(worse, tr("indicator"), tr("indicators"))));
        else if (!o.comparisons.isEmpty())
            steps.append(
                tr("No indicator is significantly worse than England: look at trends and at inequalities "
                   "within the area (<a href=\"jsna:page/3\">Stage 3</a>)."));
        if (o.indicatorCount > 0)
            steps.append(tr("Explore each indicator's trend, inequalities and funnel plot in "
                            "<a href=\"jsna:workspace/1\">Indicators, profiles and charts</a>."));
        if (o.populationYears.isEmpty())
            steps.append(tr("Add mid-year population estimates, so that rates can be computed."));
        if (o.lsoaCount > o.lsoasWithDeprivation)
            steps.append(tr("Add IMD deciles for the %1 LSOAs without one.")
                             .arg(formatCount(o.lsoaCount - o.lsoasWithDeprivation)));
    }
    guidance()->setSteps(steps);
}

} // namespace jsna::ui
