// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "ui/epidemiology/epi_view.h"

class QDialogButtonBox;
class QPlainTextEdit;

namespace jsna::ui::epidemiology {

// Asks for a finding in the user's words, showing the exact selection it will be stored with.
class AddEvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddEvidenceDialog)

public:
    AddEvidenceDialog(const EvidenceDraft& draft, jsna::epidemiology::EpidemiologyData& epi, QWidget* parent = nullptr);

    QPlainTextEdit* findingEdit() const { return m_finding; }
    void accept() override;

signals:
    void findingAccepted(const QString& finding);

private:
    QPlainTextEdit* m_finding;
    QDialogButtonBox* m_buttons;
};

} // namespace jsna::ui::epidemiology
