// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/error_bar_item.h"

#include <cmath>
#include <utility>

#include <QChart>
#include <QPainter>

namespace jsna::ui::charts {

ErrorBarItem::ErrorBarItem(QChart* chart, QAbstractSeries* series, bool horizontal, QList<Whisker> whiskers, QPen pen)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_horizontal(horizontal)
    , m_whiskers(std::move(whiskers))
    , m_pen(std::move(pen))
{
    setZValue(20);
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

QRectF ErrorBarItem::boundingRect() const
{
    return m_chart->plotArea().adjusted(-4, -4, 4, 4);
}

void ErrorBarItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_pen);
    painter->setClipRect(m_chart->plotArea().adjusted(-2, -2, 2, 2));
    constexpr qreal kCap = 4.0;
    for (const Whisker& w : std::as_const(m_whiskers)) {
        if (std::isnan(w.lower) || std::isnan(w.upper))
            continue;
        const QPointF a = m_horizontal ? m_chart->mapToPosition(QPointF(w.lower, w.position), m_series)
                                       : m_chart->mapToPosition(QPointF(w.position, w.lower), m_series);
        const QPointF b = m_horizontal ? m_chart->mapToPosition(QPointF(w.upper, w.position), m_series)
                                       : m_chart->mapToPosition(QPointF(w.position, w.upper), m_series);
        painter->drawLine(a, b);
        if (m_horizontal) {
            painter->drawLine(QPointF(a.x(), a.y() - kCap), QPointF(a.x(), a.y() + kCap));
            painter->drawLine(QPointF(b.x(), b.y() - kCap), QPointF(b.x(), b.y() + kCap));
        } else {
            painter->drawLine(QPointF(a.x() - kCap, a.y()), QPointF(a.x() + kCap, a.y()));
            painter->drawLine(QPointF(b.x() - kCap, b.y()), QPointF(b.x() + kCap, b.y()));
        }
    }
    painter->restore();
}

} // namespace jsna::ui::charts
