// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace jsna::ui {

// The type scale of the pages, relative to the application font so it follows the user's size.
enum class TextStyle
{
    PageTitle,  // 1.75x, demi-bold
    Heading,    // 1.2x, demi-bold
    Subheading, // 1.0x, demi-bold
    Body,
    Caption, // 0.92x, in the muted (placeholder) text colour
    Figure,  // 2.0x, demi-bold: the number on a stat tile
};

void applyTextStyle(QWidget* widget, TextStyle style);
QLabel* makeLabel(const QString& text, TextStyle style, QWidget* parent = nullptr);

} // namespace jsna::ui
