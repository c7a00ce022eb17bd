// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>
#include <QList>
#include <QPen>

class QAbstractSeries;
class QChart;

namespace jsna::ui::charts {

// Confidence-interval whiskers over a chart's bars or points (Qt Charts has no error bars). Each
// whisker is (position, lower, upper) in the series' value space; positions are mapped to the plot
// at paint time, so the item follows resizes and renders into exports.
class ErrorBarItem final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBarItem)

public:
    struct Whisker
    {
        double position = 0; // category index (bars) or x
        double lower = 0;
        double upper = 0;
    };

    ErrorBarItem(QChart* chart, QAbstractSeries* series, bool horizontal, QList<Whisker> whiskers, QPen pen);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    qsizetype count() const { return m_whiskers.size(); }

private:
    QChart* m_chart;
    QAbstractSeries* m_series;
    bool m_horizontal;
    QList<Whisker> m_whiskers;
    QPen m_pen;
};

} // namespace jsna::ui::charts
