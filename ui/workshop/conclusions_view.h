// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class NoteFilterProxy;
class NoteListModel;

// The workshop's conclusions: mark each as agreed by the room (Space) and tick the evidence items and
// indicators it rests on. Agreed conclusions, with their evidence, feed the report. Undoable.
class ConclusionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConclusionsView)

public:
    ConclusionsView(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    QListView* conclusionsView() const { return m_list; }
    QListWidget* evidenceList() const { return m_evidence; }
    void toggleAgreed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 currentNoteId() const;
    void showEvidenceFor();
    void evidenceToggled();
    void run(const std::function<void()>& edit);

    project::Project& m_project;
    QUndoStack& m_stack;
    NoteListModel* m_notes;
    NoteFilterProxy* m_filter;
    QListView* m_list;
    QListWidget* m_evidence;
    QPushButton* m_agree;
    QLabel* m_status;
    bool m_filling = false;
};

} // namespace jsna::ui::workshop
