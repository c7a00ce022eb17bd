// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/link_card.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include "ui/widgets/typography.h"

namespace jsna::ui {

namespace {
constexpr int kIconSize = 24;
constexpr int kRadius = 6;
} // namespace

LinkCard::LinkCard(const QIcon& icon, const QString& title, QWidget* parent)
    : QAbstractButton(parent)
    , m_icon(new QLabel(this))
    , m_title(makeLabel(title, TextStyle::Subheading, this))
    , m_description(makeLabel(QString(), TextStyle::Caption, this))
{
    setText(title);
    setIcon(icon);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_icon->setPixmap(icon.pixmap(kIconSize, kIconSize));
    for (QLabel* label : {m_icon, m_title, m_description})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_description);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void LinkCard::setDescription(const QString& description)
{
    m_description->setText(description);
    setAccessibleDescription(description);
    setToolTip(description);
}

QString LinkCard::description() const
{
    return m_description->text();
}

QSize LinkCard::sizeHint() const
{
    // Room for the title and two lines of description.
    const int height = 24 + m_title->sizeHint().height() + 2 + 2 * m_description->fontMetrics().lineSpacing();
    return {320, std::max(height, kIconSize + 24)};
}

QSize LinkCard::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void LinkCard::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool emphasised = m_hovered || hasFocus() || isDown();
    painter.setPen(
        QPen(palette().color(emphasised ? QPalette::Highlight : QPalette::Mid), emphasised ? 1.5 : 1));
    painter.setBrush(palette().color(isDown() ? QPalette::AlternateBase : QPalette::Base));
    painter.drawRoundedRect(area, kRadius, kRadius);
}

// The icon follows the palette (see themedIcon): redraw it when the palette changes.
void LinkCard::changeEvent(QEvent* event)
{
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_icon->setPixmap(icon().pixmap(kIconSize, kIconSize));
}

void LinkCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void LinkCard::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void LinkCard::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace jsna::ui
