// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/evidence/evidence_item.h"

class QUndoStack;

namespace jsna::project {
class Project;
}
namespace jsna::epidemiology {
class EpidemiologyData;
}

namespace jsna::ui::epidemiology {

// The project's evidence items (Stage 1 findings), most recently changed first. Editing the finding
// goes through the undoable façade; the model follows the EvidenceNotifier, updating only the rows
// an add, edit or delete (or its undo) touched.
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceModel)

public:
    enum class Column
    {
        Finding,
        Indicator,
        Areas,
        Period,
        Breakdown,
        Chart,
        Updated,
        ColumnCount,
    };
    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
    };

    EvidenceModel(project::Project& project, QUndoStack& stack, jsna::epidemiology::EpidemiologyData& data,
                  QObject* parent = nullptr);

    void reload();
    const evidence::EvidenceItem* item(const QModelIndex& index) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString& message);

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    QString areaNames(const QStringList& codes) const;

    project::Project& m_project;
    QUndoStack& m_stack;
    jsna::epidemiology::EpidemiologyData& m_data;
    QList<evidence::EvidenceItem> m_items;
};

} // namespace jsna::ui::epidemiology
