// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/rag_badge_delegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/models/overview_models.h"
#include "ui/models/rag_colours.h"

namespace jsna::ui {

namespace {
constexpr int kPadding = 8;
constexpr int kMargin = 3;
} // namespace

RagBadgeDelegate::RagBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void RagBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QVariant role = index.data(models::kComparisonRole);
    if (!role.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's own background (selection, alternating colour) first, without the cell's fill.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    plain.backgroundBrush = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const auto comparison = static_cast<project::Comparison>(role.toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int width =
        std::min(metrics.horizontalAdvance(text) + 2 * kPadding, option.rect.width() - 2 * kMargin);
    const QRect badge(option.rect.left() + kMargin, option.rect.top() + kMargin, width,
                      option.rect.height() - 2 * kMargin);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(models::ragFill(comparison));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(models::ragText(comparison));
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - kPadding));
    painter->restore();
}

QSize RagBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Every row gets the badge's height, so rows are even and easy to read.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setHeight(std::max(size.height(), metrics.height() + 2 * kMargin + 8));
    if (index.data(models::kComparisonRole).isValid())
        size.setWidth(metrics.horizontalAdvance(index.data().toString()) + 2 * (kPadding + kMargin) + 4);
    else
        size.setWidth(size.width() + 8);
    return size;
}

} // namespace jsna::ui
