// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshop/workshop.h"
#include "ui/workshop/models/row_sync_model.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

// The themes of one workshop with how many notes each holds and their votes. Notes dropped on a
// theme (NoteListModel::kMimeType) are assigned to it; edits go to the command façade.
class ThemeModel final : public RowSyncModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeModel)

public:
    enum class Column
    {
        Title,
        Notes,
        Votes,
        Count
    };
    enum Role
    {
        ThemeIdRole = Qt::UserRole + 1,
    };

    ThemeModel(project::Project& project, QUndoStack& stack, QObject* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    qint64 themeIdAt(int row) const;
    int rowOf(qint64 themeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override
    {
        return Qt::MoveAction | Qt::LinkAction | Qt::CopyAction;
    }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    struct Row
    {
        jsna::workshop::Theme theme;
        int notes = 0;
        bool operator==(const Row&) const = default;
    };
    void refresh();
    int targetRow(int row, const QModelIndex& parent) const;

    project::Project& m_project;
    QUndoStack& m_stack;
    qint64 m_workshopId = 0;
    QList<Row> m_rows;
};

} // namespace jsna::ui::workshop
