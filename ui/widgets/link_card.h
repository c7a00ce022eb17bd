// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

class QLabel;

namespace jsna::ui {

// A clickable card with an icon, a title and a one or two line description ("Stage 1 ·
// Epidemiology review / 40 indicators compared with England; 6 worse"). Focusable; Space or Enter
// activates it.
class LinkCard final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkCard)

public:
    LinkCard(const QIcon& icon, const QString& title, QWidget* parent = nullptr);

    void setDescription(const QString& description);
    QString description() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
    bool m_hovered = false;
};

} // namespace jsna::ui
