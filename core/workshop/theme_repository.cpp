// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/theme_repository.h"

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/durable_transaction.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_rows.h"

namespace jsna::workshop {

namespace {

void checkData(const ThemeData& data)
{
    if (data.title.trimmed().isEmpty())
        throw ProjectError(QStringLiteral("a theme needs a title"));
    if (data.votes < 0)
        throw ProjectError(QStringLiteral("a theme cannot have fewer than 0 votes"));
}

} // namespace

ThemeRepository::ThemeRepository(project::Project& project)
    : m_project(project)
    , m_notifier(WorkshopNotifier::of(project))
{}

Theme ThemeRepository::add(qint64 workshopId, const ThemeData& data)
{
    m_project.requireWritable();
    checkData(data);
    store::Database& db = m_project.database();
    Theme theme{0, workshopId, 0, data};
    {
        DurableTransaction transaction(db);
        store::Statement& next =
            db.cached("SELECT coalesce(max(position), 0) + 1 FROM workshop_themes WHERE workshop_id = ?1");
        next.bind(1, workshopId);
        next.step();
        theme.position = next.int64(0);
        next.reset();
        rows::insertTheme(db, theme);
        theme.id = db.lastInsertRowId();
        transaction.commit();
    }
    emit m_notifier.themesChanged(workshopId);
    return theme;
}

ThemeData ThemeRepository::update(qint64 id, const ThemeData& data)
{
    m_project.requireWritable();
    checkData(data);
    Theme previous;
    {
        DurableTransaction transaction(m_project.database());
        const std::optional<Theme> current = find(id);
        if (!current)
            throw ProjectError(QStringLiteral("the theme was deleted in the meantime"));
        previous = *current;
        m_project.database()
            .cached("UPDATE workshop_themes SET title = ?2, description = ?3, votes = ?4 WHERE id = ?1")
            .bind(1, id)
            .bind(2, data.title)
            .bind(3, data.description)
            .bind(4, data.votes)
            .run();
        transaction.commit();
    }
    emit m_notifier.themesChanged(previous.workshopId);
    return previous.data;
}

RemovedTheme ThemeRepository::remove(qint64 id)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    RemovedTheme removed;
    {
        DurableTransaction transaction(db);
        const std::optional<Theme> current = find(id);
        if (!current)
            throw ProjectError(QStringLiteral("the theme was deleted in the meantime"));
        removed.theme = *current;
        store::Statement& notes =
            db.cached("SELECT id FROM workshop_notes WHERE theme_id = ?1 ORDER BY position");
        notes.bind(1, id);
        while (notes.step())
            removed.noteIds.append(notes.int64(0));
        notes.reset();
        for (const ThemeScore& score : rows::scoresOfWorkshop(db, current->workshopId))
            if (score.themeId == id)
                removed.scores.append(score);
        db.cached("DELETE FROM workshop_themes WHERE id = ?1").bind(1, id).run(); // notes: SET NULL
        transaction.commit();
    }
    emit m_notifier.themesChanged(removed.theme.workshopId);
    emit m_notifier.scoresChanged(removed.theme.workshopId);
    if (!removed.noteIds.isEmpty())
        emit m_notifier.notesChanged(removed.theme.workshopId, removed.noteIds, NoteField::Theme);
    return removed;
}

void ThemeRepository::restore(const RemovedTheme& removed)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    {
        DurableTransaction transaction(db);
        rows::insertTheme(db, removed.theme);
        for (qint64 noteId : removed.noteIds)
            db.cached("UPDATE workshop_notes SET theme_id = ?2 WHERE id = ?1")
                .bind(1, noteId)
                .bind(2, removed.theme.id)
                .run();
        for (const ThemeScore& score : removed.scores)
            rows::writeScore(db, score);
        transaction.commit();
    }
    emit m_notifier.themesChanged(removed.theme.workshopId);
    emit m_notifier.scoresChanged(removed.theme.workshopId);
    if (!removed.noteIds.isEmpty())
        emit m_notifier.notesChanged(removed.theme.workshopId, removed.noteIds, NoteField::Theme);
}

std::optional<Theme> ThemeRepository::find(qint64 id)
{
    store::Statement& statement = m_project.database().cached(JSNA_THEME_SELECT "WHERE id = ?1");
    statement.bind(1, id);
    std::optional<Theme> theme;
    if (statement.step())
        theme = rows::readTheme(statement);
    statement.reset();
    return theme;
}

QList<Theme> ThemeRepository::themesOf(qint64 workshopId)
{
    return rows::themesOfWorkshop(m_project.database(), workshopId);
}

QHash<qint64, int> ThemeRepository::noteCounts(qint64 workshopId)
{
    QHash<qint64, int> counts;
    store::Statement& statement = m_project.database().cached(
        "SELECT theme_id, count(*) FROM workshop_notes WHERE workshop_id = ?1 AND theme_id IS NOT NULL"
        " GROUP BY theme_id");
    statement.bind(1, workshopId);
    while (statement.step())
        counts.insert(statement.int64(0), static_cast<int>(statement.int64(1)));
    statement.reset();
    return counts;
}

} // namespace jsna::workshop
