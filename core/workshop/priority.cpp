// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/priority.h"

#include <algorithm>
#include <cmath>

#include <QHash>

namespace jsna::workshop {

QList<RankedTheme> rankThemes(const QList<Theme>& themes, const QList<Criterion>& criteria,
                              const QList<ThemeScore>& scores)
{
    QHash<qint64, double> weightOf;
    double totalWeight = 0;
    for (const Criterion& criterion : criteria) {
        if (criterion.data.weight > 0) {
            weightOf.insert(criterion.id, criterion.data.weight);
            totalWeight += criterion.data.weight;
        }
    }
    QHash<qint64, double> weighted;
    QHash<qint64, int> scored;
    for (const ThemeScore& score : scores) {
        const auto weight = weightOf.constFind(score.criterionId);
        if (weight == weightOf.cend())
            continue;
        weighted[score.themeId] += *weight * score.score;
        ++scored[score.themeId];
    }

    struct Entry
    {
        RankedTheme ranked;
        int votes;
        qint64 position;
    };
    QList<Entry> entries;
    for (const Theme& theme : themes) {
        RankedTheme ranked;
        ranked.themeId = theme.id;
        ranked.score = totalWeight > 0 ? weighted.value(theme.id) / totalWeight : 0;
        ranked.scoredCriteria = scored.value(theme.id);
        entries.append({ranked, theme.data.votes, theme.position});
    }
    constexpr double kTie = 1e-9;
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (std::abs(a.ranked.score - b.ranked.score) > kTie)
            return a.ranked.score > b.ranked.score;
        if (a.votes != b.votes)
            return a.votes > b.votes;
        return a.position < b.position;
    });
    QList<RankedTheme> result;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        RankedTheme ranked = entries.at(i).ranked;
        const bool tied = i > 0 && std::abs(result.constLast().score - ranked.score) <= kTie;
        ranked.rank = tied ? result.constLast().rank : static_cast<int>(i) + 1;
        result.append(ranked);
    }
    return result;
}

} // namespace jsna::workshop
