// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workshop/workshop.h"
#include "ui/workshop/models/row_sync_model.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

// Who took part in one workshop: stakeholder group, organisation, optional name and recorded consent.
// Editable through the façade; Consent takes int(Consent) as its edit value.
class ParticipantModel final : public RowSyncModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantModel)

public:
    enum class Column
    {
        Group,
        Organisation,
        Name,
        Consent,
        Count
    };
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1,
    };

    ParticipantModel(project::Project& project, QUndoStack& stack, QObject* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 participantIdAt(int row) const;

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
    qint64 m_workshopId = 0;
    QList<jsna::workshop::Participant> m_rows;
};

} // namespace jsna::ui::workshop
