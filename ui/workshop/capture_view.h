// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QWidget>

#include "core/workshop/workshop.h"

class QComboBox;
class QLabel;
class QListView;
class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class CaptureInput;
class KindBar;
class NoteListModel;

// Live capture, keyboard first. Type and press Enter: the note is filed (committed durably) with a
// timestamp. A prefix or Ctrl+1..6 sets its kind, #tags tag it, "@" or Ctrl+L links it, and the
// "Said by" box (Ctrl+G) attributes it. In the list: F2 edits, Delete deletes, Alt+Up/Down moves,
// +/- votes, Ctrl+1..6 changes the kind; Escape returns to the capture line. All undoable.
class CaptureView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureView)

public:
    CaptureView(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const;
    // Selects and shows these notes (from search, or an undo).
    void showNotes(const QList<qint64>& noteIds);
    // Fills the "@" completions from the project's evidence items and indicators.
    void reloadLinkTargets();

    NoteListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    CaptureInput* input() const { return m_input; }
    QComboBox* groupBox() const { return m_group; }
    jsna::workshop::NoteKind draftKind() const { return m_draftKind; }

signals:
    void noteFiled(qint64 noteId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fileNote();
    void setDraftKind(jsna::workshop::NoteKind kind);
    void applyKindShortcut(jsna::workshop::NoteKind kind);
    void previewKind();
    void reloadGroups();
    QList<qint64> selectedNoteIds() const;
    bool handleListKey(QKeyEvent* event);
    void showStatus(const QString& text, bool error = false);
    void run(const std::function<void()>& edit);

    project::Project& m_project;
    QUndoStack& m_stack;
    NoteListModel* m_model;
    QListView* m_list;
    CaptureInput* m_input;
    QComboBox* m_group;
    KindBar* m_kinds;
    QLabel* m_status;
    QLabel* m_empty;
    jsna::workshop::NoteKind m_draftKind = jsna::workshop::NoteKind::Observation;
    bool m_followLatest = true;
};

} // namespace jsna::ui::workshop
