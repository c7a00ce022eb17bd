// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace jsna::ui {

// Help > About JSNA Workbench: version, Qt version, licence.
void showAboutDialog(QWidget* parent);
// The About box text (also used by tests).
QString aboutText();

// Help > User Guide: docs/user-guide.md, compiled into the program, rendered as rich text.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

// Help > Keyboard Shortcuts: every action of the window that has a shortcut, by menu.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction*>& menus, QWidget* parent = nullptr);
};

} // namespace jsna::ui
