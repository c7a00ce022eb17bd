// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>

#include "core/workshop/workshop.h"

namespace jsna::project {
class Project;
}

namespace jsna::workshop {

class WorkshopNotifier;

// A theme as it was when deleted, with the notes that were in it and its scores.
struct RemovedTheme
{
    Theme theme;
    QList<qint64> noteIds;
    QList<ThemeScore> scores;
};

// Reads and writes the themes notes are grouped into. Durable writes, announced after commit;
// writes return what undo needs. Assigning notes to a theme is a note field (NoteRepository::update).
class ThemeRepository
{
public:
    explicit ThemeRepository(project::Project& project);

    Theme add(qint64 workshopId, const ThemeData& data); // at the end of the workshop's themes
    ThemeData update(qint64 id, const ThemeData& data);  // returns the previous values
    RemovedTheme remove(qint64 id);                      // its notes stay, out of any theme
    void restore(const RemovedTheme& removed);

    std::optional<Theme> find(qint64 id);
    QList<Theme> themesOf(qint64 workshopId);         // in position order
    QHash<qint64, int> noteCounts(qint64 workshopId); // theme id -> notes in it

private:
    project::Project& m_project;
    WorkshopNotifier& m_notifier;
};

} // namespace jsna::workshop
