// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include "core/project/stage_overview.h"

namespace jsna::ui::models {

// Fingertips' benchmark colours (better green, similar amber, worse red, higher/lower blues). They
// carry meaning, so they stay fixed in light and dark palettes; the text colour on each is chosen
// for contrast (WCAG AA or better against the fill).
QColor ragFill(project::Comparison comparison);
QColor ragText(project::Comparison comparison);

} // namespace jsna::ui::models
