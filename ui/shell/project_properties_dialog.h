// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jsna::project {
class Project;
}
namespace jsna::ui::commands {
class ProjectUndoStack;
}

namespace jsna::ui {

// Project > Properties: title, organisation, focus area and description. OK writes each changed
// value through the undoable commands façade (one undo step for the dialog).
class ProjectPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPropertiesDialog)

public:
    ProjectPropertiesDialog(project::Project& project, commands::ProjectUndoStack& stack,
                            QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QComboBox* areaCombo() const { return m_area; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }

    void accept() override;

private:
    project::Project& m_project;
    commands::ProjectUndoStack& m_stack;
    QLineEdit* m_title;
    QLineEdit* m_organisation;
    QComboBox* m_area;
    QPlainTextEdit* m_description;
};

} // namespace jsna::ui
