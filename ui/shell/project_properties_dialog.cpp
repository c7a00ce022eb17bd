// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/project_properties_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/foundation/project_error.h"
#include "core/geography/area.h"
#include "core/project/project.h"
#include "core/project/stage_overview.h"
#include "ui/commands/commands.h"
#include "ui/commands/project_undo_stack.h"

namespace jsna::ui {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kOrganisation = QStringLiteral("organisation");
const QString kDescription = QStringLiteral("description");
} // namespace

ProjectPropertiesDialog::ProjectPropertiesDialog(project::Project& project, commands::ProjectUndoStack& stack,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_stack(stack)
    , m_title(new QLineEdit(project.title(), this))
    , m_organisation(new QLineEdit(project.meta(kOrganisation), this))
    , m_area(new QComboBox(this))
    , m_description(new QPlainTextEdit(project.meta(kDescription), this))
{
    setWindowTitle(tr("Project Properties"));
    m_organisation->setPlaceholderText(tr("e.g. Public Health, Example Borough Council"));
    m_description->setPlaceholderText(
        tr("What this assessment covers, for whom, and when it was refreshed."));
    m_description->setTabChangesFocus(true);

    const QString key = QString::fromUtf16(project::kFocusAreaMetaKey);
    const QString chosen = project.meta(key);
    // With no explicit choice, say which area the project picks by itself.
    const project::FocusArea automatic =
        chosen.isEmpty() ? project::focusArea(project) : project::FocusArea{};
    m_area->addItem(automatic.isValid() ? tr("Automatic (%1)").arg(automatic.name) : tr("Automatic"),
                    QString());
    for (const project::FocusArea& area : project::focusAreaCandidates(project)) {
        m_area->addItem(
            QStringLiteral("%1 (%2, %3)").arg(area.name, area.code, geography::areaTypeLabel(area.type)),
            area.code);
    }
    m_area->setCurrentIndex(std::max(0, m_area->findData(chosen)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Focus area:"), m_area);
    form->addRow(tr("&Description:"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (project.isReadOnly()) {
        auto* note =
            new QLabel(tr("This project is open read-only, so its properties cannot be changed."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
        for (QWidget* field : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_organisation),
                               static_cast<QWidget*>(m_area), static_cast<QWidget*>(m_description)})
            field->setEnabled(false);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ProjectPropertiesDialog::accept()
{
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The project needs a title."));
        m_title->setFocus();
        return;
    }
    const QList<QPair<QString, QString>> values{
        {kTitle, title},
        {kOrganisation, m_organisation->text().trimmed()},
        {QString::fromUtf16(project::kFocusAreaMetaKey), m_area->currentData().toString()},
        {kDescription, m_description->toPlainText().trimmed()},
    };
    QList<QPair<QString, QString>> changes;
    for (const auto& [key, value] : values) {
        if (m_project.meta(key) != value)
            changes.append({key, value});
    }
    const bool macro = changes.size() > 1;
    if (macro)
        m_stack.beginMacro(tr("Change project properties"));
    try {
        for (const auto& [key, value] : changes)
            commands::setProjectMeta(m_project, m_stack, key, value);
    } catch (const ProjectError& error) {
        if (macro)
            m_stack.endMacro();
        QMessageBox::warning(this, windowTitle(),
                             tr("The properties could not be saved.\n\n%1").arg(error.describe()));
        return;
    }
    if (macro)
        m_stack.endMacro();
    QDialog::accept();
}

} // namespace jsna::ui
