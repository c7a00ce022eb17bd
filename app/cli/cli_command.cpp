// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli_command.h"

#include <algorithm>
#include <cstdio>

#include "app/cli/exit_codes.h"

namespace jsna::cli {

namespace {

QList<Command>& registry()
{
    static QList<Command> commands;
    return commands;
}

} // namespace

CommandRegistration::CommandRegistration(Command command)
{
    QList<Command>& commands = registry();
    commands.append(std::move(command));
    std::sort(commands.begin(), commands.end(),
              [](const Command& a, const Command& b) { return qstrcmp(a.name, b.name) < 0; });
}

const QList<Command>& registeredCommands()
{
    return registry();
}

bool parseOrExit(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral("\n(see: ") + arguments.value(0) + QStringLiteral(" --help)"));
        *exitCode = kUsageError;
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        std::fputs("\n", stdout);
        std::fputs(kExitCodeHelp, stdout);
        *exitCode = kSuccess;
        return false;
    }
    return true;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "jsna: %s\n", qUtf8Printable(message));
}

void printLine(const QString& line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
}

} // namespace jsna::cli
