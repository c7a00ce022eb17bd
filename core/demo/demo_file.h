// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/demo/demo_generator.h"

namespace jsna::demo {

// Writes the demo project to path, through a temporary file in the same folder that is renamed into
// place only when complete, so a failure or cancel leaves no file (and, with replace, the old one as it
// was). Refuses an existing path unless replace is true, and refuses to replace a project that another
// instance has open. Throws ProjectError, or Canceled.
DemoSummary writeDemoProject(const QString& path, Progress& progress, const DemoOptions& options = {},
                             bool replace = false);

} // namespace jsna::demo
