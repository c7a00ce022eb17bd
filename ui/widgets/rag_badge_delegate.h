// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace jsna::ui {

// Paints a cell carrying models::kComparisonRole as a rounded badge in the Fingertips colour, with a
// contrasting text colour; other cells paint as usual.
class RagBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RagBadgeDelegate)

public:
    explicit RagBadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace jsna::ui
