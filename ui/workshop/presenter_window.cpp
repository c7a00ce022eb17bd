// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/presenter_window.h"

#include <QKeyEvent>
#include <QVBoxLayout>

#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/models/theme_model.h"
#include "ui/workshop/presenter_canvas.h"

namespace jsna::ui::workshop {

PresenterWindow::PresenterWindow(project::Project& project, QUndoStack& stack, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_project(project)
    , m_notes(new NoteListModel(project, stack, this))
    , m_themes(new ThemeModel(project, stack, this))
    , m_canvas(new PresenterCanvas(m_notes, m_themes, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    resize(1280, 720);
    setMinimumSize(480, 270);
    m_canvas->setToolTip(
        tr("T: notes or themes   D: dark high contrast   Ctrl+plus/minus: type size   F11: full screen"));
    auto& notifier = jsna::workshop::WorkshopNotifier::of(project);
    connect(&notifier, &jsna::workshop::WorkshopNotifier::workshopChanged, this,
            &PresenterWindow::updateTitle);
    connect(&notifier, &jsna::workshop::WorkshopNotifier::workshopsChanged, this,
            &PresenterWindow::updateTitle);
    updateTitle();
}

void PresenterWindow::setWorkshop(qint64 workshopId)
{
    m_notes->setWorkshop(workshopId);
    m_themes->setWorkshop(workshopId);
    updateTitle();
}

void PresenterWindow::setMode(Mode mode)
{
    m_canvas->setShowsThemes(mode == Mode::Themes);
}

PresenterWindow::Mode PresenterWindow::mode() const
{
    return m_canvas->showsThemes() ? Mode::Themes : Mode::LatestNotes;
}

void PresenterWindow::setDarkHighContrast(bool dark)
{
    m_canvas->setDark(dark);
}

bool PresenterWindow::isDarkHighContrast() const
{
    return m_canvas->isDark();
}

void PresenterWindow::setTypeScale(double scale)
{
    m_canvas->setTypeScale(scale);
}

void PresenterWindow::updateTitle()
{
    const auto workshop = jsna::workshop::WorkshopRepository(m_project).find(m_notes->workshopId());
    const QString title = workshop ? workshop->data.title : QString();
    m_canvas->setHeading(title);
    setWindowTitle(title.isEmpty() ? tr("Presenter") : tr("Presenter – %1").arg(title));
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_T:
        setMode(mode() == Mode::Themes ? Mode::LatestNotes : Mode::Themes);
        return;
    case Qt::Key_D:
        setDarkHighContrast(!isDarkHighContrast());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (control) {
            m_canvas->setTypeScale(m_canvas->typeScale() * 1.1);
            return;
        }
        break;
    case Qt::Key_Minus:
        if (control) {
            m_canvas->setTypeScale(m_canvas->typeScale() / 1.1);
            return;
        }
        break;
    case Qt::Key_F11:
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    case Qt::Key_Escape:
        if (windowState() & Qt::WindowFullScreen) {
            setWindowState(windowState() & ~Qt::WindowFullScreen);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace jsna::ui::workshop
