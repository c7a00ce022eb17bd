// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/badge_label.h"

#include <QPainter>

namespace jsna::ui {

namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
} // namespace

BadgeLabel::BadgeLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{}

void BadgeLabel::setColours(const QColor& fill, const QColor& text)
{
    m_fill = fill;
    m_text = text;
    update();
}

QSize BadgeLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(text()) + 2 * kHorizontalPadding,
            metrics.height() + 2 * kVerticalPadding};
}

void BadgeLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_fill.isValid() ? m_fill : palette().color(QPalette::Mid));
    painter.drawRoundedRect(area, area.height() / 2, area.height() / 2);
    painter.setPen(m_text.isValid() ? m_text : palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace jsna::ui
