// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/workshop/workshop.h"

namespace jsna::store {
class Database;
class Statement;
} // namespace jsna::store

// Row-level reads and writes shared by the workshop repositories: no transactions, no signals (the
// repositories add both). Internal to core/workshop.
namespace jsna::workshop::rows {

#define JSNA_NOTE_SELECT                                                                                     \
    "SELECT id, workshop_id, position, kind, text, tags, stakeholder_group, theme_id, votes, agreed,"        \
    " created_ms, updated_ms FROM workshop_notes "
#define JSNA_THEME_SELECT "SELECT id, workshop_id, position, title, description, votes FROM workshop_themes "

Note readNote(const store::Statement& row);             // columns of JSNA_NOTE_SELECT
void insertNote(store::Database& db, const Note& note); // id 0: a new id; links are written too
void writeNoteLinks(store::Database& db, qint64 noteId, const QList<NoteLink>& links);
void attachLinks(store::Database& db, QList<Note>& notes);
QList<Note> notesOfWorkshop(store::Database& db, qint64 workshopId); // in position order, with links

Theme readTheme(const store::Statement& row); // columns of JSNA_THEME_SELECT
void insertTheme(store::Database& db, const Theme& theme);
QList<Theme> themesOfWorkshop(store::Database& db, qint64 workshopId);

void writeScore(store::Database& db, const ThemeScore& score);
QList<ThemeScore> scoresOfWorkshop(store::Database& db, qint64 workshopId);

} // namespace jsna::workshop::rows
