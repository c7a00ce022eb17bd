// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_renderer.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>

#include "ui/charts/error_bar_item.h"

namespace jsna::ui::charts {

namespace {

struct Range
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        if (std::isfinite(v)) {
            min = std::min(min, v);
            max = std::max(max, v);
        }
    }
    bool valid() const { return min <= max; }
};

QPointF screenPoint(const ChartPoint& p, bool horizontal)
{
    return horizontal ? QPointF(p.y, p.x) : QPointF(p.x, p.y);
}

void showTip(const QString& text)
{
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text);
}

// Tooltips of an XY series: the text of the point nearest the hovered position.
void connectTooltips(QXYSeries* series, const QList<ChartPoint>& points, bool horizontal)
{
    QList<std::pair<QPointF, QString>> tips;
    for (const ChartPoint& p : points)
        if (!p.tooltip.isEmpty())
            tips.append({screenPoint(p, horizontal), p.tooltip});
    if (tips.isEmpty())
        return;
    QObject::connect(series, &QXYSeries::hovered, series, [tips](const QPointF& at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const auto nearest = std::min_element(tips.cbegin(), tips.cend(), [&at](const auto& a, const auto& b) {
            return QLineF(a.first, at).length() < QLineF(b.first, at).length();
        });
        showTip(nearest->second);
    });
}

QAbstractAxis* categoryAxis(const ChartAxis& axis, const ChartStyle& style)
{
    auto* a = new QBarCategoryAxis;
    a->append(axis.categories);
    a->setTitleText(axis.title);
    a->setGridLineVisible(false);
    a->setLabelsColor(style.text);
    a->setTitleBrush(style.muted);
    a->setLinePen(QPen(style.axis, 1));
    return a;
}

QAbstractAxis* valueAxis(const ChartAxis& axis, Range range, const ChartStyle& style)
{
    if (!range.valid())
        range = Range{0, 1};
    if (!axis.includeZero && !axis.absoluteLabels) { // room for markers at the ends
        const double pad = (range.max - range.min) * 0.05;
        range = Range{range.min >= 0 ? std::max(0.0, range.min - pad) : range.min - pad, range.max + pad};
    }
    if (axis.includeZero)
        range.add(0);
    if (axis.absoluteLabels) { // symmetric about zero
        const double m = std::max(std::fabs(range.min), std::fabs(range.max));
        range = Range{-m, m};
    }
    double lo = std::isnan(axis.min) ? range.min : axis.min;
    double hi = std::isnan(axis.max) ? range.max : axis.max;
    if (hi - lo < 1e-12) {
        lo -= 1;
        hi += 1;
    }
    const AxisTicks ticks = niceTicks(lo, hi);
    auto* a = new QCategoryAxis;
    a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    a->setRange(ticks.min, ticks.max);
    a->setStartValue(ticks.min);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (double v = ticks.min; v <= ticks.max + ticks.step * 1e-6; v += ticks.step) {
        const double shown = std::fabs(v) < ticks.step * 1e-6 ? 0.0 : v;
        QString label = english.toString(axis.absoluteLabels ? std::fabs(shown) : shown, 'f', ticks.decimals) +
                        axis.suffix;
        if (axis.absoluteLabels && shown < 0)
            label += QChar(0x200A); // hair space: labels are keys, and -6 and 6 both read "6"
        a->append(label, v);
    }
    a->setTitleText(axis.title);
    a->setLabelsColor(style.text);
    a->setTitleBrush(style.muted);
    a->setGridLineColor(style.grid);
    a->setLinePen(QPen(style.axis, 1));
    a->setShadesVisible(false);
    return a;
}

QPen linePen(const QColor& colour, qreal width, bool dashed)
{
    QPen pen(colour, width);
    pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

AxisTicks niceTicks(double min, double max, int targetTicks)
{
    AxisTicks t;
    const double span = std::max(max - min, 1e-12);
    const double raw = span / std::max(targetTicks - 1, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    const double nice = residual <= 1.0 ? 1.0 : residual <= 2.0 ? 2.0 : residual <= 2.5 ? 2.5 : residual <= 5.0 ? 5.0 : 10.0;
    t.step = nice * magnitude;
    t.min = std::floor(min / t.step + 1e-9) * t.step;
    t.max = std::ceil(max / t.step - 1e-9) * t.step;
    t.decimals = std::max(0, static_cast<int>(std::ceil(-std::log10(t.step) - 1e-9)));
    if (nice == 2.5 && t.decimals < 1 && t.step < 10)
        t.decimals = 1;
    return t;
}

void ChartRenderer::populate(QChart& chart, const ChartSpec& original, const ChartStyle& style)
{
    // Horizontal category charts list the first category at the bottom; reading order wants it on top.
    ChartSpec reversed;
    const bool flip = original.horizontal && original.topDown && !original.x.categories.isEmpty();
    if (flip) {
        reversed = original;
        const double last = static_cast<double>(original.x.categories.size()) - 1.0;
        std::reverse(reversed.x.categories.begin(), reversed.x.categories.end());
        for (ChartSeries& s : reversed.series)
            for (ChartPoint& p : s.points)
                p.x = last - p.x;
    }
    const ChartSpec& spec = flip ? reversed : original;
    chart.removeAllSeries();
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    for (QGraphicsItem* item : chart.childItems())
        if (auto* whiskers = dynamic_cast<ErrorBarItem*>(item))
            delete whiskers;
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundBrush(style.background);
    chart.setBackgroundPen(Qt::NoPen);
    chart.setBackgroundRoundness(0);
    chart.setMargins(QMargins(4, 4, 8, 4));
    chart.setTitle({});
    chart.legend()->setLabelColor(style.text);
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.legend()->setVisible(true);
    if (style.font != QFont()) {
        chart.legend()->setFont(style.font);
    }

    const bool h = spec.horizontal;
    Range values;
    Range positions;
    for (const ChartSeries& s : spec.series) {
        for (const ChartPoint& p : s.points) {
            values.add(p.y);
            values.add(p.lower);
            values.add(p.upper);
            positions.add(p.x);
        }
    }
    const bool categories = !spec.x.categories.isEmpty();
    QAbstractAxis* indexAxis = categories ? categoryAxis(spec.x, style) : valueAxis(spec.x, positions, style);
    QAbstractAxis* measureAxis = valueAxis(spec.y, values, style);
    if (!style.font.family().isEmpty()) {
        for (QAbstractAxis* a : {indexAxis, measureAxis}) {
            a->setLabelsFont(style.font);
            QFont title = style.font;
            title.setPointSizeF(style.font.pointSizeF() * 0.95);
            a->setTitleFont(title);
        }
    }
    chart.addAxis(indexAxis, h ? Qt::AlignLeft : Qt::AlignBottom);
    chart.addAxis(measureAxis, h ? Qt::AlignBottom : Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* series) {
        chart.addSeries(series);
        series->attachAxis(indexAxis);
        series->attachAxis(measureAxis);
    };

    // Bands first, so lines and points sit on top of them.
    for (const ChartSeries& s : spec.series) {
        if (s.kind != SeriesKind::Band || s.points.isEmpty())
            continue;
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        QList<QPointF> up, down;
        for (const ChartPoint& p : s.points) {
            if (std::isnan(p.lower) || std::isnan(p.upper))
                continue;
            up.append(h ? QPointF(p.upper, p.x) : QPointF(p.x, p.upper));
            down.append(h ? QPointF(p.lower, p.x) : QPointF(p.x, p.lower));
        }
        upper->replace(up);
        lower->replace(down);
        auto* area = new QAreaSeries(upper, lower);
        area->setName(s.name);
        QColor fill = style.colour(s.tone);
        fill.setAlphaF(style.dark ? 0.28 : 0.18);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        attach(area);
        if (!s.inLegend)
            chart.legend()->markers(area).value(0)->setVisible(false);
    }

    // All bar series share one stacked series: one QBarSet per (series, tone), zero elsewhere.
    QAbstractBarSeries* bars = nullptr;
    QList<ErrorBarItem::Whisker> barWhiskers;
    const qsizetype slotCount = spec.x.categories.size();
    for (const ChartSeries& s : spec.series) {
        if (s.kind != SeriesKind::Bars || s.points.isEmpty())
            continue;
        if (!bars) {
            bars = h ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                     : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
            // Few categories would make very thick bars: thinner bars for short lists.
            bars->setBarWidth(spec.stacked ? 0.92 : std::min(0.7, 0.1 + 0.12 * static_cast<double>(slotCount)));
        }
        QList<Tone> tones;
        for (const ChartPoint& p : s.points)
            if (!tones.contains(p.tone))
                tones.append(p.tone);
        for (Tone tone : tones) {
            auto* set = new QBarSet(tones.size() == 1 ? s.name : toneLabel(tone));
            QList<qreal> row(slotCount, 0.0);
            QStringList tips(slotCount);
            for (const ChartPoint& p : s.points) {
                const auto index = static_cast<qsizetype>(std::lround(p.x));
                if (p.tone != tone || index < 0 || index >= slotCount || std::isnan(p.y))
                    continue;
                row[index] = p.y;
                tips[index] = p.tooltip;
            }
            set->append(row);
            set->setColor(style.colour(tone));
            set->setBorderColor(style.colour(tone).darker(115));
            set->setLabelColor(style.textOn(tone));
            QObject::connect(set, &QBarSet::hovered, set, [tips](bool status, int index) {
                if (status && index >= 0 && index < tips.size())
                    showTip(tips.at(index));
                else
                    QToolTip::hideText();
            });
            bars->append(set);
        }
        if (s.errorBars)
            for (const ChartPoint& p : s.points)
                barWhiskers.append({p.x, p.lower, p.upper});
    }
    if (bars) {
        attach(bars);
        if (!barWhiskers.isEmpty())
            new ErrorBarItem(&chart, bars, h, barWhiskers, QPen(style.text, 1.4));
    }

    // Lines, then points (and line markers) grouped by tone, so each benchmark colour has one legend entry.
    QList<Tone> tonesInLegend;
    const auto addPoints = [&](const ChartSeries& s, bool markersOfLine) {
        QList<Tone> tones;
        for (const ChartPoint& p : s.points)
            if (!tones.contains(p.tone))
                tones.append(p.tone);
        for (Tone tone : tones) {
            auto* scatter = new QScatterSeries;
            QList<QPointF> at;
            QList<ChartPoint> mine;
            QList<ErrorBarItem::Whisker> whiskers;
            for (const ChartPoint& p : s.points) {
                if (p.tone != tone || std::isnan(p.y) || std::isnan(p.x))
                    continue;
                at.append(screenPoint(p, h));
                mine.append(p);
                whiskers.append({p.x, p.lower, p.upper});
            }
            scatter->replace(at);
            const bool benchmarkTone = !toneLabel(tone).isEmpty();
            scatter->setName(benchmarkTone && (markersOfLine || tones.size() > 1) ? toneLabel(tone) : s.name);
            scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            const bool focus = s.tone == Tone::Focus && !markersOfLine;
            scatter->setMarkerSize(markersOfLine ? 10 : (focus ? 15 : 9));
            scatter->setColor(style.colour(tone));
            scatter->setPen(QPen(markersOfLine || focus ? style.text : style.background, focus ? 2.5 : 1.0));
            attach(scatter);
            connectTooltips(scatter, mine, h);
            const bool named = scatter->name() != toneLabel(tone);
            const bool legend = s.inLegend && (named || !tonesInLegend.contains(tone));
            if (benchmarkTone && !named)
                tonesInLegend.append(tone);
            if (!legend)
                chart.legend()->markers(scatter).value(0)->setVisible(false);
            if (s.errorBars && !markersOfLine)
                new ErrorBarItem(&chart, scatter, h, whiskers, QPen(style.colour(tone).darker(130), 1.2));
        }
    };
    for (const ChartSeries& s : spec.series) {
        if (s.kind != SeriesKind::Line || s.points.isEmpty())
            continue;
        auto* line = new QLineSeries;
        QList<QPointF> at;
        for (const ChartPoint& p : s.points)
            if (!std::isnan(p.y) && !std::isnan(p.x))
                at.append(screenPoint(p, h));
        line->replace(at);
        line->setName(s.name);
        line->setPen(linePen(style.colour(s.tone), s.tone == Tone::Focus ? 2.6 : 1.8, s.dashed));
        attach(line);
        connectTooltips(line, s.points, h);
        if (!s.inLegend)
            chart.legend()->markers(line).value(0)->setVisible(false);
    }
    for (const ChartSeries& s : spec.series) {
        if (s.kind == SeriesKind::Points && !s.points.isEmpty())
            addPoints(s, false);
        else if (s.kind == SeriesKind::Line && s.markers && !s.points.isEmpty())
            addPoints(s, true);
    }
    for (QLegendMarker* marker : chart.legend()->markers())
        marker->setLabelBrush(style.text);
}

} // namespace jsna::ui::charts
