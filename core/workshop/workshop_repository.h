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

// Everything a workshop holds, as it was when deleted, so that undo can put it all back.
struct WorkshopSnapshot
{
    Workshop workshop;
    QList<Participant> participants;
    QList<qint64> evidenceIds;
    QList<Theme> themes;
    QList<ThemeScore> scores;
    QList<Note> notes;
};

// Reads and writes workshops, their participants and the evidence items linked to them. Every write
// is one durable transaction, announced on the WorkshopNotifier after commit; writes return what
// undo needs. Used on the thread that owns the project.
class WorkshopRepository
{
public:
    explicit WorkshopRepository(project::Project& project);

    Workshop add(const WorkshopData& data);
    WorkshopData update(qint64 id, const WorkshopData& data); // returns the previous values
    WorkshopSnapshot remove(qint64 id);
    void restore(const WorkshopSnapshot& snapshot);

    std::optional<Workshop> find(qint64 id);
    QList<Workshop> all(); // most recent date first, then by title

    Participant addParticipant(qint64 workshopId, const ParticipantData& data);
    ParticipantData updateParticipant(qint64 id, const ParticipantData& data); // returns the previous values
    Participant removeParticipant(qint64 id);
    void restoreParticipant(const Participant& participant);
    QList<Participant> participantsOf(qint64 workshopId);
    std::optional<Participant> findParticipant(qint64 id);

    // Replaces the evidence items linked to a workshop; returns the previous list.
    QList<qint64> setEvidence(qint64 workshopId, const QList<qint64>& evidenceIds);
    QList<qint64> evidenceOf(qint64 workshopId);

private:
    void insertWorkshop(const Workshop& workshop);
    void insertParticipant(const Participant& participant);
    void writeEvidence(qint64 workshopId, const QList<qint64>& evidenceIds);

    project::Project& m_project;
    WorkshopNotifier& m_notifier;
};

} // namespace jsna::workshop
