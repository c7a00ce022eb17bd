// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/workshop_rows.h"

#include <QHash>

#include "core/store/database.h"
#include "core/workshop/note_input.h"

namespace jsna::workshop::rows {

namespace {

NoteLink readLink(const store::Statement& row, int firstColumn)
{
    if (const auto evidence = row.optionalInt64(firstColumn))
        return {NoteLink::Target::Evidence, *evidence};
    return {NoteLink::Target::Indicator, row.int64(firstColumn + 1)};
}

} // namespace

Note readNote(const store::Statement& row)
{
    Note note;
    note.id = row.int64(0);
    note.workshopId = row.int64(1);
    note.position = row.int64(2);
    note.data.kind = noteKindFromStorage(row.text(3));
    note.data.text = row.text(4);
    const QString tags = row.text(5);
    if (!tags.isEmpty())
        note.tags = tags.split(u' ', Qt::SkipEmptyParts);
    note.data.stakeholderGroup = row.text(6);
    note.data.themeId = row.optionalInt64(7).value_or(0);
    note.data.votes = static_cast<int>(row.int64(8));
    note.data.agreed = row.int64(9) != 0;
    note.createdMs = row.int64(10);
    note.updatedMs = row.int64(11);
    return note;
}

void insertNote(store::Database& db, const Note& note)
{
    db.cached("INSERT INTO workshop_notes(id, workshop_id, position, kind, text, tags, stakeholder_group,"
              " theme_id, votes, agreed, created_ms, updated_ms)"
              " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9, ?10, ?11, ?12)")
        .bind(1, note.id)
        .bind(2, note.workshopId)
        .bind(3, note.position)
        .bind(4, toStorage(note.data.kind))
        .bind(5, note.data.text)
        .bind(6, extractTags(note.data.text).join(u' '))
        .bind(7, note.data.stakeholderGroup)
        .bind(8, note.data.themeId)
        .bind(9, note.data.votes)
        .bind(10, note.data.agreed ? 1 : 0)
        .bind(11, note.createdMs)
        .bind(12, note.updatedMs)
        .run();
    writeNoteLinks(db, note.id != 0 ? note.id : db.lastInsertRowId(), note.data.links);
}

void writeNoteLinks(store::Database& db, qint64 noteId, const QList<NoteLink>& links)
{
    db.cached("DELETE FROM workshop_note_links WHERE note_id = ?1").bind(1, noteId).run();
    qint64 position = 0;
    for (const NoteLink& link : links) {
        const bool evidence = link.target == NoteLink::Target::Evidence;
        db.cached("INSERT INTO workshop_note_links(note_id, position, evidence_id, indicator_id)"
                  " VALUES (?1, ?2, ?3, ?4)")
            .bind(1, noteId)
            .bind(2, ++position)
            .bind(3, evidence ? std::optional<qint64>(link.id) : std::nullopt)
            .bind(4, evidence ? std::nullopt : std::optional<qint64>(link.id))
            .run();
    }
}

void attachLinks(store::Database& db, QList<Note>& notes)
{
    store::Statement& links = db.cached(
        "SELECT evidence_id, indicator_id FROM workshop_note_links WHERE note_id = ?1 ORDER BY position");
    for (Note& note : notes) {
        links.reset();
        links.bind(1, note.id);
        while (links.step())
            note.data.links.append(readLink(links, 0));
    }
    links.reset();
}

QList<Note> notesOfWorkshop(store::Database& db, qint64 workshopId)
{
    QList<Note> notes;
    QHash<qint64, qsizetype> rowOf;
    store::Statement& statement = db.cached(JSNA_NOTE_SELECT "WHERE workshop_id = ?1 ORDER BY position, id");
    statement.bind(1, workshopId);
    while (statement.step()) {
        notes.append(readNote(statement));
        rowOf.insert(notes.constLast().id, notes.size() - 1);
    }
    statement.reset();
    // One query for every link of the workshop, rather than one per note.
    store::Statement& links = db.cached(
        "SELECT l.note_id, l.evidence_id, l.indicator_id FROM workshop_note_links l"
        " JOIN workshop_notes n ON n.id = l.note_id WHERE n.workshop_id = ?1 ORDER BY l.note_id, l.position");
    links.bind(1, workshopId);
    while (links.step()) {
        const auto row = rowOf.constFind(links.int64(0));
        if (row != rowOf.cend())
            notes[*row].data.links.append(readLink(links, 1));
    }
    links.reset();
    return notes;
}

Theme readTheme(const store::Statement& row)
{
    Theme theme;
    theme.id = row.int64(0);
    theme.workshopId = row.int64(1);
    theme.position = row.int64(2);
    theme.data.title = row.text(3);
    theme.data.description = row.text(4);
    theme.data.votes = static_cast<int>(row.int64(5));
    return theme;
}

void insertTheme(store::Database& db, const Theme& theme)
{
    db.cached("INSERT INTO workshop_themes(id, workshop_id, position, title, description, votes)"
              " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6)")
        .bind(1, theme.id)
        .bind(2, theme.workshopId)
        .bind(3, theme.position)
        .bind(4, theme.data.title)
        .bind(5, theme.data.description)
        .bind(6, theme.data.votes)
        .run();
}

QList<Theme> themesOfWorkshop(store::Database& db, qint64 workshopId)
{
    QList<Theme> themes;
    store::Statement& statement = db.cached(JSNA_THEME_SELECT "WHERE workshop_id = ?1 ORDER BY position, id");
    statement.bind(1, workshopId);
    while (statement.step())
        themes.append(readTheme(statement));
    statement.reset();
    return themes;
}

void writeScore(store::Database& db, const ThemeScore& score)
{
    db.cached("INSERT INTO theme_scores(theme_id, criterion_id, score) VALUES (?1, ?2, ?3)"
              " ON CONFLICT(theme_id, criterion_id) DO UPDATE SET score = excluded.score")
        .bind(1, score.themeId)
        .bind(2, score.criterionId)
        .bind(3, score.score)
        .run();
}

QList<ThemeScore> scoresOfWorkshop(store::Database& db, qint64 workshopId)
{
    QList<ThemeScore> scores;
    store::Statement& statement = db.cached("SELECT s.theme_id, s.criterion_id, s.score FROM theme_scores s"
                                            " JOIN workshop_themes t ON t.id = s.theme_id WHERE "
                                            "t.workshop_id = ?1 ORDER BY s.theme_id, s.criterion_id");
    statement.bind(1, workshopId);
    while (statement.step())
        scores.append({statement.int64(0), statement.int64(1), static_cast<int>(statement.int64(2))});
    statement.reset();
    return scores;
}

} // namespace jsna::workshop::rows
