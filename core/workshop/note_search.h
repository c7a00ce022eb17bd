// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/workshop/workshop.h"

namespace jsna::project {
class Project;
}

namespace jsna::workshop {

// A search over the notes of all workshops: words typed by the user plus filters.
struct NoteQuery
{
    QString text;          // the user's words; empty: filters only
    qint64 workshopId = 0; // 0: every workshop
    std::optional<NoteKind> kind;
    QString tag;              // without '#'; empty: any
    QString stakeholderGroup; // empty: any
    int limit = 200;
};

struct NoteHit
{
    qint64 noteId = 0;
    qint64 workshopId = 0;
    QString workshopTitle;
    NoteKind kind = NoteKind::Observation;
    QString stakeholderGroup;
    qint64 createdMs = 0;
    // The note's text (shortened around the matches when long) as HTML: the text is escaped and
    // each match is wrapped in <mark>...</mark>.
    QString html;
};

// The FTS5 MATCH expression for what the user typed (NoteSearch confines it to the text and tags
// columns): each word becomes a quoted phrase (quotes
// doubled), so no character the user types is read as query syntax; words are ANDed and the last
// is a prefix while the user is still typing it. Empty when nothing searchable was typed.
QString buildMatchExpression(const QString& userText);

// Full-text search (SQLite FTS5) across every workshop's notes, newest first (fast however many
// notes match; notes are short, so recency orders them better than term statistics would).
class NoteSearch
{
public:
    explicit NoteSearch(project::Project& project);

    QList<NoteHit> search(const NoteQuery& query);

private:
    project::Project& m_project;
};

} // namespace jsna::workshop
