// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/note_repository.h"

#include <algorithm>

#include <QDateTime>
#include <QMap>
#include <QSet>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/durable_transaction.h"
#include "core/workshop/note_input.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_rows.h"

namespace jsna::workshop {

namespace {

// Groups note ids by workshop, keeping their order, for one signal per workshop.
QMap<qint64, QList<qint64>> byWorkshop(const QList<Note>& notes)
{
    QMap<qint64, QList<qint64>> grouped;
    for (const Note& note : notes)
        grouped[note.workshopId].append(note.id);
    return grouped;
}

void checkData(const NoteData& data)
{
    if (data.votes < 0)
        throw ProjectError(QStringLiteral("a note cannot have fewer than 0 votes"));
}

} // namespace

NoteRepository::NoteRepository(project::Project& project)
    : m_project(project)
    , m_notifier(WorkshopNotifier::of(project))
{}

Note NoteRepository::file(qint64 workshopId, const NoteData& data)
{
    return file(workshopId, data, QDateTime::currentMSecsSinceEpoch());
}

Note NoteRepository::file(qint64 workshopId, const NoteData& data, qint64 createdMs)
{
    m_project.requireWritable();
    checkData(data);
    store::Database& db = m_project.database();
    Note note;
    note.workshopId = workshopId;
    note.data = data;
    note.tags = extractTags(data.text);
    note.createdMs = createdMs;
    note.updatedMs = createdMs;
    {
        DurableTransaction transaction(db);
        store::Statement& next =
            db.cached("SELECT coalesce(max(position), 0) + 1 FROM workshop_notes WHERE workshop_id = ?1");
        next.bind(1, workshopId);
        next.step();
        note.position = next.int64(0);
        next.reset();
        rows::insertNote(db, note);
        note.id = db.lastInsertRowId();
        transaction.commit();
    }
    emit m_notifier.notesAdded(workshopId, {note.id});
    return note;
}

QList<NoteData> NoteRepository::update(const QList<qint64>& ids, const QList<NoteData>& values,
                                       NoteFieldMask mask)
{
    m_project.requireWritable();
    if (ids.size() != values.size())
        throw ProjectError(
            QStringLiteral("internal error: %1 notes but %2 values").arg(ids.size()).arg(values.size()));
    store::Database& db = m_project.database();
    QList<NoteData> previous;
    QList<Note> changed;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        DurableTransaction transaction(db);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            std::optional<Note> note = find(ids.at(i));
            if (!note)
                throw ProjectError(
                    QStringLiteral("the note was deleted in the meantime (note %1)").arg(ids.at(i)));
            previous.append(note->data);
            assignFields(note->data, values.at(i), mask);
            checkData(note->data);
            db.cached("UPDATE workshop_notes SET kind = ?2, text = ?3, tags = ?4, stakeholder_group = ?5,"
                      " theme_id = nullif(?6, 0), votes = ?7, agreed = ?8, updated_ms = ?9 WHERE id = ?1")
                .bind(1, note->id)
                .bind(2, toStorage(note->data.kind))
                .bind(3, note->data.text)
                .bind(4, extractTags(note->data.text).join(u' '))
                .bind(5, note->data.stakeholderGroup)
                .bind(6, note->data.themeId)
                .bind(7, note->data.votes)
                .bind(8, note->data.agreed ? 1 : 0)
                .bind(9, now)
                .run();
            if (mask & NoteField::Links)
                rows::writeNoteLinks(db, note->id, note->data.links);
            changed.append(*note);
        }
        transaction.commit();
    }
    const auto grouped = byWorkshop(changed);
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        emit m_notifier.notesChanged(it.key(), it.value(), mask);
    return previous;
}

NoteData NoteRepository::update(qint64 id, const NoteData& value, NoteFieldMask mask)
{
    return update(QList<qint64>{id}, QList<NoteData>{value}, mask).constFirst();
}

QList<Note> NoteRepository::remove(const QList<qint64>& ids)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    QList<Note> removed;
    {
        DurableTransaction transaction(db);
        removed = find(ids);
        for (const Note& note : std::as_const(removed))
            db.cached("DELETE FROM workshop_notes WHERE id = ?1").bind(1, note.id).run();
        transaction.commit();
    }
    const auto grouped = byWorkshop(removed);
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        emit m_notifier.notesRemoved(it.key(), it.value());
    return removed;
}

void NoteRepository::restore(const QList<Note>& notes)
{
    m_project.requireWritable();
    if (notes.isEmpty())
        return;
    store::Database& db = m_project.database();
    {
        DurableTransaction transaction(db);
        for (const Note& note : notes)
            rows::insertNote(db, note);
        transaction.commit();
    }
    const auto grouped = byWorkshop(notes);
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        emit m_notifier.notesAdded(it.key(), it.value());
}

void NoteRepository::swapPositions(qint64 first, qint64 second)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    qint64 workshopId = 0;
    {
        DurableTransaction transaction(db);
        const std::optional<Note> a = find(first);
        const std::optional<Note> b = find(second);
        if (!a || !b || a->workshopId != b->workshopId)
            throw ProjectError(QStringLiteral("cannot reorder: the notes were changed in the meantime"));
        workshopId = a->workshopId;
        store::Statement& move = db.cached("UPDATE workshop_notes SET position = ?2 WHERE id = ?1");
        move.bind(1, a->id).bind(2, b->position).run();
        move.reset();
        move.bind(1, b->id).bind(2, a->position).run();
        transaction.commit();
    }
    emit m_notifier.notesMoved(workshopId, {first, second});
}

std::optional<Note> NoteRepository::find(qint64 id)
{
    QList<Note> notes = query(JSNA_NOTE_SELECT "WHERE id = ?1", id);
    if (notes.isEmpty())
        return std::nullopt;
    return notes.takeFirst();
}

QList<Note> NoteRepository::find(const QList<qint64>& ids)
{
    QList<Note> notes;
    for (qint64 id : ids) {
        if (auto note = find(id))
            notes.append(*note);
    }
    std::sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) {
        return std::tie(a.workshopId, a.position, a.id) < std::tie(b.workshopId, b.position, b.id);
    });
    return notes;
}

QList<Note> NoteRepository::notesOf(qint64 workshopId)
{
    return rows::notesOfWorkshop(m_project.database(), workshopId);
}

qint64 NoteRepository::countOf(qint64 workshopId)
{
    store::Statement& statement =
        m_project.database().cached("SELECT count(*) FROM workshop_notes WHERE workshop_id = ?1");
    statement.bind(1, workshopId);
    statement.step();
    const qint64 count = statement.int64(0);
    statement.reset();
    return count;
}

QStringList NoteRepository::tagsOf(std::optional<qint64> workshopId)
{
    store::Statement& statement = m_project.database().cached(
        "SELECT DISTINCT tags FROM workshop_notes WHERE tags <> '' AND (?1 = 0 OR workshop_id = ?1)");
    statement.bind(1, workshopId.value_or(0));
    QSet<QString> tags;
    while (statement.step()) {
        for (const QString& tag : statement.text(0).split(u' ', Qt::SkipEmptyParts))
            tags.insert(tag);
    }
    statement.reset();
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList NoteRepository::stakeholderGroupsUsed(std::optional<qint64> workshopId)
{
    store::Statement& statement = m_project.database().cached(
        "SELECT stakeholder_group FROM workshop_notes WHERE stakeholder_group <> '' AND (?1 = 0 OR "
        "workshop_id = ?1)"
        " UNION SELECT stakeholder_group FROM workshop_participants WHERE stakeholder_group <> ''"
        " AND (?1 = 0 OR workshop_id = ?1)");
    statement.bind(1, workshopId.value_or(0));
    QStringList groups;
    while (statement.step())
        groups.append(statement.text(0));
    statement.reset();
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

QList<Note> NoteRepository::agreedConclusions(std::optional<qint64> workshopId)
{
    return query(JSNA_NOTE_SELECT "WHERE kind = 'conclusion' AND agreed = 1 AND (?1 = 0 OR workshop_id = ?1)"
                                  " ORDER BY workshop_id, position, id",
                 workshopId.value_or(0));
}

QList<Note> NoteRepository::query(const char* sql, qint64 argument)
{
    QList<Note> notes;
    {
        store::Statement statement = m_project.database().prepare(sql);
        statement.bind(1, argument);
        while (statement.step())
            notes.append(rows::readNote(statement));
    }
    rows::attachLinks(m_project.database(), notes);
    return notes;
}

} // namespace jsna::workshop
