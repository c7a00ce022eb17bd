// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace jsna::ui {

// The main window's actions and menus, built in one place so the window only wires them.
struct MainActions
{
    QAction* newProject = nullptr;
    QAction* open = nullptr;
    QMenu* openRecent = nullptr;
    QAction* saveCopy = nullptr;
    QAction* close = nullptr;
    QAction* importData = nullptr; // nullptr when this build has no import wizard
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* properties = nullptr;
    QList<QAction*> pages; // View > Project Overview (Ctrl+1) ... Report (Ctrl+5)
    QAction* userGuide = nullptr;
    QAction* shortcuts = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    QList<QAction*> projectActions; // enabled only while a project is open
    QList<QAction*> menus;          // the menu bar's top-level menus, in order
};

// Creates the actions and the menu bar of window. Page names are given in navigation order.
MainActions createMainActions(QMainWindow* window, QUndoGroup* undoGroup, const QList<QString>& pageNames,
                              bool withImport);

} // namespace jsna::ui
