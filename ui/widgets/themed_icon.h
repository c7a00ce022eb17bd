// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace jsna::ui {

// A monochrome line icon from :/icons/<name>.svg, drawn in the application palette's text colour
// (highlighted text when selected, disabled text when disabled) at paint time, so it follows light
// and dark palettes and stays sharp at any device pixel ratio.
QIcon themedIcon(const QString& name);

// The application icon (full colour).
QIcon applicationIcon();

} // namespace jsna::ui
