// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "core/workshop/priority.h"

namespace jsna::project {
class Project;
}

namespace jsna::workshop {

class WorkshopNotifier;

struct RemovedCriterion
{
    Criterion criterion;
    QList<ThemeScore> scores;
};

// Reads and writes the project's prioritisation criteria and the themes' scores against them.
// Durable writes, announced after commit; writes return what undo needs.
class PriorityRepository
{
public:
    explicit PriorityRepository(project::Project& project);

    QList<Criterion> criteria(); // in position order
    Criterion addCriterion(const CriterionData& data);
    CriterionData updateCriterion(qint64 id, const CriterionData& data); // returns the previous values
    RemovedCriterion removeCriterion(qint64 id);
    void restoreCriterion(const RemovedCriterion& removed);

    // Sets (or with nullopt clears) a theme's score against a criterion; returns the previous one.
    std::optional<int> setScore(qint64 themeId, qint64 criterionId, std::optional<int> score);
    QList<ThemeScore> scoresOf(qint64 workshopId);

private:
    project::Project& m_project;
    WorkshopNotifier& m_notifier;
};

} // namespace jsna::workshop
