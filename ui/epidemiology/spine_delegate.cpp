// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/spine_delegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/charts/chart_style.h"
#include "ui/charts/spine_painter.h"
#include "ui/epidemiology/models/area_profile_model.h"

namespace jsna::ui::epidemiology {

using Column = AreaProfileModel::Column;

SpineDelegate::SpineDelegate(const AreaProfileModel& model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

void SpineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const charts::SpineRow* row = m_model.spineRow(index);
    const auto column = Column(index.column());
    const QVariant fill = index.data(Qt::BackgroundRole);
    if (row && column == Column::Value && fill.canConvert<QColor>()) {
        // The benchmark colour stays visible on the selected row: the selection shows as a frame.
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        painter->save();
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill.value<QColor>());
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        }
        painter->setPen(index.data(Qt::ForegroundRole).value<QColor>());
        painter->setFont(cell.font);
        painter->drawText(option.rect.adjusted(4, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, cell.text);
        painter->restore();
        return;
    }
    if (!row || (column != Column::Spine && column != Column::Trend)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    charts::ChartStyle chartStyle = charts::ChartStyle::fromPalette(option.palette, option.font);
    if (option.state & QStyle::State_Selected)
        chartStyle.text = option.palette.color(QPalette::HighlightedText);
    painter->save();
    painter->setFont(option.font);
    if (column == Column::Spine)
        charts::spine::paintRow(*painter, *row, QRectF(option.rect).adjusted(2, 1, -2, -1), chartStyle);
    else
        charts::spine::paintTrend(*painter, *row, QRectF(option.rect).adjusted(6, 0, -4, 0), chartStyle);
    painter->restore();
}

QSize SpineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (Column(index.column()) == Column::Spine)
        size.setWidth(std::max(size.width(), 220));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace jsna::ui::epidemiology
