// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/evidence/evidence_item.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::epidemiology {

// The façade of undoable evidence edits (Stage 1 findings): views call these, never the command
// classes. Each writes through first and pushes a command only when the write succeeded, so a failed
// write throws ProjectError and leaves the history unchanged. A later undo or redo that fails drops its
// command and is reported through the stack's commandFailed(QString) signal when the stack has one
// (ui/commands' ProjectUndoStack does), else logged.

// Adds an item; returns its id. "Add evidence" on the undo stack.
qint64 addEvidence(project::Project& project, QUndoStack& stack, const evidence::EvidenceData& data);
// Changes an item's fields; consecutive edits of the same item merge. Does nothing when unchanged.
void editEvidence(project::Project& project, QUndoStack& stack, qint64 id, const evidence::EvidenceData& data);
// Deletes items (with their links from workshop notes, restored on undo) as one step.
void removeEvidence(project::Project& project, QUndoStack& stack, const QList<qint64>& ids);

} // namespace jsna::ui::epidemiology
