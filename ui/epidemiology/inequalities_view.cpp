// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/inequalities_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "ui/charts/chart_panel.h"
#include "ui/charts/inequality_chart.h"

namespace jsna::ui::epidemiology {

InequalitiesView::InequalitiesView(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_period(new QComboBox)
    , m_summary(new QLabel)
    , m_list(new QListWidget)
    , m_panel(new charts::ChartPanel)
{
    m_period->setObjectName(QStringLiteral("period"));
    m_summary->setObjectName(QStringLiteral("findSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("breakdowns"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_panel->setEmptyText(tr("No breakdowns (deprivation, sex, age or ethnic group) for this indicator and area."));

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(new QLabel(tr("Period:")));
    periodRow->addWidget(m_period, 1);
    sideLayout->addLayout(periodRow);
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(side);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 800});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_period, &QComboBox::activated, this, &InequalitiesView::refreshNow);
    connect(m_list, &QListWidget::currentRowChanged, this, &InequalitiesView::showBreakdown);
    connect(m_panel, &charts::ChartPanel::addToEvidenceRequested, this, &EpiView::addToEvidence);
}

void InequalitiesView::refresh()
{
    const QString previousType = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const bool sameIndicator = m_data.indicator.id == selection().indicatorId() && m_data.area.code == selection().areaCode();
    const QString period = sameIndicator ? m_period->currentText() : QString();
    m_data = jsna::epidemiology::inequalitiesFor(data(), selection().indicatorId(), selection().areaCode(), period,
                                                 selection().level());
    m_period->clear();
    m_period->addItems(m_data.periods);
    m_period->setCurrentText(m_data.period);

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_data.breakdowns.size(); ++i) {
        const jsna::epidemiology::Breakdown& b = m_data.breakdowns.at(i);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1%2\n%3")
                .arg(b.groupsDiffer ? QStringLiteral("\u26A0 ") : QString(), b.type,
                     b.groupsDiffer ? tr("%1 groups: significant differences").arg(b.groups.size())
                                    : tr("%1 groups: no significant difference").arg(b.groups.size())));
        item->setData(Qt::UserRole, b.type);
        item->setToolTip(b.groupsDiffer ? b.differNote : tr("No two groups' intervals are apart"));
        if (b.groupsDiffer)
            item->setForeground(QColor(0xC0, 0x00, 0x00).lighter(palette().base().color().lightnessF() < 0.5 ? 170 : 100));
        m_list->addItem(item);
        if (b.type == previousType)
            select = i;
    }
    const QString level = jsna::epidemiology::confidenceLabel(m_data.level);
    m_summary->setText(m_data.breakdowns.isEmpty()
                           ? tr("No breakdowns for %1.").arg(m_data.period)
                           : tr("<b>Find:</b> %1 of %2 breakdowns show groups that differ significantly (%3).")
                                 .arg(m_data.flaggedCount())
                                 .arg(m_data.breakdowns.size())
                                 .arg(level));
    m_list->setCurrentRow(m_data.breakdowns.isEmpty() ? -1 : select);
    showBreakdown();
}

void InequalitiesView::selectBreakdown(int row)
{
    m_list->setCurrentRow(row);
}

void InequalitiesView::showBreakdown()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_data.breakdowns.size()) {
        m_panel->setSpec({});
        return;
    }
    m_panel->setSpec(charts::buildInequalityChart(m_data, m_data.breakdowns.at(row)));
}

EvidenceDraft InequalitiesView::evidenceDraft() const
{
    EvidenceDraft draft;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_data.breakdowns.size())
        return draft;
    const jsna::epidemiology::Breakdown& b = m_data.breakdowns.at(row);
    draft.data.chartKind = charts::chartKindId(charts::ChartKind::Inequality);
    draft.data.indicatorId = m_data.indicator.id;
    draft.data.areaCodes = {m_data.area.code};
    draft.data.period = m_data.period;
    draft.data.breakdown = b.type;
    draft.source = tr("Inequalities by %1, %2 confidence").arg(b.type, jsna::epidemiology::confidenceLabel(m_data.level));
    QString finding = tr("%1 in %2 (%3) by %4: ").arg(m_data.indicator.name, m_data.area.name, m_data.period, b.type);
    finding += b.groupsDiffer ? b.differNote + u'.' : tr("no significant differences between groups.");
    if (b.gradient && b.gradient->gap)
        finding += u' ' + charts::describeGradient(*b.gradient, m_data.indicator).section(u'\n', 0, 0) + u'.';
    draft.data.finding = finding;
    return draft;
}

} // namespace jsna::ui::epidemiology
