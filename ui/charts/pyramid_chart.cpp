// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/pyramid_chart.h"

#include "core/epidemiology/value_format.h"

namespace jsna::ui::charts {

using jsna::epidemiology::formatCount;
using jsna::epidemiology::formatNumber;

ChartSpec buildPyramidChart(const jsna::epidemiology::PyramidData& pyramid)
{
    ChartSpec spec;
    spec.kind = ChartKind::Pyramid;
    spec.horizontal = true;
    spec.stacked = true;
    spec.title = QStringLiteral("Population: %1, %2").arg(pyramid.area.name).arg(pyramid.year);
    spec.subtitle = QStringLiteral("Total %1; males left, females right, as % of the whole population%2")
                        .arg(formatCount(pyramid.total),
                             pyramid.hasComparator() ? QStringLiteral("; outline: %1").arg(pyramid.comparator.name) : QString());
    spec.x.title = QStringLiteral("Age band");
    spec.y.title = QStringLiteral("% of population");
    spec.y.suffix = QStringLiteral("%");
    spec.y.absoluteLabels = true;
    ChartSeries male{QStringLiteral("Male"), SeriesKind::Bars, Tone::Male, {}};
    ChartSeries female{QStringLiteral("Female"), SeriesKind::Bars, Tone::Female, {}};
    ChartSeries outlineMale{pyramid.comparator.name, SeriesKind::Line, Tone::Outline, {}};
    ChartSeries outlineFemale{pyramid.comparator.name, SeriesKind::Line, Tone::Outline, {}};
    outlineFemale.inLegend = false;
    for (qsizetype i = 0; i < pyramid.bands.size(); ++i) {
        const jsna::epidemiology::PyramidBand& b = pyramid.bands.at(i);
        spec.x.categories.append(b.band);
        const double x = static_cast<double>(i);
        const QString tip = QStringLiteral("%1, %2\nMale %3 (%4%)\nFemale %5 (%6%)")
                                .arg(pyramid.area.name, b.band, formatCount(b.male), formatNumber(b.malePercent),
                                     formatCount(b.female), formatNumber(b.femalePercent)) +
                            (pyramid.hasComparator()
                                 ? QStringLiteral("\n%1: male %2%, female %3%")
                                       .arg(pyramid.comparator.name, formatNumber(b.comparatorMalePercent),
                                            formatNumber(b.comparatorFemalePercent))
                                 : QString()) +
                            QStringLiteral("\nMid-year population estimates, %1").arg(pyramid.year);
        male.points.append({x, -b.malePercent, kNoValue, kNoValue, Tone::Male, tip});
        female.points.append({x, b.femalePercent, kNoValue, kNoValue, Tone::Female, tip});
        if (pyramid.hasComparator()) {
            outlineMale.points.append({x - 0.5, -b.comparatorMalePercent, kNoValue, kNoValue, Tone::Outline, {}});
            outlineMale.points.append({x + 0.5, -b.comparatorMalePercent, kNoValue, kNoValue, Tone::Outline, {}});
            outlineFemale.points.append({x - 0.5, b.comparatorFemalePercent, kNoValue, kNoValue, Tone::Outline, {}});
            outlineFemale.points.append({x + 0.5, b.comparatorFemalePercent, kNoValue, kNoValue, Tone::Outline, {}});
        }
    }
    spec.series = {male, female};
    if (pyramid.hasComparator())
        spec.series.append({outlineMale, outlineFemale});
    spec.notes = {QStringLiteral("Populations by sex and 5-year age band for %1 (the project's population table).")
                      .arg(pyramid.year)};
    spec.table.headers = {QStringLiteral("Age band"), QStringLiteral("Male"), QStringLiteral("Female"),
                          QStringLiteral("Male %"), QStringLiteral("Female %"),
                          QStringLiteral("%1 male %").arg(pyramid.comparator.name),
                          QStringLiteral("%1 female %").arg(pyramid.comparator.name)};
    for (const jsna::epidemiology::PyramidBand& b : pyramid.bands)
        spec.table.rows.append({b.band, formatCount(b.male), formatCount(b.female), formatNumber(b.malePercent),
                                formatNumber(b.femalePercent), formatNumber(b.comparatorMalePercent),
                                formatNumber(b.comparatorFemalePercent)});
    return spec;
}

} // namespace jsna::ui::charts
