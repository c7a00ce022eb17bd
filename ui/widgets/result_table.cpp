// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/result_table.h"

#include <numeric>

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
    // Long labels (breakdown names, group names) are elided rather than pushing columns off the edge.
    header()->setMinimumSectionSize(40);
    setTextElideMode(Qt::ElideMiddle); // keeps the value at the end of "group: value" visible
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
    fitColumns();
    updateGeometry();
}

void ResultTable::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

// Fits the columns to the width: each column after the first gets the width of its contents, up to a
// quarter of the table; the first (the name) gets the rest, and at least a third. When that is too
// wide, the other columns shrink in proportion and their text is elided.
void ResultTable::fitColumns()
{
    const int columns = model() ? model()->columnCount() : 0;
    if (columns == 0)
        return;
    const int available = viewport()->width();
    QList<int> wanted(columns, 0);
    int others = 0;
    for (int column = 1; column < columns; ++column) {
        const int content = std::max(sizeHintForColumn(column), header()->sectionSizeHint(column)) + 12;
        wanted[column] = std::min(content, available / 4);
        others += wanted[column];
    }
    const int first = std::max(available - others, available / 3);
    if (first + others > available && others > 0) {
        const double scale = static_cast<double>(available - first) / others;
        for (int column = 1; column < columns; ++column)
            wanted[column] = static_cast<int>(wanted[column] * scale);
    }
    wanted[0] = available - std::accumulate(wanted.cbegin() + 1, wanted.cend(), 0);
    for (int column = 0; column < columns; ++column) {
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
        header()->resizeSection(column, wanted[column]);
    }
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
