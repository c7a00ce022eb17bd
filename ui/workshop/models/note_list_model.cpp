// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/note_list_model.h"

#include <algorithm>

#include <QDateTime>
#include <QMimeData>

#include "core/foundation/project_error.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/commands/workshop_commands.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

namespace {

bool before(const Note& a, const Note& b)
{
    return std::tie(a.position, a.id) < std::tie(b.position, b.id);
}

} // namespace

NoteListModel::NoteListModel(project::Project& project, QUndoStack& stack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_stack(stack)
{
    WorkshopNotifier& notifier = WorkshopNotifier::of(project);
    connect(&notifier, &WorkshopNotifier::notesAdded, this, &NoteListModel::onNotesAdded);
    connect(&notifier, &WorkshopNotifier::notesChanged, this, &NoteListModel::onNotesChanged);
    connect(&notifier, &WorkshopNotifier::notesRemoved, this, &NoteListModel::onNotesRemoved);
    connect(&notifier, &WorkshopNotifier::notesMoved, this, &NoteListModel::onNotesMoved);
    connect(&notifier, &WorkshopNotifier::themesChanged, this, [this](qint64 workshopId) {
        if (workshopId != m_workshopId || m_notes.isEmpty())
            return;
        reloadThemeTitles();
        emit dataChanged(index(0, int(Column::Theme)), index(rowCount() - 1, int(Column::Theme)));
    });
    // A deleted workshop empties the model; undoing the deletion fills it again.
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, [this] {
        if (m_workshopId != 0 &&
            WorkshopRepository(m_project).find(m_workshopId).has_value() != m_workshopExists)
            setWorkshop(m_workshopId);
    });
}

void NoteListModel::setWorkshop(qint64 workshopId)
{
    beginResetModel();
    m_workshopId = workshopId;
    m_workshopExists = workshopId != 0 && WorkshopRepository(m_project).find(workshopId).has_value();
    m_notes = workshopId != 0 ? NoteRepository(m_project).notesOf(workshopId) : QList<Note>();
    reloadThemeTitles();
    endResetModel();
}

int NoteListModel::rowOf(qint64 noteId) const
{
    for (qsizetype row = m_notes.size() - 1; row >= 0; --row) // recent notes are at the end
        if (m_notes.at(row).id == noteId)
            return int(row);
    return -1;
}

qint64 NoteListModel::noteIdAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? m_notes.at(row).id : 0;
}

int NoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Note& note = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return note.id;
    case KindRole:
        return int(note.data.kind);
    case TextRole:
        return note.data.text;
    case GroupRole:
        return note.data.stakeholderGroup;
    case TagsRole:
        return note.tags;
    case LinkCountRole:
        return int(note.data.links.size());
    case ThemeIdRole:
        return note.data.themeId;
    case ThemeTitleRole:
        return m_themeTitles.value(note.data.themeId);
    case VotesRole:
        return note.data.votes;
    case AgreedRole:
        return note.data.agreed;
    case CreatedRole:
        return note.created();
    case Qt::ToolTipRole:
        return note.data.text;
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Column::Time:
        return note.created().toString(QStringLiteral("HH:mm"));
    case Column::Kind:
        return role == Qt::EditRole ? QVariant(int(note.data.kind)) : QVariant(noteKindLabel(note.data.kind));
    case Column::Text:
        return note.data.text;
    case Column::Group:
        return note.data.stakeholderGroup;
    case Column::Tags: {
        QStringList tags;
        for (const QString& tag : note.tags)
            tags << u'#' + tag;
        return tags.join(u' ');
    }
    case Column::Theme:
        return m_themeTitles.value(note.data.themeId);
    case Column::Votes:
        return note.data.votes;
    case Column::Count:
        break;
    }
    return {};
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Kind:
        return tr("Kind");
    case Column::Text:
        return tr("Note");
    case Column::Group:
        return tr("Said by");
    case Column::Tags:
        return tr("Tags");
    case Column::Theme:
        return tr("Theme");
    case Column::Votes:
        return tr("Votes");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags NoteListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    switch (Column(index.column())) {
    case Column::Kind:
    case Column::Text:
    case Column::Group:
    case Column::Votes:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

bool NoteListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Note note = m_notes.at(index.row());
    try {
        switch (Column(index.column())) {
        case Column::Text: {
            const QString text = value.toString().trimmed();
            if (text.isEmpty())
                return false; // deleting a note is explicit (Delete), not an empty edit
            commands::editNoteText(m_project, m_stack, note.id, text, m_burst);
            return true;
        }
        case Column::Kind: {
            const int kind = value.toInt();
            if (kind < 0 || kind >= kNoteKindCount)
                return false;
            commands::setNotesKind(m_project, m_stack, {note.id}, NoteKind(kind));
            return true;
        }
        case Column::Group:
            commands::setNotesGroup(m_project, m_stack, {note.id}, value.toString().trimmed());
            return true;
        case Column::Votes: {
            NoteData data = note.data;
            data.votes = std::max(0, value.toInt());
            commands::editNotes(m_project, m_stack, {note.id}, {data}, NoteField::Votes, tr("Change votes"));
            return true;
        }
        default:
            return false;
        }
    } catch (const ProjectError& error) {
        emit WorkshopNotifier::of(m_project).writeFailed(error.message());
        return false;
    }
}

QStringList NoteListModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* NoteListModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const qint64 id = noteIdAt(index.row());
        if (id != 0 && !ids.contains(id))
            ids << id;
    }
    QByteArray encoded;
    for (qint64 id : ids)
        encoded += QByteArray::number(id) + ' ';
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), encoded.trimmed());
    return mime;
}

QList<qint64> NoteListModel::idsFromMime(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime)
        return ids;
    for (const QByteArray& part : mime->data(QString::fromLatin1(kMimeType)).split(' ')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids << id;
    }
    return ids;
}

void NoteListModel::onNotesAdded(qint64 workshopId, const QList<qint64>& ids)
{
    if (workshopId != m_workshopId)
        return;
    for (const Note& note : NoteRepository(m_project).find(ids)) {
        if (rowOf(note.id) >= 0)
            continue;
        const auto at = std::upper_bound(m_notes.cbegin(), m_notes.cend(), note, before);
        const int row = int(at - m_notes.cbegin());
        beginInsertRows({}, row, row);
        m_notes.insert(row, note);
        endInsertRows();
    }
}

void NoteListModel::onNotesChanged(qint64 workshopId, const QList<qint64>& ids, NoteFieldMask)
{
    if (workshopId != m_workshopId)
        return;
    for (const Note& note : NoteRepository(m_project).find(ids)) {
        const int row = rowOf(note.id);
        if (row < 0)
            continue;
        m_notes[row] = note;
        emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    }
}

void NoteListModel::onNotesRemoved(qint64 workshopId, const QList<qint64>& ids)
{
    if (workshopId != m_workshopId)
        return;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_notes.removeAt(row);
        endRemoveRows();
    }
}

void NoteListModel::onNotesMoved(qint64 workshopId, const QList<qint64>& ids)
{
    if (workshopId != m_workshopId)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    for (const Note& note : NoteRepository(m_project).find(ids)) {
        const int row = rowOf(note.id);
        if (row >= 0)
            m_notes[row] = note;
    }
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex& index : persistent)
        persistentIds << noteIdAt(index.row());
    std::stable_sort(m_notes.begin(), m_notes.end(), before);
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved << index(rowOf(persistentIds.at(i)), persistent.at(i).column());
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NoteListModel::reloadThemeTitles()
{
    m_themeTitles.clear();
    if (m_workshopId == 0)
        return;
    for (const Theme& theme : ThemeRepository(m_project).themesOf(m_workshopId))
        m_themeTitles.insert(theme.id, theme.data.title);
}

} // namespace jsna::ui::workshop
