// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/evidence_panel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "ui/epidemiology/evidence_commands.h"
#include "ui/epidemiology/models/evidence_model.h"

namespace jsna::ui::epidemiology {

using Column = EvidenceModel::Column;

EvidencePanel::EvidencePanel(EpiContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new EvidenceModel(context.project, context.stack, context.data, this))
    , m_table(new QTableView)
    , m_count(new QLabel)
    , m_show(new QPushButton(tr("Show")))
    , m_delete(new QPushButton(tr("Delete")))
{
    auto* title = new QLabel(tr("Evidence"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Finding), QHeaderView::Stretch);
    for (Column c : {Column::Areas, Column::Period, Column::Breakdown, Column::Chart, Column::Updated})
        m_table->setColumnHidden(int(c), true); // in the tooltip-free compact panel; all columns copy
    m_table->horizontalHeader()->setSectionResizeMode(int(Column::Indicator), QHeaderView::Interactive);
    m_table->setColumnWidth(int(Column::Indicator), 140);
    m_show->setObjectName(QStringLiteral("showEvidence"));
    m_delete->setObjectName(QStringLiteral("deleteEvidence"));
    m_show->setToolTip(tr("Go back to the chart and selection this finding was recorded from"));
    m_delete->setToolTip(tr("Delete the selected findings (Edit > Undo brings them back)"));

    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(deleteAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(deleteAction, &QAction::triggered, this, &EvidencePanel::deleteSelected);
    connect(m_delete, &QPushButton::clicked, this, &EvidencePanel::deleteSelected);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const evidence::EvidenceItem* item = m_model->item(m_table->currentIndex()))
            emit showRequested(item->data);
    });
    connect(m_model, &EvidenceModel::errorOccurred, this, &EvidencePanel::errorOccurred);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &EvidencePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvidencePanel::updateButtons);
    updateButtons();
}

void EvidencePanel::updateButtons()
{
    const int n = m_model->rowCount();
    m_count->setText(n == 0 ? tr("No findings yet. Use \u201cAdd to evidence\u201d on any chart or table.")
                            : tr("%n finding(s), most recent first. Double-click a finding to edit it.", nullptr, n));
    const bool selected = m_table->selectionModel()->hasSelection();
    m_show->setEnabled(selected);
    m_delete->setEnabled(selected && !m_context.project.isReadOnly());
}

void EvidencePanel::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(EvidenceModel::EvidenceIdRole).toLongLong());
    try {
        removeEvidence(m_context.project, m_context.stack, ids);
    } catch (const ProjectError& error) {
        emit errorOccurred(error.describe());
    }
}

} // namespace jsna::ui::epidemiology
