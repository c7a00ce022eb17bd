// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/evidence/evidence_item.h"
#include "core/workshop/priority.h"
#include "core/workshop/workshop.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

// The façade of undoable workshop edits: views and models call these, never a command class. Each
// writes through to the project first (one durable transaction) and pushes a command only when that
// write succeeded; a failed write throws ProjectError and leaves the history unchanged. Edits that
// would change nothing push nothing.
namespace jsna::ui::workshop::commands {

using jsna::workshop::NoteData;
using jsna::workshop::NoteFieldMask;
using jsna::workshop::NoteKind;
using jsna::workshop::NoteLink;

// Notes
jsna::workshop::Note fileNote(project::Project& project, QUndoStack& stack, qint64 workshopId,
                              const NoteData& data);
// Writes the fields in mask of each note; ids[i] gets values[i]. burst != 0 merges consecutive edits
// of the same notes and fields with the same burst into one undo step (a typing burst, a run of votes).
void editNotes(project::Project& project, QUndoStack& stack, const QList<qint64>& ids,
               const QList<NoteData>& values, NoteFieldMask mask, const QString& undoText, quint64 burst = 0);
void editNoteText(project::Project& project, QUndoStack& stack, qint64 id, const QString& text,
                  quint64 burst);
void setNotesKind(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, NoteKind kind);
void setNotesGroup(project::Project& project, QUndoStack& stack, const QList<qint64>& ids,
                   const QString& group);
void setNotesTheme(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, qint64 themeId);
void setNotesAgreed(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, bool agreed);
void setNoteLinks(project::Project& project, QUndoStack& stack, qint64 id, const QList<NoteLink>& links);
// Adds delta to each note's votes (never below 0); consecutive vote changes on the same notes merge.
void changeNoteVotes(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, int delta);
void removeNotes(project::Project& project, QUndoStack& stack, const QList<qint64>& ids);
// Moves a note one place up (-1) or down (+1) in its workshop; false when it is already at that end.
bool moveNote(project::Project& project, QUndoStack& stack, qint64 id, int direction);

// Themes
jsna::workshop::Theme addTheme(project::Project& project, QUndoStack& stack, qint64 workshopId,
                               const jsna::workshop::ThemeData& data);
// A new theme holding the given notes, as one undo step.
jsna::workshop::Theme addThemeWithNotes(project::Project& project, QUndoStack& stack, qint64 workshopId,
                                        const QString& title, const QList<qint64>& noteIds);
void editTheme(project::Project& project, QUndoStack& stack, qint64 id,
               const jsna::workshop::ThemeData& data);
void changeThemeVotes(project::Project& project, QUndoStack& stack, qint64 id, int delta);
void removeTheme(project::Project& project, QUndoStack& stack, qint64 id);

// Workshops, participants and the evidence they discuss
jsna::workshop::Workshop addWorkshop(project::Project& project, QUndoStack& stack,
                                     const jsna::workshop::WorkshopData& data);
void editWorkshop(project::Project& project, QUndoStack& stack, qint64 id,
                  const jsna::workshop::WorkshopData& data);
void removeWorkshop(project::Project& project, QUndoStack& stack, qint64 id);
void setWorkshopEvidence(project::Project& project, QUndoStack& stack, qint64 workshopId,
                         const QList<qint64>& evidenceIds);
jsna::workshop::Participant addParticipant(project::Project& project, QUndoStack& stack, qint64 workshopId,
                                           const jsna::workshop::ParticipantData& data);
void editParticipant(project::Project& project, QUndoStack& stack, qint64 id,
                     const jsna::workshop::ParticipantData& data);
void removeParticipant(project::Project& project, QUndoStack& stack, qint64 id);

// Prioritisation
jsna::workshop::Criterion addCriterion(project::Project& project, QUndoStack& stack,
                                       const jsna::workshop::CriterionData& data);
void editCriterion(project::Project& project, QUndoStack& stack, qint64 id,
                   const jsna::workshop::CriterionData& data);
void removeCriterion(project::Project& project, QUndoStack& stack, qint64 id);
void setScore(project::Project& project, QUndoStack& stack, qint64 themeId, qint64 criterionId,
              std::optional<int> score);

// Evidence items
evidence::EvidenceItem addEvidence(project::Project& project, QUndoStack& stack,
                                   const evidence::EvidenceData& data);
void editEvidence(project::Project& project, QUndoStack& stack, qint64 id,
                  const evidence::EvidenceData& data);
void removeEvidence(project::Project& project, QUndoStack& stack, qint64 id);

} // namespace jsna::ui::workshop::commands
