// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_spec.h"

namespace jsna::ui::charts {

QString chartKindId(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Spine:
        return QStringLiteral("spine");
    case ChartKind::Trend:
        return QStringLiteral("trend");
    case ChartKind::Inequality:
        return QStringLiteral("inequality");
    case ChartKind::Pyramid:
        return QStringLiteral("pyramid");
    case ChartKind::Funnel:
        break;
    }
    return QStringLiteral("funnel");
}

Tone toneFor(stats::Comparison comparison)
{
    switch (comparison) {
    case stats::Comparison::Better:
        return Tone::Better;
    case stats::Comparison::Similar:
        return Tone::Similar;
    case stats::Comparison::Worse:
        return Tone::Worse;
    case stats::Comparison::Higher:
        return Tone::Higher;
    case stats::Comparison::Lower:
        return Tone::Lower;
    case stats::Comparison::NotCompared:
        break;
    }
    return Tone::NotCompared;
}

QString toneLabel(Tone tone)
{
    switch (tone) {
    case Tone::Better:
        return QStringLiteral("Better");
    case Tone::Similar:
        return QStringLiteral("Similar");
    case Tone::Worse:
        return QStringLiteral("Worse");
    case Tone::Higher:
        return QStringLiteral("Higher");
    case Tone::Lower:
        return QStringLiteral("Lower");
    case Tone::NotCompared:
        return QStringLiteral("Not compared");
    default:
        break;
    }
    return {};
}

QString DataTable::toTsv() const
{
    const auto clean = [](QString cell) { return cell.replace(u'\t', u' ').replace(u'\n', u' '); };
    QString text;
    QStringList line;
    for (const QString& h : headers)
        line.append(clean(h));
    text += line.join(u'\t') + u'\n';
    for (const QStringList& row : rows) {
        line.clear();
        for (const QString& cell : row)
            line.append(clean(cell));
        text += line.join(u'\t') + u'\n';
    }
    return text;
}

bool ChartSpec::isEmpty() const
{
    if (kind == ChartKind::Spine)
        return spine.isEmpty();
    for (const ChartSeries& s : series)
        if (!s.points.isEmpty())
            return false;
    return true;
}

} // namespace jsna::ui::charts
