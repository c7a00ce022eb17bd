// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "ui/epidemiology/epi_view.h"

class QLabel;
class QPushButton;
class QTableView;

namespace jsna::ui::epidemiology {

class EvidenceModel;

// The project's evidence items: findings recorded from Stage 1 charts and tables with their exact
// selection. Findings are edited in place; Delete removes the selected items; both are undoable.
// "Show" asks the workspace to bring back the selection an item was recorded from.
class EvidencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    explicit EvidencePanel(EpiContext context, QWidget* parent = nullptr);

    EvidenceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* deleteButton() const { return m_delete; }
    void deleteSelected();

signals:
    void showRequested(const jsna::evidence::EvidenceData& selection);
    void errorOccurred(const QString& message);

private:
    void updateButtons();

    EpiContext m_context;
    EvidenceModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_show;
    QPushButton* m_delete;
};

} // namespace jsna::ui::epidemiology
