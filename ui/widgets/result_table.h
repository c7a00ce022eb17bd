// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

class QLabel;

namespace jsna::ui {

// A flat, read-only table for the short result lists of the overview pages. It is as tall as its
// rows (up to maxVisibleRows, then it scrolls), so a page reads top to bottom without nested
// scrollbars, and it takes keyboard focus so the rows can be read with the arrow keys.
class ResultTable final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTable)

public:
    explicit ResultTable(int maxVisibleRows = 12, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateLayout();
    void fitColumns();

    int m_maxVisibleRows;
};

} // namespace jsna::ui
