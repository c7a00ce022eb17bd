// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/overview_models.h"

#include <QCoreApplication>

#include "ui/models/formatting.h"
#include "ui/models/rag_colours.h"

namespace jsna::ui::models {

namespace {

using project::ChapterSource;
using project::GroupGap;
using project::IndicatorComparison;
using project::WardDeprivation;

QString tr(const char* text)
{
    return QCoreApplication::translate("jsna::ui::models", text);
}

constexpr Qt::Alignment kNumeric = Qt::AlignRight | Qt::AlignVCenter;

// Display text and, for numeric columns, right alignment.
template <typename Row>
auto textColumn(std::function<QString(const Row&)> text, bool numeric = false)
{
    return [text = std::move(text), numeric](const Row& row, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return text(row);
        if (role == Qt::TextAlignmentRole && numeric)
            return QVariant::fromValue(kNumeric);
        return {};
    };
}

QString breakdownLabel(const QString& sex, const QString& age)
{
    QStringList parts;
    if (!sex.isEmpty() && sex != u"Persons")
        parts.append(sex);
    if (!age.isEmpty() && age != u"All ages" && age != u"Not applicable")
        parts.append(age);
    return parts.join(QStringLiteral(", "));
}

QString withBreakdown(const QString& name, const QString& sex, const QString& age)
{
    const QString breakdown = breakdownLabel(sex, age);
    return breakdown.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, breakdown);
}

} // namespace

ComparisonModel* createComparisonModel(QObject* parent)
{
    using C = IndicatorComparison;
    return new ComparisonModel(
        {
            {tr("Indicator"),
             [](const C& c, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return withBreakdown(c.name, c.sex, c.age);
                 if (role == Qt::ToolTipRole)
                     return c.domain.isEmpty() ? c.name : QStringLiteral("%1\n%2").arg(c.name, c.domain);
                 return {};
             }},
            {tr("Period"), textColumn<C>([](const C& c) { return c.period; })},
            {tr("Value"),
             [](const C& c, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return formatValue(c.value, c.unit);
                 if (role == Qt::ToolTipRole)
                     return tr("95% confidence interval %1 to %2")
                         .arg(formatNumber(c.lower95), formatNumber(c.upper95));
                 if (role == Qt::TextAlignmentRole)
                     return QVariant::fromValue(kNumeric);
                 return {};
             }},
            {tr("England"), textColumn<C>([](const C& c) { return formatValue(c.england, c.unit); }, true)},
            {tr("Compared with England"),
             [](const C& c, int role) -> QVariant {
                 switch (role) {
                 case Qt::DisplayRole:
                     return project::comparisonLabel(c.comparison);
                 case kComparisonRole:
                     return static_cast<int>(c.comparison);
                 case Qt::BackgroundRole:
                     return ragFill(c.comparison);
                 case Qt::ForegroundRole:
                     return ragText(c.comparison);
                 default:
                     return {};
                 }
             }},
        },
        parent);
}

GroupGapModel* createGroupGapModel(QObject* parent)
{
    using G = GroupGap;
    // With a polarity, the worse-off group and the better-off one; without, the highest and lowest.
    auto group = [](const G& g, bool worse) {
        const bool highest = g.worstGroup.isEmpty() ? worse : (g.worstGroup == g.highestGroup) == worse;
        return QStringLiteral("%1: %2").arg(highest ? g.highestGroup : g.lowestGroup,
                                            formatNumber(highest ? g.highestValue : g.lowestValue));
    };
    return new GroupGapModel(
        {
            {tr("Indicator"),
             [](const G& g, int role) -> QVariant {
                 if (role == Qt::DisplayRole)
                     return withBreakdown(g.indicator, g.sex, g.age);
                 if (role == Qt::ToolTipRole)
                     return tr("%1\n%2, %3").arg(g.indicator, g.categoryType, g.period);
                 return {};
             }},
            {tr("Breakdown"), textColumn<G>([](const G& g) { return g.categoryType; })},
            {tr("Group to reach"), textColumn<G>([group](const G& g) {
                 return g.worstGroup.isEmpty() ? tr("Highest, %1").arg(group(g, true)) : group(g, true);
             })},
            {tr("Compared with"), textColumn<G>([group](const G& g) {
                 return g.worstGroup.isEmpty() ? tr("Lowest, %1").arg(group(g, false)) : group(g, false);
             })},
            {tr("Gap"),
             textColumn<G>([](const G& g) { return QStringLiteral("%1\u00d7").arg(g.ratio, 0, 'f', 1); },
                           true)},
        },
        parent);
}

WardDeprivationModel* createWardDeprivationModel(QObject* parent)
{
    using W = WardDeprivation;
    return new WardDeprivationModel(
        {
            {tr("Ward"),
             textColumn<W>([](const W& w) { return QStringLiteral("%1 (%2)").arg(w.name, w.code); })},
            {tr("LSOAs"), textColumn<W>([](const W& w) { return formatCount(w.lsoas); }, true)},
            {tr("In England's most deprived 20%"),
             textColumn<W>(
                 [](const W& w) {
                     return w.lsoas == 0 ? QString()
                                         : QStringLiteral("%1 (%2%)")
                                               .arg(formatCount(w.mostDeprivedLsoas))
                                               .arg(qRound(100.0 * static_cast<double>(w.mostDeprivedLsoas) /
                                                           static_cast<double>(w.lsoas)));
                 },
                 true)},
        },
        parent);
}

ChapterSourceModel* createChapterSourceModel(QObject* parent)
{
    using S = ChapterSource;
    return new ChapterSourceModel(
        {
            {tr("Chapter (indicator domain)"), textColumn<S>([](const S& s) { return s.domain; })},
            {tr("Indicators"), textColumn<S>([](const S& s) { return formatCount(s.indicators); }, true)},
            {tr("Values"), textColumn<S>([](const S& s) { return formatCount(s.values); }, true)},
            {tr("Latest period"), textColumn<S>([](const S& s) { return s.latestPeriod; })},
        },
        parent);
}

} // namespace jsna::ui::models
