// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/project_undo_stack.h"

namespace jsna::ui::commands {

ProjectUndoStack::ProjectUndoStack(QObject* parent)
    : QUndoStack(parent)
{}

void ProjectUndoStack::reportFailure(const QString& message)
{
    emit commandFailed(message);
}

} // namespace jsna::ui::commands
