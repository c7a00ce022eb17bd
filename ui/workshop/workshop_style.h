// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>

#include "core/workshop/workshop.h"

class QWidget;

namespace jsna::ui::workshop {

// The colours and type of the workshop views: one colour per note kind (readable on light and dark
// backgrounds), chips, and the presenter's palettes.
QColor kindColour(jsna::workshop::NoteKind kind);
QIcon kindIcon(jsna::workshop::NoteKind kind);           // a filled dot in the kind's colour
QString kindShortcutText(jsna::workshop::NoteKind kind); // "Ctrl+3"

// A font scaled from base by factor, optionally bold.
QFont scaledFont(const QFont& base, double factor, bool bold = false);

// Presenter palettes: the normal (light) one and the dark high-contrast one.
struct PresenterColours
{
    QColor background;
    QColor text;
    QColor muted;
    QColor accent;
    QColor card;
    QColor rule;
};
PresenterColours presenterColours(bool darkHighContrast);

} // namespace jsna::ui::workshop
