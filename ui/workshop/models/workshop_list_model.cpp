// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/workshop_list_model.h"

#include <QLocale>

#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

WorkshopListModel::WorkshopListModel(project::Project& project, QObject* parent)
    : RowSyncModel(parent)
    , m_project(project)
{
    WorkshopNotifier& notifier = WorkshopNotifier::of(project);
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, &WorkshopListModel::refresh);
    connect(&notifier, &WorkshopNotifier::workshopChanged, this, &WorkshopListModel::refresh);
    refresh();
}

void WorkshopListModel::refresh()
{
    syncRows(m_rows, WorkshopRepository(m_project).all(), [](const Workshop& w) { return w.id; });
}

qint64 WorkshopListModel::workshopIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int WorkshopListModel::rowOf(qint64 workshopId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == workshopId)
            return int(row);
    return -1;
}

int WorkshopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkshopListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant WorkshopListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Workshop& workshop = m_rows.at(index.row());
    if (role == WorkshopIdRole)
        return workshop.id;
    if (role == Qt::ToolTipRole)
        return workshop.data.purpose.isEmpty() ? workshop.data.title : workshop.data.purpose;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Column::Title:
        return workshop.data.title;
    case Column::Date:
        return workshop.data.date.isValid() ? QLocale().toString(workshop.data.date, QLocale::ShortFormat)
                                            : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant WorkshopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return Column(section) == Column::Title ? tr("Workshop") : tr("Date");
}

} // namespace jsna::ui::workshop
