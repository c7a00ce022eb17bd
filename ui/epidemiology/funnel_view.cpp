// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/funnel_view.h"

#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/value_format.h"
#include "ui/charts/chart_panel.h"
#include "ui/charts/funnel_chart.h"

namespace jsna::ui::epidemiology {

FunnelView::FunnelView(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_panel(new charts::ChartPanel)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    connect(m_panel, &charts::ChartPanel::addToEvidenceRequested, this, &EpiView::addToEvidence);
}

bool FunnelView::dependsOn(EpiSelection::Part part) const
{
    return part != EpiSelection::Part::Level; // limits are always 95% and 99.8%
}

void FunnelView::refresh()
{
    if (data().isPreloading()) {
        m_panel->setEmptyText(tr("Preparing the latest values of every indicator\u2026"));
        m_panel->setSpec({});
        return;
    }
    m_funnel = jsna::epidemiology::funnelFor(data(), selection().indicatorId(), selection().areaCode());
    m_panel->setEmptyText(m_funnel.unavailable);
    charts::ChartSpec spec = charts::buildFunnelChart(m_funnel);
    if (!m_funnel.unavailable.isEmpty())
        spec.series.clear();
    m_panel->setSpec(std::move(spec));
}

EvidenceDraft FunnelView::evidenceDraft() const
{
    EvidenceDraft draft;
    if (!m_funnel.unavailable.isEmpty() || m_funnel.points.isEmpty())
        return draft;
    draft.data.chartKind = charts::chartKindId(charts::ChartKind::Funnel);
    draft.data.indicatorId = m_funnel.indicator.id;
    draft.data.areaCodes = {m_funnel.focusCode};
    draft.data.period = m_funnel.period;
    draft.source = tr("Funnel plot with 95% and 99.8% control limits");
    for (const jsna::epidemiology::FunnelArea& p : m_funnel.points) {
        if (p.area.code != m_funnel.focusCode)
            continue;
        const stats::Comparison c = charts::funnelComparison(p.significance, m_funnel.indicator.polarity);
        const QString where = p.significance == stats::FunnelSignificance::High001 ||
                                      p.significance == stats::FunnelSignificance::Low001
                                  ? tr("outside the 99.8% limits")
                                  : (c == stats::Comparison::Similar ? tr("within the 95% limits")
                                                                     : tr("outside the 95% limits"));
        draft.data.finding = tr("%1 in %2 (%3, %4) lies %5 of the funnel of %6 comparable areas.")
                                 .arg(m_funnel.indicator.name, p.area.name,
                                      jsna::epidemiology::formatIndicatorValue(p.y, m_funnel.indicator.unit),
                                      m_funnel.period, where)
                                 .arg(m_funnel.points.size());
    }
    if (draft.data.finding.isEmpty())
        draft.data.finding = tr("%1 across %2 areas, %3.").arg(m_funnel.indicator.name).arg(m_funnel.points.size()).arg(m_funnel.period);
    return draft;
}

} // namespace jsna::ui::epidemiology
