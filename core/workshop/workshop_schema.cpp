// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/workshop_schema.h"

#include "core/store/database.h"

namespace jsna::workshop {

void createEvidenceAndWorkshopTables(store::Database& db)
{
    db.exec(R"sql(
CREATE TABLE IF NOT EXISTS evidence_items (
    id           INTEGER PRIMARY KEY,
    finding      TEXT NOT NULL,                -- the finding in the user's words
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
    area_codes   TEXT NOT NULL DEFAULT '',     -- GSS codes separated by spaces
    period       TEXT NOT NULL DEFAULT '',
    breakdown    TEXT NOT NULL DEFAULT '',     -- category type, e.g. deprivation deciles; '' for none
    chart_kind   TEXT NOT NULL DEFAULT '',     -- funnel, spine, trend, inequality, ...
    created_ms   INTEGER NOT NULL,             -- milliseconds since the epoch, UTC
    updated_ms   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_items_by_indicator ON evidence_items(indicator_id);

CREATE TABLE IF NOT EXISTS workshops (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    held_on     TEXT NOT NULL DEFAULT '',      -- ISO 8601 date
    place       TEXT NOT NULL DEFAULT '',      -- venue, or platform when online
    online      INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    facilitator TEXT NOT NULL DEFAULT '',
    purpose     TEXT NOT NULL DEFAULT '',
    topic       TEXT NOT NULL DEFAULT ''       -- JSNA topic or chapter
);

CREATE TABLE IF NOT EXISTS workshop_evidence (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence_items(id) ON DELETE CASCADE,
    PRIMARY KEY (workshop_id, evidence_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS workshop_evidence_by_evidence ON workshop_evidence(evidence_id);

CREATE TABLE IF NOT EXISTS workshop_participants (
    id                INTEGER PRIMARY KEY,
    workshop_id       INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    stakeholder_group TEXT NOT NULL,
    organisation      TEXT NOT NULL DEFAULT '',
    name              TEXT NOT NULL DEFAULT '', -- optional
    consent           TEXT NOT NULL DEFAULT 'not-recorded'
                      CHECK (consent IN ('not-recorded', 'given', 'declined'))
);
CREATE INDEX IF NOT EXISTS workshop_participants_by_workshop ON workshop_participants(workshop_id);

CREATE TABLE IF NOT EXISTS workshop_themes (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    votes       INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)
);
CREATE INDEX IF NOT EXISTS workshop_themes_by_workshop ON workshop_themes(workshop_id, position);

CREATE TABLE IF NOT EXISTS workshop_notes (
    id                INTEGER PRIMARY KEY,
    workshop_id       INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,        -- order within the workshop
    kind              TEXT NOT NULL CHECK (kind IN ('observation', 'insight', 'question', 'idea', 'action',
                          'conclusion')),
    text              TEXT NOT NULL,
    tags              TEXT NOT NULL DEFAULT '', -- the #tags of the text, lower case, separated by spaces
    stakeholder_group TEXT NOT NULL DEFAULT '',
    theme_id          INTEGER REFERENCES workshop_themes(id) ON DELETE SET NULL,
    votes             INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    agreed            INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1)),
    created_ms        INTEGER NOT NULL,        -- milliseconds since the epoch, UTC
    updated_ms        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS workshop_notes_by_workshop ON workshop_notes(workshop_id, position);
CREATE INDEX IF NOT EXISTS workshop_notes_by_theme ON workshop_notes(theme_id);

-- What a note rests on: an evidence item or an indicator (exactly one of the two per row).
CREATE TABLE IF NOT EXISTS workshop_note_links (
    note_id      INTEGER NOT NULL REFERENCES workshop_notes(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    evidence_id  INTEGER REFERENCES evidence_items(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    CHECK ((evidence_id IS NULL) <> (indicator_id IS NULL)),
    PRIMARY KEY (note_id, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS workshop_note_links_by_evidence ON workshop_note_links(evidence_id);
CREATE INDEX IF NOT EXISTS workshop_note_links_by_indicator ON workshop_note_links(indicator_id);

-- Full-text index over the notes, kept in step with workshop_notes by the triggers below. Words are
-- searched in text (which holds the #tags too); tags, kind, stakeholder_group and workshop_id are
-- indexed as well so that every search filter narrows through the index, however many notes there
-- are (the exact test is still made in SQL). remove_diacritics 2: "Zoe" finds "Zoë".
CREATE VIRTUAL TABLE IF NOT EXISTS workshop_notes_fts USING fts5(
    text, tags, kind, stakeholder_group, workshop_id, content = 'workshop_notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER IF NOT EXISTS workshop_notes_fts_insert AFTER INSERT ON workshop_notes BEGIN
    INSERT INTO workshop_notes_fts(rowid, text, tags, kind, stakeholder_group, workshop_id)
        VALUES (new.id, new.text, new.tags, new.kind, new.stakeholder_group, new.workshop_id);
END;
CREATE TRIGGER IF NOT EXISTS workshop_notes_fts_delete AFTER DELETE ON workshop_notes BEGIN
    INSERT INTO workshop_notes_fts(workshop_notes_fts, rowid, text, tags, kind, stakeholder_group, workshop_id)
        VALUES ('delete', old.id, old.text, old.tags, old.kind, old.stakeholder_group, old.workshop_id);
END;
CREATE TRIGGER IF NOT EXISTS workshop_notes_fts_update
    AFTER UPDATE OF text, tags, kind, stakeholder_group, workshop_id ON workshop_notes
    WHEN old.text IS NOT new.text OR old.tags IS NOT new.tags OR old.kind IS NOT new.kind
        OR old.stakeholder_group IS NOT new.stakeholder_group OR old.workshop_id IS NOT new.workshop_id BEGIN
    INSERT INTO workshop_notes_fts(workshop_notes_fts, rowid, text, tags, kind, stakeholder_group, workshop_id)
        VALUES ('delete', old.id, old.text, old.tags, old.kind, old.stakeholder_group, old.workshop_id);
    INSERT INTO workshop_notes_fts(rowid, text, tags, kind, stakeholder_group, workshop_id)
        VALUES (new.id, new.text, new.tags, new.kind, new.stakeholder_group, new.workshop_id);
END;

-- Prioritisation criteria belong to the project; weights are editable.
CREATE TABLE IF NOT EXISTS priority_criteria (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight      REAL NOT NULL DEFAULT 1 CHECK (weight >= 0)
);

CREATE TABLE IF NOT EXISTS theme_scores (
    theme_id     INTEGER NOT NULL REFERENCES workshop_themes(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES priority_criteria(id) ON DELETE CASCADE,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (theme_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS theme_scores_by_criterion ON theme_scores(criterion_id);
)sql");

    // The Population Health Hub's prioritisation criteria, equally weighted, unless already seeded.
    if (db.scalarInt64("SELECT count(*) FROM priority_criteria") == 0) {
        db.exec(R"sql(
INSERT INTO priority_criteria(position, name, description, weight) VALUES
    (1, 'Scale of local impact', 'How many people are affected locally', 1),
    (2, 'Severity', 'How serious the consequences are for those affected', 1),
    (3, 'Improving or deteriorating', 'Whether the local trend is getting worse', 1),
    (4, 'Comparison with other areas', 'How the area compares with England and similar areas', 1),
    (5, 'Policy or commissioning priority', 'National or local policy, or commissioning intentions', 1),
    (6, 'Gap in knowledge, skills and capacity', 'What is not yet known or not yet in place', 1),
    (7, 'Timelines', 'Whether action is needed soon, or can follow other work', 1);
)sql");
    }
}

} // namespace jsna::workshop
