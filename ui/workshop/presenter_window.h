// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QUndoStack;

namespace jsna::project {
class Project;
}

namespace jsna::ui::workshop {

class NoteListModel;
class ThemeModel;
class PresenterCanvas;

// A second top-level window for the projector: the workshop's latest notes (newest first) or its
// themes with their votes, in large type, updating live as notes are filed. T switches what it
// shows, D the dark high-contrast palette, Ctrl+plus/minus the type size, F11 full screen.
class PresenterWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterWindow)

public:
    enum class Mode
    {
        LatestNotes,
        Themes,
    };

    PresenterWindow(project::Project& project, QUndoStack& stack, QWidget* parent = nullptr);

    void setWorkshop(qint64 workshopId);
    void setMode(Mode mode);
    Mode mode() const;
    void setDarkHighContrast(bool dark);
    bool isDarkHighContrast() const;
    void setTypeScale(double scale); // 1.0: the default large type
    PresenterCanvas* canvas() const { return m_canvas; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateTitle();

    project::Project& m_project;
    NoteListModel* m_notes;
    ThemeModel* m_themes;
    PresenterCanvas* m_canvas;
};

} // namespace jsna::ui::workshop
