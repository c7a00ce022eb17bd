// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include "ui/import/wizard_state.h"

class QLineEdit;

namespace jsna::ui::import {

class Notice;

// Step 1: choose the file. Reads its first rows at once, so a file that cannot be read as text is
// reported here, with the reason, before anything else is asked.
class FilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePage)

public:
    FilePage(WizardState& state, QWidget* parent = nullptr);

    void setFile(const QString& file);
    bool isComplete() const override;

private:
    void browse();
    void load();

    WizardState& m_state;
    QLineEdit* m_path;
    Notice* m_notice;
};

} // namespace jsna::ui::import
