// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include "ui/import/wizard_state.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace jsna::ui::import {

class ImportJob;
class Notice;
class Tile;

// Step 3: every row is validated in a dry run on a worker thread (nothing is written), then the page
// lists what would be added and replaced and every rejected row with its line, column and reason.
// With rejected rows the user either goes back and fixes the file or chooses to skip them.
class CheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)

public:
    CheckPage(WizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const;
    void setSkipBadRows(bool skip);
    QTableWidget* rejectedTable() const { return m_rejected; }

private:
    void startCheck();
    void showOutcome();
    QString rejectsPath() const;

    WizardState& m_state;
    ImportJob* m_job;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    Tile* m_read;
    Tile* m_add;
    Tile* m_replace;
    Tile* m_bad;
    Notice* m_notice;
    QTableWidget* m_rejected;
    QLabel* m_notes;
    QCheckBox* m_skip;
};

} // namespace jsna::ui::import
