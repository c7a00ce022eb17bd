// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/workshop/priority.h"
#include "ui/workshop/models/row_sync_model.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

// The themes of one workshop, in their own order, with rank, weighted score and votes, then one
// editable column per prioritisation criterion holding the theme's score (0 to 5; empty clears).
// Rank and score follow every score, weight and criterion change at once.
class PriorityModel final : public RowSyncModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriorityModel)

public:
    enum class Column
    {
        Rank,
        Theme,
        Score,
        Votes,
        FirstCriterion // one column per criterion from here
    };
    enum Role
    {
        ThemeIdRole = Qt::UserRole + 1,
        CriterionIdRole,
        ScoreFractionRole, // score / kMaxScore, for drawing bars
    };

    PriorityModel(project::Project& project, QUndoStack& stack, QObject* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    const QList<jsna::workshop::Criterion>& criteria() const { return m_criteria; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        jsna::workshop::Theme theme;
        jsna::workshop::RankedTheme ranked;
        QList<std::optional<int>> scores; // per criterion, in column order
        bool operator==(const Row&) const = default;
    };
    void refresh();
    void reloadAll();
    int criterionIndex(int column) const; // -1 when not a criterion column

    project::Project& m_project;
    QUndoStack& m_stack;
    qint64 m_workshopId = 0;
    QList<jsna::workshop::Criterion> m_criteria;
    QList<Row> m_rows;
};

} // namespace jsna::ui::workshop
