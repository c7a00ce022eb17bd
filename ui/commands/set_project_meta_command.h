// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace jsna::project {
class Project;
}

namespace jsna::ui::commands {

class ProjectUndoStack;

// Changes one project_meta value. Created by the façade (commands.h) after its first write has
// succeeded, so the first redo() only records; later undo/redo write through Project::setMeta.
// Consecutive edits of the same key merge into one step. Include only from commands.cpp.
class SetProjectMetaCommand final : public QUndoCommand
{
public:
    SetProjectMetaCommand(project::Project& project, ProjectUndoStack& stack, QString key, QString oldValue,
                          QString newValue);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void write(const QString& value);

    project::Project& m_project;
    ProjectUndoStack& m_stack;
    QString m_key;
    QString m_oldValue;
    QString m_newValue;
    bool m_written = true; // the façade has already written m_newValue
};

} // namespace jsna::ui::commands
