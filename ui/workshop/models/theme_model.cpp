// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/theme_model.h"

#include <QMimeData>

#include "core/foundation/project_error.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/models/note_list_model.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

ThemeModel::ThemeModel(project::Project& project, QUndoStack& stack, QObject* parent)
    : RowSyncModel(parent)
    , m_project(project)
    , m_stack(stack)
{
    WorkshopNotifier& notifier = WorkshopNotifier::of(project);
    auto refreshFor = [this](qint64 workshopId) {
        if (workshopId == m_workshopId)
            refresh();
    };
    connect(&notifier, &WorkshopNotifier::themesChanged, this, refreshFor);
    connect(&notifier, &WorkshopNotifier::notesAdded, this, refreshFor);
    connect(&notifier, &WorkshopNotifier::notesRemoved, this, refreshFor);
    connect(&notifier, &WorkshopNotifier::notesChanged, this,
            [this](qint64 workshopId, const QList<qint64>&, NoteFieldMask fields) {
                if (workshopId == m_workshopId && (fields & NoteField::Theme))
                    refresh();
            });
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, [this] { refresh(); });
}

void ThemeModel::setWorkshop(qint64 workshopId)
{
    beginResetModel();
    m_workshopId = workshopId;
    m_rows.clear();
    endResetModel();
    refresh();
}

void ThemeModel::refresh()
{
    QList<Row> fresh;
    if (m_workshopId != 0) {
        ThemeRepository themes(m_project);
        const QHash<qint64, int> counts = themes.noteCounts(m_workshopId);
        for (const Theme& theme : themes.themesOf(m_workshopId))
            fresh.append({theme, counts.value(theme.id)});
    }
    syncRows(m_rows, fresh, [](const Row& row) { return row.theme.id; });
}

qint64 ThemeModel::themeIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).theme.id : 0;
}

int ThemeModel::rowOf(qint64 themeId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).theme.id == themeId)
            return int(row);
    return -1;
}

int ThemeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThemeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ThemeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == ThemeIdRole)
        return row.theme.id;
    if (role == Qt::ToolTipRole)
        return row.theme.data.description.isEmpty() ? row.theme.data.title : row.theme.data.description;
    if (role == Qt::TextAlignmentRole && index.column() != int(Column::Title))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Column::Title:
        return row.theme.data.title;
    case Column::Notes:
        return row.notes;
    case Column::Votes:
        return row.theme.data.votes;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ThemeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Title:
        return tr("Theme");
    case Column::Notes:
        return tr("Notes");
    case Column::Votes:
        return tr("Votes");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ThemeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    if (index.column() != int(Column::Notes))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ThemeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ThemeData data = m_rows.at(index.row()).theme.data;
    if (index.column() == int(Column::Title))
        data.title = value.toString().trimmed();
    else if (index.column() == int(Column::Votes))
        data.votes = std::max(0, value.toInt());
    else
        return false;
    if (data.title.isEmpty())
        return false;
    try {
        commands::editTheme(m_project, m_stack, m_rows.at(index.row()).theme.id, data);
        return true;
    } catch (const ProjectError& error) {
        emit WorkshopNotifier::of(m_project).writeFailed(error.message());
        return false;
    }
}

QStringList ThemeModel::mimeTypes() const
{
    return {QString::fromLatin1(NoteListModel::kMimeType)};
}

int ThemeModel::targetRow(int row, const QModelIndex& parent) const
{
    // Dropped on an item: parent is that item. Dropped between items the view gives a row; only
    // drops onto a theme assign notes.
    if (parent.isValid() && parent.model() == this)
        return parent.row();
    Q_UNUSED(row);
    return -1;
}

bool ThemeModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                 const QModelIndex& parent) const
{
    return data && data->hasFormat(QString::fromLatin1(NoteListModel::kMimeType)) &&
           targetRow(row, parent) >= 0;
}

bool ThemeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                              const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = NoteListModel::idsFromMime(data);
    if (ids.isEmpty())
        return false;
    try {
        commands::setNotesTheme(m_project, m_stack, ids, m_rows.at(targetRow(row, parent)).theme.id);
    } catch (const ProjectError& error) {
        emit WorkshopNotifier::of(m_project).writeFailed(error.message());
        return false;
    }
    return true; // a copy or link drop: the source keeps its rows
}

} // namespace jsna::ui::workshop
