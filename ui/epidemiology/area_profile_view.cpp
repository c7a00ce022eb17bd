// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/area_profile_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/value_format.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/chart_toolbar.h"
#include "ui/charts/spine_chart.h"
#include "ui/epidemiology/models/area_profile_model.h"
#include "ui/epidemiology/rag_legend.h"
#include "ui/epidemiology/spine_delegate.h"

namespace jsna::ui::epidemiology {

using Column = AreaProfileModel::Column;
using charts::Tone;

AreaProfileView::AreaProfileView(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_status(new QLabel)
    , m_tree(new QTreeView)
    , m_model(new AreaProfileModel(this))
    , m_delegate(new SpineDelegate(*m_model, this))
    , m_toolbar(new charts::ChartToolbar)
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->hide();

    m_tree->setObjectName(QStringLiteral("areaProfile"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setMouseTracking(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::Spine), QHeaderView::Stretch);
    m_tree->setIndentation(14);
    header->setMinimumSectionSize(40);
    const int digit = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    for (const auto& [column, width] : {std::pair{Column::Indicator, 40}, {Column::Period, 8}, {Column::Count, 7},
                                        {Column::Value, 9}, {Column::England, 7}, {Column::Worst, 7},
                                        {Column::Best, 7}, {Column::Trend, 27}})
        header->resizeSection(int(column), digit * width);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    top->addLayout(titles, 1);
    top->addWidget(m_toolbar, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(makeRagLegend({Tone::Better, Tone::Similar, Tone::Worse, Tone::Higher, Tone::Lower, Tone::NotCompared},
                                    tr("Compared with England:")));
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status, 1);

    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto* row = m_model->profileRow(index))
            emit indicatorActivated(row->indicator.id);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (const auto* row = m_model->profileRow(index))
            selection().setIndicatorId(row->indicator.id);
    });
    // The current row follows the indicator chosen elsewhere (no re-query: the profile shows them all).
    connect(&context.selection, &EpiSelection::changed, this, [this](EpiSelection::Part part) {
        const QModelIndex current = m_model->indexOf(selection().indicatorId());
        if (part == EpiSelection::Part::Indicator && current.isValid() && current.row() != m_tree->currentIndex().row())
            m_tree->setCurrentIndex(current);
    });
    const auto spec = [this] { return charts::buildSpineChart(m_model->profile()); };
    connect(m_toolbar, &charts::ChartToolbar::copyRequested, this, [spec] { charts::copyTable(spec()); });
    connect(m_toolbar, &charts::ChartToolbar::exportRequested, this,
            [this, spec](const QString& format) { charts::exportWithDialog(this, spec(), format); });
    connect(m_toolbar, &charts::ChartToolbar::printRequested, this, [this, spec] { charts::printWithDialog(this, spec()); });
    connect(m_toolbar, &charts::ChartToolbar::evidenceRequested, this, &EpiView::addToEvidence);
}

bool AreaProfileView::dependsOn(EpiSelection::Part part) const
{
    return part != EpiSelection::Part::Indicator;
}

void AreaProfileView::refresh()
{
    if (data().isPreloading()) {
        m_status->setText(tr("Preparing the latest values of every indicator\u2026"));
        m_status->show();
        m_tree->hide();
        return;
    }
    jsna::epidemiology::AreaProfile profile =
        jsna::epidemiology::buildAreaProfile(data(), selection().areaCode(), selection().level());
    const bool empty = profile.rows.isEmpty();
    m_title->setText(profile.area.name.isEmpty() ? tr("Area profile") : tr("Area profile: %1").arg(profile.area.name));
    m_summary->setText(empty ? QString()
                             : tr("%1 indicators, latest periods, compared with %2 at %3 confidence; the spine shows"
                                  " the spread of %4 areas of the same type.")
                                   .arg(profile.rows.size())
                                   .arg(profile.englandName.isEmpty() ? tr("England") : profile.englandName,
                                        jsna::epidemiology::confidenceLabel(profile.level))
                                   .arg(profile.rows.first().spread.areas));
    m_model->setProfile(std::move(profile));
    m_tree->expandAll();
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_tree->setFirstColumnSpanned(g, {}, true);
    m_status->setText(selection().areaCode().isEmpty() ? tr("Choose an area to see its profile.")
                                                       : tr("No indicator values for this area yet."));
    m_status->setVisible(empty);
    m_tree->setVisible(!empty);
    m_toolbar->setEnabled(!empty);
    const QModelIndex current = m_model->indexOf(selection().indicatorId());
    if (current.isValid())
        m_tree->setCurrentIndex(current);
}

EvidenceDraft AreaProfileView::evidenceDraft() const
{
    EvidenceDraft draft;
    const jsna::epidemiology::AreaProfile& profile = m_model->profile();
    if (profile.area.code.isEmpty())
        return draft;
    draft.data.chartKind = charts::chartKindId(charts::ChartKind::Spine);
    draft.data.areaCodes = {profile.area.code};
    const QString level = jsna::epidemiology::confidenceLabel(profile.level);
    draft.source = tr("Area profile of %1 (spine chart), %2 confidence").arg(profile.area.name, level);
    const jsna::epidemiology::ProfileRow* row = m_model->profileRow(m_tree->currentIndex());
    if (row && row->area && row->area->value) {
        draft.data.indicatorId = row->indicator.id;
        draft.data.period = row->period;
        QString england;
        if (row->england && row->england->value)
            england = QStringLiteral(" (England %1)").arg(jsna::epidemiology::formatIndicatorValue(*row->england->value,
                                                                                                 row->indicator.unit));
        QString comparison = jsna::epidemiology::comparisonText(row->comparison, QStringLiteral("England"));
        comparison[0] = comparison.at(0).toLower();
        draft.data.finding = tr("%1 in %2 was %3 in %4: %5%6 at %7 confidence.")
                                 .arg(row->indicator.name, profile.area.name,
                                      jsna::epidemiology::formatIndicatorValue(*row->area->value, row->indicator.unit),
                                      row->period,
                                      comparison, england, level);
    } else {
        draft.data.finding = tr("%1: %2 of %3 indicators are significantly worse than England at %4 confidence.")
                                 .arg(profile.area.name)
                                 .arg(profile.countOf(stats::Comparison::Worse))
                                 .arg(profile.rows.size())
                                 .arg(level);
    }
    return draft;
}

} // namespace jsna::ui::epidemiology
