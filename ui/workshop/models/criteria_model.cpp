// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/criteria_model.h"

#include "core/foundation/project_error.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "ui/workshop/commands/workshop_commands.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

CriteriaModel::CriteriaModel(project::Project& project, QUndoStack& stack, QObject* parent)
    : RowSyncModel(parent)
    , m_project(project)
    , m_stack(stack)
{
    connect(&WorkshopNotifier::of(project), &WorkshopNotifier::criteriaChanged, this,
            &CriteriaModel::refresh);
    refresh();
}

void CriteriaModel::refresh()
{
    syncRows(m_rows, PriorityRepository(m_project).criteria(), [](const Criterion& c) { return c.id; });
}

qint64 CriteriaModel::criterionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CriteriaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CriteriaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Criterion& criterion = m_rows.at(index.row());
    if (role == CriterionIdRole)
        return criterion.id;
    if (role == Qt::TextAlignmentRole && index.column() == int(Column::Weight))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Column::Name:
        return criterion.data.name;
    case Column::Weight:
        return role == Qt::EditRole ? QVariant(criterion.data.weight)
                                    : QVariant(QString::number(criterion.data.weight, 'g', 3));
    case Column::Description:
        return criterion.data.description;
    case Column::Count:
        break;
    }
    return {};
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Criterion");
    case Column::Weight:
        return tr("Weight");
    case Column::Description:
        return tr("What it asks");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CriterionData data = m_rows.at(index.row()).data;
    switch (Column(index.column())) {
    case Column::Name:
        data.name = value.toString().trimmed();
        if (data.name.isEmpty())
            return false;
        break;
    case Column::Weight: {
        bool ok = false;
        data.weight = value.toDouble(&ok);
        if (!ok || data.weight < 0)
            return false;
        break;
    }
    case Column::Description:
        data.description = value.toString().trimmed();
        break;
    case Column::Count:
        return false;
    }
    try {
        commands::editCriterion(m_project, m_stack, m_rows.at(index.row()).id, data);
        return true;
    } catch (const ProjectError& error) {
        emit WorkshopNotifier::of(m_project).writeFailed(error.message());
        return false;
    }
}

} // namespace jsna::ui::workshop
