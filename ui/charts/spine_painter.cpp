// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/spine_painter.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QPainter>

namespace jsna::ui::charts::spine {

namespace {

QColor rangeColour(const ChartStyle& style)
{
    return style.dark ? QColor(0x4A, 0x4F, 0x57) : QColor(0xD9, 0xD9, 0xD9);
}

QColor quartileColour(const ChartStyle& style)
{
    return style.dark ? QColor(0x80, 0x86, 0x8F) : QColor(0x8B, 0x8B, 0x8B);
}

struct Column
{
    const char16_t* title;
    double weight;
    Qt::Alignment align;
};

// Column layout of the exported chart (relative widths).
constexpr std::array<Column, 9> kColumns{{
    {u"Indicator", 3.1, Qt::AlignLeft},
    {u"Period", 0.85, Qt::AlignLeft},
    {u"Count", 0.75, Qt::AlignRight},
    {u"Value", 0.75, Qt::AlignRight},
    {u"England", 0.8, Qt::AlignRight},
    {u"Worst/Lowest", 1.15, Qt::AlignRight},
    {u"Range", 2.9, Qt::AlignCenter},
    {u"Best/Highest", 1.15, Qt::AlignLeft},
    {u"Recent trend", 2.55, Qt::AlignLeft},
}};

} // namespace

void paintTrend(QPainter& painter, const SpineRow& row, const QRectF& rect, const ChartStyle& style)
{
    painter.save();
    const QString glyph = row.trend.section(u' ', 0, 0);
    const QString words = row.trend.section(u' ', 1);
    const QColor tone = row.trendTone == Tone::NotCompared ? style.muted : style.colour(row.trendTone);
    painter.setPen(row.trendTone == Tone::Similar || row.trendTone == Tone::Higher ? tone.darker(130) : tone);
    const double glyphWidth = painter.fontMetrics().horizontalAdvance(glyph + u' ');
    painter.drawText(QRectF(rect.left(), rect.top(), glyphWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, glyph);
    painter.setPen(row.trendTone == Tone::NotCompared && glyph == u"\u2013" ? style.muted : style.text);
    const QRectF rest = rect.adjusted(glyphWidth, 0, 0, 0);
    painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(words, Qt::ElideRight, static_cast<int>(rest.width())));
    painter.restore();
}

double position(const SpineRow& row, double v, const QRectF& rect)
{
    const double centreValue = std::isnan(row.englandValue) ? row.median : row.englandValue;
    const double reach = std::max({std::fabs(row.lowest - centreValue), std::fabs(row.highest - centreValue), 1e-12});
    const double direction = row.lowIsWorst ? 1.0 : -1.0;
    const double half = rect.width() / 2.0;
    return rect.center().x() + direction * (v - centreValue) / reach * half;
}

void paintRow(QPainter& painter, const SpineRow& row, const QRectF& rect, const ChartStyle& style)
{
    if (std::isnan(row.lowest) || std::isnan(row.highest))
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF inner = rect.adjusted(8, 0, -8, 0);
    const double barHeight = std::max(6.0, rect.height() * 0.46);
    const double top = rect.center().y() - barHeight / 2.0;
    const auto span = [&](double a, double b) {
        const double x1 = position(row, a, inner);
        const double x2 = position(row, b, inner);
        return QRectF(std::min(x1, x2), top, std::fabs(x2 - x1), barHeight);
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(rangeColour(style));
    painter.drawRect(span(row.lowest, row.highest));
    if (!std::isnan(row.q25) && !std::isnan(row.q75)) {
        painter.setBrush(quartileColour(style));
        painter.drawRect(span(row.q25, row.q75));
    }
    if (!std::isnan(row.englandValue)) {
        const double x = position(row, row.englandValue, inner);
        painter.setPen(QPen(style.text, 2.0));
        painter.drawLine(QPointF(x, rect.top() + rect.height() * 0.12), QPointF(x, rect.bottom() - rect.height() * 0.12));
    }
    if (!std::isnan(row.areaValue)) {
        const double x = position(row, row.areaValue, inner);
        const double r = std::max(4.0, rect.height() * 0.24);
        painter.setPen(QPen(style.dark ? QColor(0x10, 0x10, 0x10) : QColor(0x30, 0x30, 0x30), 1.2));
        painter.setBrush(style.colour(row.tone));
        painter.drawEllipse(QPointF(x, rect.center().y()), r, r);
    }
    painter.restore();
}

double chartHeight(const ChartSpec& spec, double rowHeight)
{
    QStringList domains;
    for (const SpineRow& row : spec.spine)
        if (!domains.contains(row.domain))
            domains.append(row.domain);
    return rowHeight * (1.4 + static_cast<double>(spec.spine.size()) + 1.1 * static_cast<double>(domains.size()));
}

void paintChart(QPainter& painter, const ChartSpec& spec, const QRectF& rect, const ChartStyle& style, double rowHeight)
{
    double total = 0;
    for (const Column& c : kColumns)
        total += c.weight;
    QList<QRectF> columns;
    double x = rect.left();
    for (const Column& c : kColumns) {
        const double w = rect.width() * c.weight / total;
        columns.append(QRectF(x, 0, w, rowHeight));
        x += w;
    }
    const auto cell = [&](int column, double y, double height) {
        return QRectF(columns.at(column).left() + 4, y, columns.at(column).width() - 8, height);
    };

    painter.save();
    QFont font = style.font;
    QFont bold = font;
    bold.setBold(true);
    double y = rect.top();
    painter.setFont(bold);
    painter.setPen(style.muted);
    for (int c = 0; c < static_cast<int>(kColumns.size()); ++c)
    {
        const QRectF r = cell(c, y, rowHeight * 1.4);
        painter.drawText(r, kColumns.at(static_cast<std::size_t>(c)).align | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(QString::fromUtf16(kColumns.at(static_cast<std::size_t>(c)).title),
                                                          Qt::ElideRight, static_cast<int>(r.width())));
    }
    y += rowHeight * 1.4;
    painter.setPen(QPen(style.axis, 1));
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));

    QString domain;
    bool first = true;
    int band = 0;
    for (const SpineRow& row : spec.spine) {
        if (first || row.domain != domain) {
            first = false;
            domain = row.domain;
            painter.setFont(bold);
            painter.setPen(style.text);
            painter.drawText(QRectF(rect.left() + 4, y, rect.width() - 8, rowHeight * 1.1), Qt::AlignLeft | Qt::AlignBottom,
                             domain.isEmpty() ? QStringLiteral("Other indicators") : domain);
            y += rowHeight * 1.1;
        }
        if (band++ % 2 == 1) {
            painter.fillRect(QRectF(rect.left(), y, rect.width(), rowHeight),
                             style.dark ? QColor(255, 255, 255, 10) : QColor(0, 0, 0, 8));
        }
        painter.setFont(font);
        painter.setPen(style.text);
        const QStringList texts{row.indicator, row.period, row.count, row.value, row.england, row.worst, QString(),
                                row.best, row.trend};
        for (int c = 0; c < texts.size(); ++c) {
            if (c == 6)
                continue;
            if (c == 8) {
                paintTrend(painter, row, cell(c, y, rowHeight), style);
                continue;
            }
            const QRectF r = cell(c, y, rowHeight);
            const QString text = painter.fontMetrics().elidedText(texts.at(c), Qt::ElideRight, static_cast<int>(r.width()));
            painter.drawText(r, kColumns.at(static_cast<std::size_t>(c)).align | Qt::AlignVCenter, text);
        }
        paintRow(painter, row, cell(6, y, rowHeight), style);
        y += rowHeight;
    }
    painter.restore();
}

} // namespace jsna::ui::charts::spine
