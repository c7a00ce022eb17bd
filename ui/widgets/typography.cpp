// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/typography.h"

#include <QApplication>
#include <QLabel>

namespace jsna::ui {

void applyTextStyle(QWidget* widget, TextStyle style)
{
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    auto scaled = [&](qreal factor, QFont::Weight weight) {
        font.setPointSizeF(base * factor);
        font.setWeight(weight);
    };
    switch (style) {
    case TextStyle::PageTitle:
        scaled(1.75, QFont::DemiBold);
        break;
    case TextStyle::Heading:
        scaled(1.2, QFont::DemiBold);
        break;
    case TextStyle::Subheading:
        scaled(1.0, QFont::DemiBold);
        break;
    case TextStyle::Body:
        break;
    case TextStyle::Caption:
        scaled(0.92, QFont::Normal);
        break;
    case TextStyle::Figure:
        scaled(2.0, QFont::DemiBold);
        break;
    }
    widget->setFont(font);
    if (style == TextStyle::Caption)
        widget->setForegroundRole(QPalette::PlaceholderText);
}

QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    applyTextStyle(label, style);
    if (style == TextStyle::Body || style == TextStyle::Caption)
        label->setWordWrap(true);
    return label;
}

} // namespace jsna::ui
