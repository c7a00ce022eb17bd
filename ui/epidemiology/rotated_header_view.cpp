// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/rotated_header_view.h"

#include <algorithm>

#include <QPainter>

namespace jsna::ui::epidemiology {

namespace {
constexpr int kMaxLabelWidth = 190; // longer names are elided (the tooltip has the full name)
constexpr int kPadding = 8;
} // namespace

RotatedHeaderView::RotatedHeaderView(int firstRotated, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_firstRotated(firstRotated)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setSectionsClickable(true);
    setHighlightSections(true);
}

QSize RotatedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    int longest = 0;
    if (model())
        for (int i = m_firstRotated; i < model()->columnCount(); ++i)
            longest = std::max(longest,
                               fontMetrics().horizontalAdvance(model()->headerData(i, Qt::Horizontal).toString()));
    size.setHeight(std::max(size.height(), std::min(longest, kMaxLabelWidth) + 2 * kPadding));
    return size;
}

QSize RotatedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (logicalIndex < m_firstRotated)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    return {fontMetrics().height() + 2 * kPadding, sizeHint().height()};
}

void RotatedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (logicalIndex < m_firstRotated || !model()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section's frame and background as the style draws them, then the text turned upright.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    if (sortIndicatorSection() == logicalIndex && isSortIndicatorShown())
        option.sortIndicator = sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                         : QStyleOptionHeader::SortUp;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    // QCommonStyle's CE_Header restores the painter's clip region, which is empty when clipping was off.
    painter->setClipRect(rect);
    const QString text = model()->headerData(logicalIndex, Qt::Horizontal).toString();
    const int length = rect.height() - 2 * kPadding;
    painter->translate(rect.left() + (rect.width() + fontMetrics().ascent() - fontMetrics().descent()) / 2,
                       rect.bottom() - kPadding);
    painter->rotate(-90);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(0, 0, fontMetrics().elidedText(text, Qt::ElideRight, length));
    painter->restore();
}

} // namespace jsna::ui::epidemiology
