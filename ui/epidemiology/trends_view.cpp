// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/trends_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "ui/charts/chart_panel.h"
#include "ui/charts/trend_chart.h"

namespace jsna::ui::epidemiology {

TrendsView::TrendsView(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_sex(new QComboBox)
    , m_extra(new QComboBox)
    , m_panel(new charts::ChartPanel)
{
    m_extra->setObjectName(QStringLiteral("extraArea"));
    m_extra->setMinimumContentsLength(24);
    m_panel->setEmptyText(tr("Choose an indicator (in the bar above or the Indicators tab) to see it over time."));
    m_sex->setObjectName(QStringLiteral("sex"));
    auto* options = new QHBoxLayout;
    options->addStretch(1);
    options->addWidget(m_sex);
    options->addWidget(new QLabel(tr("Also compare with:")));
    options->addWidget(m_extra);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addLayout(options);
    connect(m_extra, &QComboBox::activated, this, &TrendsView::refreshNow);
    connect(m_sex, &QComboBox::activated, this, &TrendsView::refreshNow);
    connect(m_panel, &charts::ChartPanel::addToEvidenceRequested, this, &EpiView::addToEvidence);
}

void TrendsView::refresh()
{
    const QString areaCode = selection().areaCode();
    const geography::Area* area = data().area(areaCode);
    // Offer the other areas of the same type, keeping the current choice.
    const QString chosen = m_extra->currentData().toString();
    m_extra->clear();
    m_extra->addItem(tr("(none)"), QString());
    if (area)
        for (const geography::Area& a : data().areasOfType(area->type))
            if (a.code != areaCode)
                m_extra->addItem(a.name, a.code);
    m_extra->setCurrentIndex(std::max(0, m_extra->findData(chosen)));

    // Indicators published for each sex separately (life expectancy) offer the other sex.
    const QString sex = m_trend.indicator.id == selection().indicatorId() ? m_sex->currentText() : QString();
    m_sex->clear();
    if (data().headlinesLoaded())
        for (const jsna::epidemiology::HeadlineSet* set : data().headlines().setsOf(selection().indicatorId()))
            m_sex->addItem(set->sex);
    m_sex->setVisible(m_sex->count() > 1);
    if (m_sex->findText(sex) >= 0)
        m_sex->setCurrentText(sex);

    const QString extra = m_extra->currentData().toString();
    m_trend = jsna::epidemiology::trendFor(data(), selection().indicatorId(), areaCode, selection().level(),
                                           extra.isEmpty() ? QStringList() : QStringList{extra}, m_sex->currentText());
    m_panel->setSpec(charts::buildTrendChart(m_trend));
}

EvidenceDraft TrendsView::evidenceDraft() const
{
    EvidenceDraft draft;
    if (m_trend.focus.points.isEmpty())
        return draft;
    draft.data.chartKind = charts::chartKindId(charts::ChartKind::Trend);
    draft.data.indicatorId = m_trend.indicator.id;
    draft.data.areaCodes.append(m_trend.focus.area.code);
    for (const jsna::epidemiology::TrendLine& line : m_trend.comparators)
        draft.data.areaCodes.append(line.area.code);
    draft.data.period = m_trend.periods.size() > 1
                            ? QStringLiteral("%1 to %2").arg(m_trend.periods.first(), m_trend.periods.last())
                            : m_trend.periods.value(0);
    draft.source = tr("Trend chart, %1 confidence").arg(jsna::epidemiology::confidenceLabel(m_trend.level));
    draft.data.finding = tr("%1 in %2, %3: recent trend %4.")
                             .arg(m_trend.indicator.name, m_trend.focus.area.name, draft.data.period,
                                  m_trend.trend.label.toLower());
    return draft;
}

} // namespace jsna::ui::epidemiology
