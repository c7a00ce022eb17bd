// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/display_check.h"

#include <cstdlib>
#include <cstring>

namespace jsna::app {

namespace {

bool isSet(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value;
}

constexpr const char* kUsage =
    "Usage: jsna-workbench [options] [FILE]\n"
    "JSNA Workbench " JSNA_VERSION ": the desktop workbench for Joint Strategic Needs Assessments.\n\n"
    "Opens FILE (a .jsna project). With no FILE, reopens the project open when the workbench last\n"
    "closed, or shows the welcome page (New, Open, Open demo).\n\n"
    "Options:\n"
    "  -h, --help     Show this help and exit.\n"
    "  -v, --version  Show the version and exit.\n"
    "  Qt options such as -platform NAME and -style NAME are accepted too.\n\n"
    "Exit codes: 0 success; 1 usage error; 2 no display to open a window on.\n";

} // namespace

bool hasDisplay(int argc, char** argv)
{
    if (isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0 ||
            std::strncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    return false;
}

void printNoDisplayHelp(std::FILE* stream, const char* program)
{
    std::fprintf(
        stream,
        "%s: no display found (DISPLAY and WAYLAND_DISPLAY are unset and QT_QPA_PLATFORM is not set),\n"
        "so the JSNA Workbench window cannot open. To run it anyway:\n"
        "  xvfb-run -a %s FILE                       (on a virtual X display)\n"
        "  QT_QPA_PLATFORM=offscreen %s FILE         (no window at all, e.g. for smoke tests)\n"
        "The command line tool 'jsna' (new, demo, info, check) needs no display.\n",
        program, program, program);
}

std::optional<int> handleInformationalArguments(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (std::strcmp(argv[i], "-v") == 0 || std::strcmp(argv[i], "--version") == 0) {
            std::puts("jsna-workbench " JSNA_VERSION);
            return 0;
        }
    }
    return std::nullopt;
}

} // namespace jsna::app
