// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/priority_repository.h"

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/durable_transaction.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_rows.h"

namespace jsna::workshop {

namespace {

#define JSNA_CRITERION_SELECT "SELECT id, position, name, description, weight FROM priority_criteria "

Criterion readCriterion(const store::Statement& row)
{
    return {row.int64(0), row.int64(1), {row.text(2), row.text(3), row.real(4)}};
}

void checkData(const CriterionData& data)
{
    if (data.name.trimmed().isEmpty())
        throw ProjectError(QStringLiteral("a criterion needs a name"));
    if (!(data.weight >= 0))
        throw ProjectError(QStringLiteral("a criterion's weight cannot be negative"));
}

void insertCriterion(store::Database& db, const Criterion& criterion)
{
    db.cached("INSERT INTO priority_criteria(id, position, name, description, weight)"
              " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5)")
        .bind(1, criterion.id)
        .bind(2, criterion.position)
        .bind(3, criterion.data.name)
        .bind(4, criterion.data.description)
        .bind(5, criterion.data.weight)
        .run();
}

} // namespace

PriorityRepository::PriorityRepository(project::Project& project)
    : m_project(project)
    , m_notifier(WorkshopNotifier::of(project))
{}

QList<Criterion> PriorityRepository::criteria()
{
    QList<Criterion> criteria;
    store::Statement& statement = m_project.database().cached(JSNA_CRITERION_SELECT "ORDER BY position, id");
    while (statement.step())
        criteria.append(readCriterion(statement));
    statement.reset();
    return criteria;
}

Criterion PriorityRepository::addCriterion(const CriterionData& data)
{
    m_project.requireWritable();
    checkData(data);
    store::Database& db = m_project.database();
    Criterion criterion{0, 0, data};
    {
        DurableTransaction transaction(db);
        criterion.position = db.scalarInt64("SELECT coalesce(max(position), 0) + 1 FROM priority_criteria");
        insertCriterion(db, criterion);
        criterion.id = db.lastInsertRowId();
        transaction.commit();
    }
    emit m_notifier.criteriaChanged();
    return criterion;
}

CriterionData PriorityRepository::updateCriterion(qint64 id, const CriterionData& data)
{
    m_project.requireWritable();
    checkData(data);
    store::Database& db = m_project.database();
    CriterionData previous;
    {
        DurableTransaction transaction(db);
        store::Statement& current = db.cached(JSNA_CRITERION_SELECT "WHERE id = ?1");
        current.bind(1, id);
        if (!current.step())
            throw ProjectError(QStringLiteral("the criterion was deleted in the meantime"));
        previous = readCriterion(current).data;
        current.reset();
        db.cached("UPDATE priority_criteria SET name = ?2, description = ?3, weight = ?4 WHERE id = ?1")
            .bind(1, id)
            .bind(2, data.name)
            .bind(3, data.description)
            .bind(4, data.weight)
            .run();
        transaction.commit();
    }
    emit m_notifier.criteriaChanged();
    return previous;
}

RemovedCriterion PriorityRepository::removeCriterion(qint64 id)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    RemovedCriterion removed;
    {
        DurableTransaction transaction(db);
        store::Statement& current = db.cached(JSNA_CRITERION_SELECT "WHERE id = ?1");
        current.bind(1, id);
        if (!current.step())
            throw ProjectError(QStringLiteral("the criterion was deleted in the meantime"));
        removed.criterion = readCriterion(current);
        current.reset();
        store::Statement& scores =
            db.cached("SELECT theme_id, criterion_id, score FROM theme_scores WHERE criterion_id = ?1");
        scores.bind(1, id);
        while (scores.step())
            removed.scores.append({scores.int64(0), scores.int64(1), static_cast<int>(scores.int64(2))});
        scores.reset();
        db.cached("DELETE FROM priority_criteria WHERE id = ?1").bind(1, id).run();
        transaction.commit();
    }
    emit m_notifier.criteriaChanged();
    return removed;
}

void PriorityRepository::restoreCriterion(const RemovedCriterion& removed)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    {
        DurableTransaction transaction(db);
        insertCriterion(db, removed.criterion);
        for (const ThemeScore& score : removed.scores)
            rows::writeScore(db, score);
        transaction.commit();
    }
    emit m_notifier.criteriaChanged();
}

std::optional<int> PriorityRepository::setScore(qint64 themeId, qint64 criterionId, std::optional<int> score)
{
    m_project.requireWritable();
    if (score && (*score < 0 || *score > kMaxScore))
        throw ProjectError(QStringLiteral("a score is from 0 to %1").arg(kMaxScore));
    store::Database& db = m_project.database();
    std::optional<int> previous;
    qint64 workshopId = 0;
    {
        DurableTransaction transaction(db);
        store::Statement& theme = db.cached("SELECT workshop_id FROM workshop_themes WHERE id = ?1");
        theme.bind(1, themeId);
        if (!theme.step())
            throw ProjectError(QStringLiteral("the theme was deleted in the meantime"));
        workshopId = theme.int64(0);
        theme.reset();
        store::Statement& current =
            db.cached("SELECT score FROM theme_scores WHERE theme_id = ?1 AND criterion_id = ?2");
        current.bind(1, themeId).bind(2, criterionId);
        if (current.step())
            previous = static_cast<int>(current.int64(0));
        current.reset();
        if (score) {
            rows::writeScore(db, {themeId, criterionId, *score});
        } else {
            db.cached("DELETE FROM theme_scores WHERE theme_id = ?1 AND criterion_id = ?2")
                .bind(1, themeId)
                .bind(2, criterionId)
                .run();
        }
        transaction.commit();
    }
    emit m_notifier.scoresChanged(workshopId);
    return previous;
}

QList<ThemeScore> PriorityRepository::scoresOf(qint64 workshopId)
{
    return rows::scoresOfWorkshop(m_project.database(), workshopId);
}

} // namespace jsna::workshop
