// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/population_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/value_format.h"
#include "ui/charts/chart_panel.h"
#include "ui/charts/pyramid_chart.h"

namespace jsna::ui::epidemiology {

PopulationView::PopulationView(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_year(new QComboBox)
    , m_comparator(new QComboBox)
    , m_panel(new charts::ChartPanel)
{
    m_year->setObjectName(QStringLiteral("year"));
    m_comparator->setObjectName(QStringLiteral("comparator"));
    m_panel->setEmptyText(tr("No population estimates for this area. Import ONS mid-year estimates by sex and"
                             " 5-year age band to see its pyramid."));
    auto* options = new QHBoxLayout;
    options->addStretch(1);
    options->addWidget(new QLabel(tr("Year:")));
    options->addWidget(m_year);
    options->addSpacing(12);
    options->addWidget(new QLabel(tr("Outline:")));
    options->addWidget(m_comparator);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addLayout(options);
    connect(m_year, &QComboBox::activated, this, &PopulationView::refreshNow);
    connect(m_comparator, &QComboBox::activated, this, &PopulationView::refreshNow);
    connect(m_panel, &charts::ChartPanel::addToEvidenceRequested, this, &EpiView::addToEvidence);
}

bool PopulationView::dependsOn(EpiSelection::Part part) const
{
    return part == EpiSelection::Part::Area;
}

void PopulationView::refresh()
{
    const QString areaCode = selection().areaCode();
    const int year = m_year->currentData().toInt();
    QString comparator = m_comparator->currentData().toString();
    const QStringList offered{data().englandCode(), data().parentCode(areaCode)};
    if (!offered.contains(comparator))
        comparator.clear();
    m_pyramid = jsna::epidemiology::pyramidFor(data(), areaCode, year, comparator);

    m_year->clear();
    for (auto it = m_pyramid.years.crbegin(); it != m_pyramid.years.crend(); ++it)
        m_year->addItem(QString::number(*it), *it);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_pyramid.year)));
    m_comparator->clear();
    for (const QString& code : offered)
        if (const geography::Area* a = data().area(code); a && code != areaCode)
            m_comparator->addItem(a->name, code);
    m_comparator->setCurrentIndex(std::max(0, m_comparator->findData(m_pyramid.comparator.code)));
    m_panel->setSpec(m_pyramid.isEmpty() ? charts::ChartSpec{} : charts::buildPyramidChart(m_pyramid));
}

EvidenceDraft PopulationView::evidenceDraft() const
{
    EvidenceDraft draft;
    if (m_pyramid.isEmpty())
        return draft;
    draft.data.chartKind = charts::chartKindId(charts::ChartKind::Pyramid);
    draft.data.areaCodes = {m_pyramid.area.code};
    if (!m_pyramid.comparator.code.isEmpty())
        draft.data.areaCodes.append(m_pyramid.comparator.code);
    draft.data.period = QString::number(m_pyramid.year);
    draft.data.breakdown = tr("Sex and 5-year age band");
    draft.source = tr("Population pyramid, %1").arg(m_pyramid.year);
    double older = 0;
    double olderComparator = 0;
    for (const jsna::epidemiology::PyramidBand& b : m_pyramid.bands)
        if (b.band.startsWith(u'6') || b.band.startsWith(u'7') || b.band.startsWith(u'8') || b.band.startsWith(u'9')) {
            if (b.band != u"60-64") {
                older += b.malePercent + b.femalePercent;
                olderComparator += b.comparatorMalePercent + b.comparatorFemalePercent;
            }
        }
    draft.data.finding = tr("%1 (%2): %3 residents; %4% aged 65 and over%5.")
                             .arg(m_pyramid.area.name)
                             .arg(m_pyramid.year)
                             .arg(jsna::epidemiology::formatCount(m_pyramid.total), jsna::epidemiology::formatNumber(older),
                                  m_pyramid.hasComparator()
                                      ? tr(" against %1% in %2").arg(jsna::epidemiology::formatNumber(olderComparator),
                                                                     m_pyramid.comparator.name)
                                      : QString());
    return draft;
}

} // namespace jsna::ui::epidemiology
