// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_project_meta_command.h"

#include <utility>

#include <QCoreApplication>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "ui/commands/commands.h"
#include "ui/commands/project_undo_stack.h"

namespace jsna::ui::commands {

namespace {
constexpr int kSetProjectMetaId = 1001;
}

SetProjectMetaCommand::SetProjectMetaCommand(project::Project& project, ProjectUndoStack& stack, QString key,
                                             QString oldValue, QString newValue)
    : m_project(project)
    , m_stack(stack)
    , m_key(std::move(key))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
{
    setText(QCoreApplication::translate("jsna::ui::commands", "Change %1").arg(metaKeyLabel(m_key)));
}

void SetProjectMetaCommand::redo()
{
    if (m_written) { // pushed after the façade's write: nothing to do the first time
        m_written = false;
        return;
    }
    write(m_newValue);
}

void SetProjectMetaCommand::undo()
{
    write(m_oldValue);
}

void SetProjectMetaCommand::write(const QString& value)
{
    try {
        m_project.setMeta(m_key, value);
    } catch (const ProjectError& error) {
        // The file still holds the other value; drop this step so the history matches the file.
        setObsolete(true);
        m_stack.reportFailure(error.describe());
    }
}

int SetProjectMetaCommand::id() const
{
    return kSetProjectMetaId;
}

bool SetProjectMetaCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetProjectMetaCommand*>(other); // same id() means same type
    if (next->m_key != m_key || &next->m_project != &m_project)
        return false;
    m_newValue = next->m_newValue;
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace jsna::ui::commands
