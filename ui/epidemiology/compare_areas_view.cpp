// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/compare_areas_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/value_format.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/chart_toolbar.h"
#include "ui/epidemiology/models/tartan_model.h"
#include "ui/epidemiology/rag_legend.h"
#include "ui/epidemiology/rotated_header_view.h"

namespace jsna::ui::epidemiology {

using charts::Tone;

CompareAreasView::CompareAreasView(EpiContext context, QWidget* parent)
    : EpiView(context, parent)
    , m_title(new QLabel(tr("Compare areas")))
    , m_scope(new QComboBox)
    , m_table(new QTableView)
    , m_model(new TartanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_toolbar(new charts::ChartToolbar)
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("All areas of the same type"), QStringLiteral("type"));
    m_scope->addItem(tr("Areas in the same region"), QStringLiteral("region"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TartanModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("tartan"));
    m_table->setHorizontalHeader(new RotatedHeaderView(TartanModel::kFixedColumns, m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // model order (domain, name) until a header is clicked
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00,000")) + 14);
    m_table->setGridStyle(Qt::SolidLine);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_toolbar);
    auto* options = new QHBoxLayout;
    options->addWidget(makeRagLegend({Tone::Better, Tone::Similar, Tone::Worse, Tone::Higher, Tone::Lower, Tone::NotCompared},
                                     tr("Compared with England:")));
    options->addStretch(1);
    options->addWidget(new QLabel(tr("Areas:")));
    options->addWidget(m_scope);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &CompareAreasView::refreshNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            selection().setIndicatorId(index.data(TartanModel::IndicatorIdRole).toLongLong());
    });
    connect(m_toolbar, &charts::ChartToolbar::copyRequested, this,
            [this] { QApplication::clipboard()->setText(m_model->toTsv()); });
    connect(m_toolbar, &charts::ChartToolbar::exportRequested, this,
            [this](const QString& format) { charts::exportWidgetWithDialog(this, m_table, m_title->text(), format); });
    connect(m_toolbar, &charts::ChartToolbar::printRequested, this,
            [this] { charts::printWidgetWithDialog(this, m_table, m_title->text()); });
    connect(m_toolbar, &charts::ChartToolbar::evidenceRequested, this, &EpiView::addToEvidence);
}

bool CompareAreasView::dependsOn(EpiSelection::Part part) const
{
    return part != EpiSelection::Part::Indicator;
}

void CompareAreasView::refresh()
{
    const QString focus = selection().areaCode();
    QStringList codes = jsna::epidemiology::defaultComparisonAreas(data(), focus);
    if (m_scope->currentData().toString() == u"region") {
        const QString region = data().parentCode(focus);
        codes.erase(std::remove_if(codes.begin(), codes.end(),
                                   [&](const QString& code) {
                                       const geography::Area* a = data().area(code);
                                       return code != focus && a && a->type != u"england" && code != region &&
                                              a->parentCode != region;
                                   }),
                    codes.end());
    }
    m_model->setComparison(jsna::epidemiology::compareAreas(data(), codes, selection().level()));
    const geography::Area* area = data().area(focus);
    m_title->setText(area ? tr("Compare areas: %1 and %2 others").arg(area->name).arg(codes.size() - 1) : tr("Compare areas"));
    m_title->setToolTip(m_title->text());
    m_table->setColumnWidth(0, fontMetrics().horizontalAdvance(u'x') * 44);
    m_table->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("2020 - 22")) + 16);
}

EvidenceDraft CompareAreasView::evidenceDraft() const
{
    EvidenceDraft draft;
    const jsna::epidemiology::AreaComparison& c = m_model->comparison();
    if (c.areas.isEmpty())
        return draft;
    draft.data.chartKind = QStringLiteral("table");
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const QString focus = selection().areaCode();
    draft.data.areaCodes = {focus};
    draft.source = tr("Compare areas table, %1 confidence").arg(jsna::epidemiology::confidenceLabel(c.level));
    if (!current.isValid()) {
        draft.data.finding = tr("How %1 compares with similar areas across %2 indicators.")
                                 .arg(data().area(focus) ? data().area(focus)->name : focus)
                                 .arg(c.indicators.size());
        return draft;
    }
    const indicators::Indicator& indicator = c.indicators.at(current.row());
    draft.data.indicatorId = indicator.id;
    draft.data.period = c.periods.at(current.row());
    const int column = current.column() - TartanModel::kFixedColumns;
    if (column >= 0 && c.areas.at(column).code != focus)
        draft.data.areaCodes.append(c.areas.at(column).code);
    QStringList worse;
    for (qsizetype a = 0; a < c.areas.size(); ++a)
        if (c.cells.at(current.row()).at(a).comparison == stats::Comparison::Worse)
            worse.append(c.areas.at(a).name);
    draft.data.finding = tr("%1 (%2): %3 of %4 areas compared are worse than England%5.")
                             .arg(indicator.name, draft.data.period)
                             .arg(worse.size())
                             .arg(c.areas.size())
                             .arg(worse.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(worse.mid(0, 6).join(QStringLiteral(", "))));
    return draft;
}

} // namespace jsna::ui::epidemiology
