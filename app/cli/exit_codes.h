// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jsna::cli {

// Exit codes of every jsna subcommand (listed in `jsna --help`).
enum ExitCode : int
{
    kSuccess = 0,
    kCheckFailed = 1,  // the command ran and found a problem (jsna check: the file is not sound)
    kUsageError = 2,   // wrong arguments or options
    kFileError = 3,    // a file could not be opened, read or written (missing, not ours, locked, newer)
    kInputError = 4,   // input data is malformed or invalid (named with file, line and column)
    kCanceled = 5,     // interrupted; nothing was written
};

inline constexpr const char* kExitCodeHelp =
    "Exit codes:\n"
    "  0  success\n"
    "  1  the command ran and found a problem (e.g. jsna check: the file is not sound)\n"
    "  2  usage error: wrong arguments or options\n"
    "  3  file error: a file is missing, unreadable, not a JSNA project, locked or too new\n"
    "  4  input error: malformed or invalid input data (reported with file, line and column)\n"
    "  5  canceled: nothing was written\n";

} // namespace jsna::cli
