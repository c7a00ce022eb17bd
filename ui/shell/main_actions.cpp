// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/main_actions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoGroup>

#include "ui/widgets/themed_icon.h"

namespace jsna::ui {

namespace {

QAction* makeAction(QMenu* menu, const QString& icon, const QString& text, const QKeySequence& shortcut,
                    const QString& statusTip)
{
    QAction* action = menu->addAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    return action;
}

// The platform's keys for a standard action with preferred first (no duplicates: two equal shortcuts
// on one action would be ambiguous and trigger nothing).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence& preferred)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    keys.removeAll(preferred);
    keys.prepend(preferred);
    return keys;
}

} // namespace

MainActions createMainActions(QMainWindow* window, QUndoGroup* undoGroup, const QList<QString>& pageNames,
                              bool withImport)
{
    auto tr = [](const char* text) {
        return QMainWindow::tr(text);
    };
    MainActions a;
    QMenuBar* bar = window->menuBar();

    QMenu* file = bar->addMenu(tr("&File"));
    a.newProject = makeAction(file, QStringLiteral("new"), tr("&New Project\u2026"), QKeySequence::New,
                              tr("Create an empty project file"));
    a.open = makeAction(file, QStringLiteral("open"), tr("&Open Project\u2026"), QKeySequence::Open,
                        tr("Open a project file"));
    a.openRecent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    a.saveCopy =
        makeAction(file, QStringLiteral("save-copy"), tr("Save a &Copy\u2026"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), // SaveAs is unbound on some platforms
                   tr("Write a complete copy of the project to another file"));
    if (withImport) {
        a.importData = makeAction(file, QStringLiteral("import"), tr("&Import Data\u2026"), QKeySequence(),
                                  tr("Import indicators, populations or lookups from a CSV file"));
    }
    file->addSeparator();
    a.close = makeAction(file, QStringLiteral("close"), tr("C&lose Project"), QKeySequence(),
                         tr("Close the project"));
    a.close->setShortcuts(standardKeys(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    a.quit = makeAction(file, QString(), tr("&Quit"), QKeySequence(), tr("Quit JSNA Workbench"));
    a.quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    a.quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    a.undo = undoGroup->createUndoAction(window, tr("&Undo"));
    a.undo->setIcon(themedIcon(QStringLiteral("undo")));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = undoGroup->createRedoAction(window, tr("&Redo"));
    a.redo->setIcon(themedIcon(QStringLiteral("redo")));
    a.redo->setShortcuts(standardKeys(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    edit->addAction(a.undo);
    edit->addAction(a.redo);

    QMenu* view = bar->addMenu(tr("&View"));
    const QStringList icons{QStringLiteral("home"), QStringLiteral("epidemiology"),
                            QStringLiteral("workshops"), QStringLiteral("engagement"),
                            QStringLiteral("report")};
    for (qsizetype i = 0; i < pageNames.size(); ++i) {
        QAction* page = makeAction(view, icons.value(i), pageNames.at(i),
                                   QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)),
                                   tr("Show %1").arg(pageNames.at(i)));
        a.pages.append(page);
    }

    QMenu* projectMenu = bar->addMenu(tr("&Project"));
    a.properties =
        makeAction(projectMenu, QStringLiteral("properties"), tr("&Properties\u2026"), QKeySequence(),
                   tr("Title, organisation, focus area and description of the project"));

    QMenu* help = bar->addMenu(tr("&Help"));
    a.userGuide = makeAction(help, QStringLiteral("help"), tr("JSNA Workbench &User Guide"),
                             QKeySequence::HelpContents, tr("Read the user guide"));
    a.shortcuts = makeAction(help, QStringLiteral("keyboard"), tr("&Keyboard Shortcuts"), QKeySequence(),
                             tr("List the keyboard shortcuts"));
    help->addSeparator();
    a.about = makeAction(help, QStringLiteral("about"), tr("&About JSNA Workbench"), QKeySequence(),
                         tr("Version and licence"));
    a.about->setMenuRole(QAction::AboutRole);
    a.aboutQt = makeAction(help, QString(), tr("About &Qt"), QKeySequence(), tr("The Qt version in use"));
    a.aboutQt->setMenuRole(QAction::AboutQtRole);

    a.projectActions = {a.saveCopy, a.close, a.properties};
    if (a.importData)
        a.projectActions.append(a.importData);
    a.projectActions.append(a.pages);
    a.menus = {file->menuAction(), edit->menuAction(), view->menuAction(), projectMenu->menuAction(),
               help->menuAction()};
    return a;
}

} // namespace jsna::ui
