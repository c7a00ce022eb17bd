// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "core/workshop/workshop.h"

namespace jsna::project {
class Project;
}

namespace jsna::workshop {

class WorkshopNotifier;

// Reads and writes workshop notes. Every write is one short durable transaction (synchronous=FULL)
// and is announced on the WorkshopNotifier after it commits. Write methods return what undo needs.
// Used on the thread that owns the project.
class NoteRepository
{
public:
    explicit NoteRepository(project::Project& project);

    // Files a new note at the end of the workshop. When this returns the note is in the file.
    Note file(qint64 workshopId, const NoteData& data);
    Note file(qint64 workshopId, const NoteData& data, qint64 createdMs);

    // Writes the fields in mask of each note (ids[i] gets values[i]); returns their previous values.
    QList<NoteData> update(const QList<qint64>& ids, const QList<NoteData>& values, NoteFieldMask mask);
    NoteData update(qint64 id, const NoteData& value, NoteFieldMask mask);

    // Deletes notes and returns them as they were, links and positions included (for restore()).
    QList<Note> remove(const QList<qint64>& ids);
    // Puts removed notes back with their ids, positions and times.
    void restore(const QList<Note>& notes);
    // Exchanges the positions of two notes of one workshop (reordering one step up or down).
    void swapPositions(qint64 first, qint64 second);

    std::optional<Note> find(qint64 id);
    QList<Note> find(const QList<qint64>& ids); // in position order; missing ids are left out
    QList<Note> notesOf(qint64 workshopId);     // in position order
    qint64 countOf(qint64 workshopId);
    QStringList tagsOf(std::optional<qint64> workshopId); // every tag used, sorted
    // The groups named in notes and participants (of one workshop, or all), sorted.
    QStringList stakeholderGroupsUsed(std::optional<qint64> workshopId = std::nullopt);
    // Agreed conclusions, with the evidence they rest on in their links; all workshops when nullopt.
    QList<Note> agreedConclusions(std::optional<qint64> workshopId);

private:
    QList<Note> query(const char* sql, qint64 argument);

    project::Project& m_project;
    WorkshopNotifier& m_notifier;
};

} // namespace jsna::workshop
