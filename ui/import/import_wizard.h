// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWizard>

namespace jsna::project {
class Project;
}

namespace jsna::ui::import {

struct WizardState;
class FilePage;
class FormatPage;
class MappingPage;
class CheckPage;
class RunPage;
class ResultPage;
class StepList;

// The import wizard: choose a file -> what was found, with a preview -> match columns (generic files)
// -> check every row (a dry run listing rejected rows) -> import on a worker thread with progress and
// Cancel -> result. The project's ChangeNotifier hears of the new rows after the commit.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        FilePageId,
        FormatPageId,
        MappingPageId,
        CheckPageId,
        RunPageId,
        ResultPageId,
    };

    ImportWizard(project::Project& project, QWidget* parent = nullptr, const QString& initialFile = {});
    ~ImportWizard() override;

    const WizardState& state() const { return *m_state; }
    FilePage* filePage() const { return m_filePage; }
    FormatPage* formatPage() const { return m_formatPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    CheckPage* checkPage() const { return m_checkPage; }
    RunPage* runPage() const { return m_runPage; }
    ResultPage* resultPage() const { return m_resultPage; }

    void reject() override;

private:
    std::unique_ptr<WizardState> m_state;
    FilePage* m_filePage;
    FormatPage* m_formatPage;
    MappingPage* m_mappingPage;
    CheckPage* m_checkPage;
    RunPage* m_runPage;
    ResultPage* m_resultPage;
    StepList* m_steps;
};

// Runs the wizard modally on project; with initialFile (a file dropped on the main window) it opens
// on the file's preview.
void runImportWizard(project::Project& project, QWidget* parent, const QString& initialFile = {});

} // namespace jsna::ui::import
