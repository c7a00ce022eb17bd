// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/workshop_style.h"

#include <QKeySequence>
#include <QPainter>
#include <QPixmap>

namespace jsna::ui::workshop {

using jsna::workshop::NoteKind;

QColor kindColour(NoteKind kind)
{
    // Mid-tone colours with at least 4.5:1 contrast against white for the chip text drawn on them.
    switch (kind) {
    case NoteKind::Observation:
        return QColor(0x4c, 0x62, 0x72); // slate
    case NoteKind::Insight:
        return QColor(0x6b, 0x2c, 0x91); // purple
    case NoteKind::Question:
        return QColor(0xa3, 0x4a, 0x00); // amber
    case NoteKind::Idea:
        return QColor(0x00, 0x70, 0x5f); // teal
    case NoteKind::Action:
        return QColor(0xb0, 0x1f, 0x2e); // red
    case NoteKind::Conclusion:
        return QColor(0x00, 0x5e, 0xb8); // blue
    }
    return Qt::gray;
}

QIcon kindIcon(NoteKind kind)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColour(kind));
        const qreal margin = size * 0.18;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString kindShortcutText(NoteKind kind)
{
    return QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + int(kind))))
        .toString(QKeySequence::NativeText);
}

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, int(font.pixelSize() * factor)));
    if (bold)
        font.setWeight(QFont::DemiBold);
    return font;
}

PresenterColours presenterColours(bool darkHighContrast)
{
    if (darkHighContrast)
        return {Qt::black,
                Qt::white,
                QColor(0xd0, 0xd0, 0xd0),
                QColor(0xff, 0xd4, 0x00),
                QColor(0x14, 0x14, 0x14),
                QColor(0x60, 0x60, 0x60)};
    return {QColor(0xf4, 0xf6, 0xf8),
            QColor(0x14, 0x1c, 0x26),
            QColor(0x4c, 0x62, 0x72),
            QColor(0x00, 0x5e, 0xb8),
            Qt::white,
            QColor(0xd8, 0xdd, 0xe0)};
}

} // namespace jsna::ui::workshop
