// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/import_wizard.h"

#include <QMessageBox>
#include <QTimer>

#include "core/project/project.h"
#include "ui/import/check_page.h"
#include "ui/import/file_page.h"
#include "ui/import/format_page.h"
#include "ui/import/mapping_page.h"
#include "ui/import/run_page.h"
#include "ui/import/wizard_state.h"
#include "ui/import/wizard_widgets.h"

namespace jsna::ui::import {

ImportWizard::ImportWizard(project::Project& project, QWidget* parent, const QString& initialFile)
    : QWizard(parent)
    , m_state(std::make_unique<WizardState>())
{
    m_state->project = &project;
    m_filePage = new FilePage(*m_state, this);
    m_formatPage = new FormatPage(*m_state, MappingPageId, CheckPageId, this);
    m_mappingPage = new MappingPage(*m_state, this);
    m_checkPage = new CheckPage(*m_state, this);
    m_runPage = new RunPage(*m_state, this);
    m_resultPage = new ResultPage(*m_state, this);
    setPage(FilePageId, m_filePage);
    setPage(FormatPageId, m_formatPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);

    setWindowTitle(tr("Import Data \u2014 %1").arg(project.title()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setTitleFormat(Qt::RichText);
    setMinimumSize(900, 620);
    m_steps = new StepList({tr("Choose a file"), tr("Preview"), tr("Match columns"), tr("Check the rows"),
                            tr("Import"), tr("Result")},
                           this);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Page ids are the step numbers; the mapping step is skipped for known formats.
        const bool generic = m_state->options.format == io::ImportFormat::Generic ||
                             (id <= FormatPageId && !(m_state->preview && m_state->preview->detected));
        m_steps->setCurrent(std::max(id, 0), generic ? QList<int>{} : QList<int>{MappingPageId});
    });
    if (!initialFile.isEmpty())
        m_filePage->setFile(initialFile);
}

ImportWizard::~ImportWizard()
{
    // The pages refer to m_state (and may react to focus changes while they go): remove them first.
    for (const int id : pageIds()) {
        QWizardPage* page = this->page(id);
        removePage(id);
        delete page;
    }
}

void ImportWizard::reject()
{
    // A running check or import is canceled (and rolled back); the job waits for its worker on exit.
    if (m_runPage->isRunning())
        m_runPage->cancel();
    QWizard::reject();
}

void runImportWizard(project::Project& project, QWidget* parent, const QString& initialFile)
{
    if (project.isReadOnly()) {
        QMessageBox::information(
            parent, ImportWizard::tr("Import Data"),
            ImportWizard::tr("This project was saved by a newer JSNA Workbench and is open "
                             "read-only, so nothing can be imported into it."));
        return;
    }
    ImportWizard wizard(project, parent, initialFile);
    if (wizard.filePage()->isComplete())
        QTimer::singleShot(0, &wizard, &QWizard::next);
    wizard.exec();
}

} // namespace jsna::ui::import
