// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshop/priority.h"
#include "ui/workshop/models/row_sync_model.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

// The project's prioritisation criteria, editable (name, weight, description) through the façade.
class CriteriaModel final : public RowSyncModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CriteriaModel)

public:
    enum class Column
    {
        Name,
        Weight,
        Description,
        Count
    };
    enum Role
    {
        CriterionIdRole = Qt::UserRole + 1,
    };

    CriteriaModel(project::Project& project, QUndoStack& stack, QObject* parent = nullptr);

    qint64 criterionIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void refresh();

    project::Project& m_project;
    QUndoStack& m_stack;
    QList<jsna::workshop::Criterion> m_rows;
};

} // namespace jsna::ui::workshop
