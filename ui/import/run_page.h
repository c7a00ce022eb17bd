// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include "ui/import/wizard_state.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace jsna::ui::import {

class ImportJob;
class Notice;
class Tile;

// Step 4: the import itself, on a worker thread with its own connection, in one transaction. Cancel
// rolls it back. When it ends the project's ChangeNotifier is told (on the GUI thread, after the
// commit) and the wizard moves on to the result.
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    RunPage(WizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    void cancel();

private:
    void finished();

    WizardState& m_state;
    ImportJob* m_job;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_done = false;
};

// Step 5: what was added, replaced, kept and rejected, and where the rejected rows were saved.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    ResultPage(WizardState& state, QWidget* parent = nullptr);
    void initializePage() override;
    QString noticeText() const;

private:
    WizardState& m_state;
    Tile* m_added;
    Tile* m_replaced;
    Tile* m_kept;
    Tile* m_rejected;
    Notice* m_notice;
    QLabel* m_details;
};

} // namespace jsna::ui::import
