// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QWidget;

namespace jsna::test {

// A dark palette like the ones desktop themes use (for screenshots and contrast checks offscreen).
QPalette darkPalette();
QPalette lightPalette();

// Grabs widget to <dir>/<name>.png, where dir is $JSNA_SCREENSHOT_DIR or the build's screenshots
// folder; returns the path written. Screenshots are for looking at; tests assert on models and specs.
QString saveScreenshot(QWidget* widget, const QString& name);

} // namespace jsna::test
