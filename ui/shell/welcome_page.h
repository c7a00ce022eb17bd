// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace jsna::ui {

// Shown when no project is open: New, Open, Open demo, and the recent projects.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);
    QPushButton* newButton() const { return m_new; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_demo;
    QWidget* m_recentBox;
    QListWidget* m_recent;
};

} // namespace jsna::ui
