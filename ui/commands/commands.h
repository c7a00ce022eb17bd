// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna::project {
class Project;
}

namespace jsna::ui::commands {

class ProjectUndoStack;

// The façade of undoable edits: views and dialogs call these, never a command class. Each writes
// through to the project first and pushes a command only when that write succeeded; a failed write
// throws ProjectError and leaves the history unchanged.

// Sets a project_meta value (title, description, organisation, area_code) as one undoable step;
// consecutive edits of the same key merge. Does nothing when the value is unchanged.
void setProjectMeta(project::Project& project, ProjectUndoStack& stack, const QString& key,
                    const QString& value);

// A readable name for a project_meta key, used in undo texts ("title" -> "project title").
QString metaKeyLabel(const QString& key);

} // namespace jsna::ui::commands
