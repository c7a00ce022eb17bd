// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace jsna::ui {

// The left sidebar: the open project's name over the list of pages (overview, the three stages,
// report). Keyboard reachable: Tab into the list, arrows to move; Ctrl+1..5 come from View actions.
class NavigationBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBar)

public:
    explicit NavigationBar(QWidget* parent = nullptr);

    // Adds a page entry; returns its index.
    int addPage(const QString& icon, const QString& text, const QString& toolTip);
    void setProjectTitle(const QString& title, const QString& detail);
    int currentPage() const;
    void setCurrentPage(int page);
    QListWidget* list() const { return m_list; }

signals:
    void currentPageChanged(int page);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_caption;
    QLabel* m_title;
    QLabel* m_detail;
    QListWidget* m_list;
};

} // namespace jsna::ui
