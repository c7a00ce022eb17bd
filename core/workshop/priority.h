// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/workshop/workshop.h"

namespace jsna::workshop {

// A prioritisation criterion of the project (defaults: the Population Health Hub's list).
struct CriterionData
{
    QString name;
    QString description;
    double weight = 1; // relative; 0 leaves the criterion out of the ranking

    bool operator==(const CriterionData&) const = default;
};

struct Criterion
{
    qint64 id = 0;
    qint64 position = 0;
    CriterionData data;

    bool operator==(const Criterion&) const = default;
};

// A theme's place in the ranking. score is the weighted mean of its criterion scores on the
// 0..kMaxScore scale (a criterion not yet scored counts as 0); themes with equal scores share a
// rank (1, 2, 2, 4) and are listed by votes, then in their own order.
struct RankedTheme
{
    qint64 themeId = 0;
    double score = 0;
    int rank = 0;
    int scoredCriteria = 0; // how many criteria with a weight above 0 have a score

    bool operator==(const RankedTheme&) const = default;
};

QList<RankedTheme> rankThemes(const QList<Theme>& themes, const QList<Criterion>& criteria,
                              const QList<ThemeScore>& scores);

} // namespace jsna::workshop
