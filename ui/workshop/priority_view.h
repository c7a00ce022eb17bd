// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QWidget>

class QLabel;
class QTableView;
class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class CriteriaModel;
class PriorityModel;

// Prioritisation: each theme scored 0 to 5 against the project's weighted criteria (type a digit in
// a cell; Delete clears), with the ranking and weighted scores beside it. Criteria and their weights
// are edited below and belong to the project (defaults: the Population Health Hub's list).
class PriorityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorityView)

public:
    PriorityView(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    QTableView* scoresView() const { return m_scores; }
    QTableView* rankingView() const { return m_ranking; }
    QTableView* criteriaView() const { return m_criteriaView; }
    PriorityModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run(const std::function<void()>& edit);

    project::Project& m_project;
    QUndoStack& m_stack;
    PriorityModel* m_model;
    CriteriaModel* m_criteria;
    QTableView* m_scores;
    QTableView* m_ranking;
    QTableView* m_criteriaView;
    QLabel* m_status;
};

} // namespace jsna::ui::workshop
