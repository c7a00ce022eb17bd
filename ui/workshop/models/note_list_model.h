// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "core/workshop/workshop.h"

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

// The notes of one workshop in their order, kept current from the WorkshopNotifier: filing a note
// inserts one row, an edit changes one row, so views keep selection and scroll position. Edits
// through setData() go to the command façade (undoable). Drags carry note ids (kMimeType).
class NoteListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteListModel)

public:
    enum class Column
    {
        Time,
        Kind,
        Text,
        Group,
        Tags,
        Theme,
        Votes,
        Count
    };
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        KindRole, // int(NoteKind)
        TextRole,
        GroupRole,
        TagsRole, // QStringList
        LinkCountRole,
        ThemeIdRole,
        ThemeTitleRole,
        VotesRole,
        AgreedRole,
        CreatedRole, // QDateTime
    };
    static constexpr const char* kMimeType = "application/x-jsna-note-ids";

    NoteListModel(project::Project& project, QUndoStack& stack, QObject* parent = nullptr);

    void setWorkshop(qint64 workshopId); // 0: none
    qint64 workshopId() const { return m_workshopId; }
    const QList<jsna::workshop::Note>& notes() const { return m_notes; }
    int rowOf(qint64 noteId) const; // -1 when not in the model
    qint64 noteIdAt(int row) const;
    // Text edits after this call merge into one undo step until the next call (one editing session).
    void beginEditBurst() { ++m_burst; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::LinkAction; }

    static QList<qint64> idsFromMime(const QMimeData* mime);

private:
    void onNotesAdded(qint64 workshopId, const QList<qint64>& ids);
    void onNotesChanged(qint64 workshopId, const QList<qint64>& ids, jsna::workshop::NoteFieldMask fields);
    void onNotesRemoved(qint64 workshopId, const QList<qint64>& ids);
    void onNotesMoved(qint64 workshopId, const QList<qint64>& ids);
    void reloadThemeTitles();

    project::Project& m_project;
    QUndoStack& m_stack;
    qint64 m_workshopId = 0;
    bool m_workshopExists = false;
    QList<jsna::workshop::Note> m_notes; // in position order
    QHash<qint64, QString> m_themeTitles;
    quint64 m_burst = 1;
};

} // namespace jsna::ui::workshop
