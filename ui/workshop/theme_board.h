// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QTableView;
class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class NoteFilterProxy;
class NoteListModel;
class ThemeModel;

// Making sense of the notes: group them into themes by dragging them onto a theme, or by selecting
// several and pressing A (assign to the current theme) or Ctrl+T (a new theme from them). Dot votes
// are entered with + and - on a theme or a note; F2 renames a theme, Delete removes it. Undoable.
class ThemeBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeBoard)

public:
    ThemeBoard(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    // Creates a theme holding the selected notes; the title comes from titleFor (a dialog by default).
    void newThemeFromSelection();
    void assignSelectionToCurrentTheme();
    void setTitlePrompt(std::function<QString()> prompt) { m_prompt = std::move(prompt); }

    QListView* notesView() const { return m_notesView; }
    QTableView* themesView() const { return m_themesView; }
    NoteFilterProxy* notesFilter() const { return m_filter; }
    ThemeModel* themes() const { return m_themes; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<qint64> selectedNoteIds() const;
    qint64 currentThemeId() const;
    void reloadFilterChoices();
    void run(const std::function<void()>& edit);

    project::Project& m_project;
    QUndoStack& m_stack;
    NoteListModel* m_notes;
    NoteFilterProxy* m_filter;
    ThemeModel* m_themes;
    QListView* m_notesView;
    QTableView* m_themesView;
    QComboBox* m_show;
    QLabel* m_status;
    std::function<QString()> m_prompt;
};

} // namespace jsna::ui::workshop
