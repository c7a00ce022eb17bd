// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/significance.h"

#include <cmath>
#include <vector>

#include <QRegularExpression>
#include <QStringList>

#include "core/epidemiology/value_format.h"
#include "core/stats/stats_error.h"

namespace jsna::epidemiology {

using indicators::IndicatorValue;
using stats::Comparison;

QString confidenceLabel(ConfidenceLevel level)
{
    return level == ConfidenceLevel::P998 ? QStringLiteral("99.8%") : QStringLiteral("95%");
}

stats::Polarity toStatsPolarity(indicators::Polarity polarity)
{
    switch (polarity) {
    case indicators::Polarity::LowIsGood:
        return stats::Polarity::LowIsGood;
    case indicators::Polarity::HighIsGood:
        return stats::Polarity::HighIsGood;
    case indicators::Polarity::NotApplicable:
        break;
    }
    return stats::Polarity::NotApplicable;
}

stats::Interval limitsAt(const IndicatorValue& value, ConfidenceLevel level)
{
    const auto& lower = level == ConfidenceLevel::P998 ? value.lower998 : value.lower95;
    const auto& upper = level == ConfidenceLevel::P998 ? value.upper998 : value.upper95;
    return {lower.value_or(stats::kNaN), upper.value_or(stats::kNaN)};
}

double valueOf(const IndicatorValue& value)
{
    return value.value.value_or(stats::kNaN);
}

Comparison compareWith(const IndicatorValue& area, const IndicatorValue* benchmark, indicators::Polarity polarity,
                       ConfidenceLevel level)
{
    if (!benchmark)
        return Comparison::NotCompared;
    return stats::compareWithBenchmark(valueOf(area), limitsAt(area, level), valueOf(*benchmark),
                                       toStatsPolarity(polarity));
}

bool intervalsApart(const IndicatorValue& a, const IndicatorValue& b, ConfidenceLevel level)
{
    const stats::Interval x = limitsAt(a, level);
    const stats::Interval y = limitsAt(b, level);
    if (std::isnan(x.lower) || std::isnan(x.upper) || std::isnan(y.lower) || std::isnan(y.upper))
        return false;
    return x.lower > y.upper || y.lower > x.upper;
}

QString comparisonShort(Comparison comparison)
{
    return QString::fromUtf8(stats::comparisonLabel(comparison));
}

QString comparisonText(Comparison comparison, const QString& benchmarkName)
{
    switch (comparison) {
    case Comparison::Better:
        return QStringLiteral("Better than %1").arg(benchmarkName);
    case Comparison::Similar:
        return QStringLiteral("Similar to %1").arg(benchmarkName);
    case Comparison::Worse:
        return QStringLiteral("Worse than %1").arg(benchmarkName);
    case Comparison::Higher:
        return QStringLiteral("Higher than %1").arg(benchmarkName);
    case Comparison::Lower:
        return QStringLiteral("Lower than %1").arg(benchmarkName);
    case Comparison::NotCompared:
        break;
    }
    return QStringLiteral("Not compared");
}

int periodSpanYears(const QString& period)
{
    // Fingertips writes pooled years with spaced dashes ("2019 - 21") and financial or academic years
    // with a slash ("2020/21"), which cover one year.
    static const QRegularExpression pooled(QStringLiteral("^\\s*(\\d{4})\\s+-\\s+(\\d{2}|\\d{4})\\s*$"));
    const QRegularExpressionMatch match = pooled.match(period);
    if (!match.hasMatch())
        return 1;
    const int start = match.captured(1).toInt();
    int end = match.captured(2).toInt();
    if (match.capturedLength(2) == 2)
        end += (start / 100) * 100 + (end < start % 100 ? 100 : 0);
    return end >= start ? end - start + 1 : 1;
}

double periodYear(qint64 periodSortable)
{
    return static_cast<double>(periodSortable / 10000) + static_cast<double>(periodSortable % 10000) / 10000.0;
}

RecentTrend recentTrendOf(const QList<IndicatorValue>& series, const indicators::Indicator& indicator)
{
    using indicators::ValueType;
    RecentTrend trend;
    const auto cannot = [&trend](const QString& reason) {
        trend.label = QStringLiteral("Cannot be calculated");
        trend.reason = reason;
        return trend;
    };
    switch (indicator.valueType) {
    case ValueType::Count:
    case ValueType::Other:
        return cannot(QStringLiteral("Recent trends are not calculated for this value type"));
    default:
        break;
    }
    QList<IndicatorValue> points;
    for (const IndicatorValue& v : series)
        if (v.value)
            points.append(v);
    if (points.size() < static_cast<qsizetype>(stats::kTrendPoints))
        return cannot(QStringLiteral("Fewer than 5 periods with values"));
    points = points.mid(points.size() - static_cast<qsizetype>(stats::kTrendPoints));
    for (qsizetype i = 1; i < points.size(); ++i) {
        const double step = periodYear(points.at(i).periodSortable) - periodYear(points.at(i - 1).periodSortable);
        if (periodSpanYears(points.at(i).period) > std::lround(step))
            return cannot(QStringLiteral("Periods overlap (rolling averages are not independent)"));
    }
    bool counts = indicator.valueType == ValueType::Proportion;
    for (const IndicatorValue& v : points)
        counts = counts && v.count && v.denominator && *v.denominator > 0 && *v.count <= *v.denominator;
    std::vector<stats::TrendPoint> input;
    for (const IndicatorValue& v : points) {
        stats::TrendPoint p;
        p.period = periodYear(v.periodSortable);
        p.value = valueOf(v);
        p.lower = v.lower95.value_or(stats::kNaN);
        p.upper = v.upper95.value_or(stats::kNaN);
        if (counts) {
            p.numerator = *v.count;
            p.denominator = *v.denominator;
        }
        input.push_back(p);
    }
    try {
        const stats::TrendResult result =
            stats::recentTrend(input, counts ? stats::TrendValueType::Proportion : stats::TrendValueType::Other);
        trend.direction = result.direction;
        trend.label = QString::fromStdString(stats::trendLabel(result.direction, toStatsPolarity(indicator.polarity)));
        trend.reason = QString::fromUtf8(result.reason.data(), static_cast<qsizetype>(result.reason.size()));
        if (result.direction == stats::TrendDirection::CannotBeCalculated)
            trend.label = QStringLiteral("Cannot be calculated");
        else
            trend.reason = QStringLiteral("%1 over %2 to %3 (\u03c7\u00b2 = %4)")
                               .arg(counts ? QStringLiteral("Chi-square test for trend")
                                           : QStringLiteral("Weighted regression"),
                                    points.first().period, points.last().period,
                                    QString::number(result.chiSquare, 'f', 2));
    } catch (const stats::StatsError& error) {
        return cannot(QString::fromUtf8(error.what()));
    }
    return trend;
}

double percentileOfSorted(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return stats::kNaN;
    const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
    const auto lo = static_cast<qsizetype>(std::floor(h));
    const qsizetype hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (h - static_cast<double>(lo)) * (sorted.at(hi) - sorted.at(lo));
}

QString describeValue(const IndicatorValue& value, const indicators::Indicator& indicator, ConfidenceLevel level)
{
    QStringList lines;
    if (value.value) {
        QString line = formatIndicatorValue(*value.value, indicator.unit);
        const stats::Interval limits = limitsAt(value, level);
        if (!std::isnan(limits.lower) && !std::isnan(limits.upper))
            line += QStringLiteral(" (%1 CI %2 to %3)")
                        .arg(confidenceLabel(level), formatNumber(limits.lower), formatNumber(limits.upper));
        else
            line += QStringLiteral(" (no %1 limits published)").arg(confidenceLabel(level));
        lines.append(line);
    } else {
        lines.append(QStringLiteral("No value%1").arg(value.valueNote.isEmpty() ? QString()
                                                                                 : u": " + value.valueNote));
    }
    if (value.count && value.denominator)
        lines.append(QStringLiteral("Count %1 of %2").arg(formatCount(*value.count), formatCount(*value.denominator)));
    else if (value.count)
        lines.append(QStringLiteral("Count %1").arg(formatCount(*value.count)));
    lines.append(QStringLiteral("Period: %1 \u00b7 %2, %3").arg(value.period, value.sex, value.age));
    if (!value.category.isEmpty())
        lines.append(QStringLiteral("Group: %1 (%2)").arg(value.category, value.categoryType));
    lines.append(QStringLiteral("Method: %1").arg(value.method.isEmpty() ? indicators::valueTypeLabel(indicator.valueType)
                                                                          : value.method));
    lines.append(QStringLiteral("Confidence level: %1%2")
                     .arg(confidenceLabel(level),
                          value.confidence.isEmpty() ? QString() : QStringLiteral(" (published: %1)").arg(value.confidence)));
    if (!indicator.source.isEmpty())
        lines.append(QStringLiteral("Source: %1").arg(indicator.source));
    if (!value.provenance.isEmpty())
        lines.append(QStringLiteral("Provenance: %1").arg(value.provenance));
    if (value.value && !value.valueNote.isEmpty())
        lines.append(QStringLiteral("Note: %1").arg(value.valueNote));
    return lines.join(u'\n');
}

} // namespace jsna::epidemiology
