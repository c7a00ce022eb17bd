// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <optional>

namespace jsna::app {

// Exit code when there is no display to open a window on (as scripts/run uses).
inline constexpr int kNoDisplayExitCode = 2;

// True when Qt can be expected to open a window: an X11 or Wayland display is set, or a platform
// was chosen explicitly (QT_QPA_PLATFORM, or -platform on the command line).
bool hasDisplay(int argc, char** argv);
// Explains, on stream, how to run without a display (xvfb-run, or the offscreen platform).
void printNoDisplayHelp(std::FILE* stream, const char* program);

// Handles --help and --version before anything needs a display; returns the exit code when the
// program should stop.
std::optional<int> handleInformationalArguments(int argc, char** argv);

} // namespace jsna::app
