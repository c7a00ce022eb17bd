// SPDX-License-Identifier: GPL-3.0-or-later
// jsna check FILE: integrity and schema checks; exit 0 only if the file is sound.
#include "app/cli/cli_command.h"
#include "app/cli/exit_codes.h"
#include "core/foundation/project_error.h"
#include "core/project/project_check.h"

namespace jsna::cli {

namespace {

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a project file: that it is a JSNA project of a known schema version, that\n"
                       "SQLite's integrity and foreign-key checks pass and that every table and column is\n"
                       "present. Read-only. Exits 0 only if the file is sound; problems go to stderr."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project file (*.jsna)."));
    int exitCode = kSuccess;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("check: expected one FILE (see: jsna check --help)"));
        return kUsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    try {
        const project::CheckReport report = project::checkProjectFile(path);
        if (report.isSound()) {
            printLine(QStringLiteral("%1: ok (schema version %2)").arg(path).arg(report.schemaVersion));
            return kSuccess;
        }
        for (const QString& problem : report.problems)
            printError(QStringLiteral("%1: %2").arg(path, problem));
        return kCheckFailed;
    } catch (const ProjectError& error) {
        printError(error.describe());
        return kCheckFailed;
    }
}

const CommandRegistration kRegistration{{"check", "check a project file's integrity and schema", &runCheck}};

} // namespace

} // namespace jsna::cli
