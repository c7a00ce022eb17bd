// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/epidemiology/inequality_query.h"

#include <algorithm>
#include <vector>

#include <QMap>

#include "core/epidemiology/epidemiology_data.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/project/project.h"

namespace jsna::epidemiology {

using indicators::IndicatorValue;

namespace {

stats::SiiValueType siiTypeOf(indicators::ValueType type)
{
    switch (type) {
    case indicators::ValueType::Proportion:
        return stats::SiiValueType::Proportion;
    case indicators::ValueType::CrudeRate:
    case indicators::ValueType::Dsr:
    case indicators::ValueType::Isr:
        return stats::SiiValueType::Rate;
    default:
        break;
    }
    return stats::SiiValueType::Other;
}

// The deprivation gradient of groups already in rank order (most deprived first).
DeprivationGradient gradientOf(const QList<BreakdownGroup>& groups, const indicators::Indicator& indicator,
                               ConfidenceLevel level, std::size_t repetitions)
{
    DeprivationGradient g;
    if (groups.size() < 2)
        return g;
    const IndicatorValue& most = groups.first().value;
    const IndicatorValue& least = groups.last().value;
    g.mostLabel = groups.first().label;
    g.leastLabel = groups.last().label;
    if (most.value && least.value) {
        g.gap = *most.value - *least.value;
        if (*least.value != 0)
            g.ratio = *most.value / *least.value;
        g.gapSignificant = intervalsApart(most, least, level);
    }
    const bool proportion = indicator.valueType == indicators::ValueType::Proportion;
    const double scale = proportion && indicator.multiplier > 0 ? indicator.multiplier : 1.0;
    bool equalPopulations = false;
    std::vector<stats::SiiQuantileInput> input;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const IndicatorValue& v = groups.at(i).value;
        if (!v.value || !v.lower95 || !v.upper95) {
            g.siiNote = QStringLiteral("No SII: %1 has no value or 95% limits").arg(groups.at(i).label);
            return g;
        }
        stats::SiiQuantileInput q;
        q.quantile = static_cast<double>(i + 1);
        q.population = v.denominator.value_or(0.0);
        q.value = *v.value / scale;
        q.lower95 = *v.lower95 / scale;
        q.upper95 = *v.upper95 / scale;
        input.push_back(q);
    }
    if (std::any_of(input.cbegin(), input.cend(), [](const auto& q) { return !(q.population > 0); })) {
        equalPopulations = true;
        for (auto& q : input)
            q.population = 1.0;
    }
    stats::SiiOptions options;
    options.valueType = siiTypeOf(indicator.valueType);
    options.multiplier = scale;
    options.repetitions = repetitions;
    try {
        g.sii = stats::slopeIndexOfInequality(input, stats::ConfidenceLevels{0.95, 0.998}, options);
        g.siiNote = QStringLiteral("Slope and relative index of inequality (Low and Low 2004; PHEindicatormethods"
                                   " phe_sii): population-weighted regression over %1 groups, most deprived"
                                   " first; limits from %2 simulations%3. SII is the modelled difference"
                                   " between the least and the most deprived ends of the gradient.")
                        .arg(groups.size())
                        .arg(repetitions)
                        .arg(equalPopulations ? QStringLiteral(" (group populations not published: equal"
                                                               " populations assumed)")
                                              : QString());
    } catch (const stats::StatsError& error) {
        g.siiNote = QStringLiteral("No SII: %1").arg(QString::fromUtf8(error.what()));
    }
    return g;
}

void flagDifferences(Breakdown& b, ConfidenceLevel level)
{
    // The pair furthest apart that is significantly different names the flag.
    double widest = -1;
    for (qsizetype i = 0; i < b.groups.size(); ++i) {
        for (qsizetype j = i + 1; j < b.groups.size(); ++j) {
            const IndicatorValue& x = b.groups.at(i).value;
            const IndicatorValue& y = b.groups.at(j).value;
            if (!intervalsApart(x, y, level))
                continue;
            const double distance = std::abs(*x.value - *y.value);
            if (distance > widest) {
                widest = distance;
                b.groupsDiffer = true;
                b.differNote = QStringLiteral("%1 and %2 differ significantly (%3)")
                                   .arg(b.groups.at(i).label, b.groups.at(j).label, confidenceLabel(level));
            }
        }
    }
}

} // namespace

int InequalityData::flaggedCount() const
{
    return static_cast<int>(
        std::count_if(breakdowns.cbegin(), breakdowns.cend(), [](const Breakdown& b) { return b.groupsDiffer; }));
}

InequalityData inequalitiesFor(EpidemiologyData& data, qint64 indicatorId, const QString& areaCode,
                               const QString& period, ConfidenceLevel level, std::size_t siiRepetitions)
{
    InequalityData result;
    result.level = level;
    const indicators::Indicator* indicator = data.indicator(indicatorId);
    const geography::Area* area = data.area(areaCode);
    const HeadlineSet* set = data.headlines().of(indicatorId);
    if (!indicator || !area || !set)
        return result;
    result.indicator = *indicator;
    result.area = *area;
    result.sex = set->sex;
    result.age = set->age;

    indicators::ValueQuery query;
    query.indicatorId = indicatorId;
    query.areaCode = areaCode;
    query.anyCategory = true;
    const QList<IndicatorValue> all = indicators::IndicatorValueRepository(data.project().database()).find(query);

    const auto isHeadline = [&](const IndicatorValue& v) {
        return v.categoryType.isEmpty() && v.sex == set->sex && v.age == set->age;
    };
    QMap<qint64, QString> withBreakdowns;
    for (const IndicatorValue& v : all)
        if (!isHeadline(v))
            withBreakdowns.insert(v.periodSortable, v.period);
    for (const QString& p : withBreakdowns)
        result.periods.prepend(p);
    result.period = period.isEmpty() || !result.periods.contains(period)
                        ? (result.periods.isEmpty() ? set->period : result.periods.first())
                        : period;

    QMap<QString, Breakdown> byType; // keyed for a stable order: deprivation, sex, age, ethnicity, other
    const auto keyOf = [](BreakdownKind kind, const QString& type) -> QString {
        return QString::number(static_cast<int>(kind)) + type;
    };
    for (const IndicatorValue& v : all) {
        if (v.period != result.period)
            continue;
        if (isHeadline(v)) {
            result.overall = v;
            continue;
        }
        BreakdownKind kind;
        QString type;
        QString label;
        if (!v.categoryType.isEmpty()) {
            if (v.sex != set->sex || v.age != set->age)
                continue; // breakdowns within a breakdown are not shown
            kind = breakdownKindOf(v.categoryType);
            type = v.categoryType;
            label = v.category;
        } else if (v.age == set->age) {
            kind = BreakdownKind::Sex;
            type = QStringLiteral("Sex");
            label = v.sex;
        } else if (v.sex == set->sex) {
            kind = BreakdownKind::Age;
            type = QStringLiteral("Age");
            label = v.age;
        } else {
            continue;
        }
        Breakdown& b = byType[keyOf(kind, type)];
        b.kind = kind;
        b.type = type;
        b.groups.append(BreakdownGroup{label, v, stats::Comparison::NotCompared});
    }

    for (Breakdown& b : byType) {
        const int n = static_cast<int>(b.groups.size());
        const auto order = [&b, n](const BreakdownGroup& g) {
            switch (b.kind) {
            case BreakdownKind::Deprivation:
                return deprivationRank(g.label, n);
            case BreakdownKind::Age:
                return ageBandStart(g.label);
            case BreakdownKind::Sex:
                return g.label == u"Male" ? 0 : 1;
            default:
                return 0;
            }
        };
        std::stable_sort(b.groups.begin(), b.groups.end(),
                         [&order](const BreakdownGroup& x, const BreakdownGroup& y) { return order(x) < order(y); });
        for (BreakdownGroup& g : b.groups)
            if (result.overall)
                g.vsArea = compareWith(g.value, &*result.overall, indicator->polarity, level);
        flagDifferences(b, level);
        if (b.kind == BreakdownKind::Deprivation)
            b.gradient = gradientOf(b.groups, *indicator, level, siiRepetitions);
        result.breakdowns.append(std::move(b));
    }
    return result;
}

} // namespace jsna::epidemiology
