// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshop/workshop.h"
#include "ui/workshop/models/row_sync_model.h"

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

// Every workshop of the project, most recent first, kept current from the WorkshopNotifier.
// Read-only: the details form edits a workshop through the façade.
class WorkshopListModel final : public RowSyncModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopListModel)

public:
    enum class Column
    {
        Title,
        Date,
        Count
    };
    enum Role
    {
        WorkshopIdRole = Qt::UserRole + 1,
    };

    explicit WorkshopListModel(project::Project& project, QObject* parent = nullptr);

    qint64 workshopIdAt(int row) const;
    int rowOf(qint64 workshopId) const;
    const QList<jsna::workshop::Workshop>& workshops() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    project::Project& m_project;
    QList<jsna::workshop::Workshop> m_rows;
};

} // namespace jsna::ui::workshop
