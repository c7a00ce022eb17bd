// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace jsna::ui {

// A titled block of a page: a heading, an optional one-line explanation, then its content.
class SectionBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionBox)

public:
    explicit SectionBox(const QString& title, const QString& caption = {}, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setCaption(const QString& caption);
    void addWidget(QWidget* widget, int stretch = 0);

private:
    QLabel* m_title;
    QLabel* m_caption;
    QVBoxLayout* m_layout;
};

} // namespace jsna::ui
