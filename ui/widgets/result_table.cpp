// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/result_table.h"

#include <QHeaderView>

#include "ui/widgets/rag_badge_delegate.h"

namespace jsna::ui {

ResultTable::ResultTable(int maxVisibleRows, QWidget* parent)
    : QTreeView(parent)
    , m_maxVisibleRows(maxVisibleRows)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setItemDelegate(new RagBadgeDelegate(this));
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void ResultTable::setModel(QAbstractItemModel* model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ResultTable::updateLayout);
    updateLayout();
}

void ResultTable::updateLayout()
{
    const int columns = model() ? model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column)
        header()->setSectionResizeMode(column, column == 0 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    updateGeometry();
}

QSize ResultTable::sizeHint() const
{
    const int rows = model() ? std::min(model()->rowCount(), m_maxVisibleRows) : 0;
    const int rowHeight = rows > 0 ? sizeHintForRow(0) : 0;
    const int height = header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth();
    return {QTreeView::sizeHint().width(), height};
}

QSize ResultTable::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

} // namespace jsna::ui
