// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/rag_colours.h"

namespace jsna::ui::models {

using project::Comparison;

QColor ragFill(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Better:
        return QColor(0x92, 0xD0, 0x50);
    case Comparison::Similar:
        return QColor(0xFF, 0xC0, 0x00);
    case Comparison::Worse:
        return QColor(0xC0, 0x00, 0x00);
    case Comparison::Higher:
        return QColor(0xBE, 0xD2, 0xFF);
    case Comparison::Lower:
        return QColor(0x55, 0x55, 0xE6);
    case Comparison::NotCompared:
        return QColor(0xC9, 0xC9, 0xC9);
    }
    return {};
}

QColor ragText(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Worse:
    case Comparison::Lower:
        return QColor(Qt::white);
    default:
        return QColor(0x1A, 0x1A, 0x1A);
    }
}

} // namespace jsna::ui::models
