// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace jsna::cli {

// A subcommand of `jsna`. Each cmd_*.cpp defines one and registers it with a static CommandRegistration,
// so adding a subcommand touches no shared file but the CMake source list.
struct Command
{
    const char* name;
    const char* summary;
    // Receives the arguments after the subcommand name (argv[0] replaced by "jsna NAME").
    std::function<int(const QStringList& arguments)> run;
};

class CommandRegistration
{
public:
    explicit CommandRegistration(Command command);
};

const QList<Command>& registeredCommands();

// Parses arguments with the common --help handling: prints help (with exit codes) and returns
// false when the caller should exit with *exitCode.
bool parseOrExit(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);

// Writes "jsna: <message>" to stderr.
void printError(const QString& message);
// Writes a line to stdout.
void printLine(const QString& line);

} // namespace jsna::cli
