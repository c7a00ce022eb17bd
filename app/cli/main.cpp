// SPDX-License-Identifier: GPL-3.0-or-later
// jsna: the JSNA Workbench command line (batch import, statistics, export, checks, benchmarks).
#include <cstdio>

#include <QCoreApplication>

#include "app/cli/cli_command.h"
#include "app/cli/exit_codes.h"

using namespace jsna::cli;

namespace {

void printUsage(FILE* stream)
{
    std::fputs("Usage: jsna COMMAND [options] [arguments]\n"
               "JSNA Workbench " JSNA_VERSION " command line. Run 'jsna COMMAND --help' for a command's options.\n\n"
               "Commands:\n",
               stream);
    for (const Command& command : registeredCommands())
        std::fprintf(stream, "  %-10s %s\n", command.name, command.summary);
    std::fputs("\n", stream);
    std::fputs(kExitCodeHelp, stream);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jsna"));
    QCoreApplication::setOrganizationName(QStringLiteral("JSNA Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JSNA_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return kUsageError;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(stdout);
        return kSuccess;
    }
    if (name == u"--version") {
        std::puts("jsna " JSNA_VERSION);
        return kSuccess;
    }
    for (const Command& command : registeredCommands()) {
        if (name == QLatin1String(command.name)) {
            arguments.removeFirst();
            arguments.first() = QStringLiteral("jsna ") + name;
            return command.run(arguments);
        }
    }
    printError(QStringLiteral("unknown command '%1' (see: jsna --help)").arg(name));
    return kUsageError;
}
