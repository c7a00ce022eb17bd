// SPDX-License-Identifier: GPL-3.0-or-later
// jsna info FILE: schema version and row counts, one "name: value" per line.
#include "app/cli/cli_command.h"
#include "app/cli/exit_codes.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/project/project_summary.h"

namespace jsna::cli {

namespace {

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print a project's title, schema version and the number of rows in each table,\n"
                       "one 'name: value' per line. Opens the file read-only and changes nothing."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project file (*.jsna)."));
    int exitCode = kSuccess;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("info: expected one FILE (see: jsna info --help)"));
        return kUsageError;
    }
    try {
        auto project = project::Project::inspect(parser.positionalArguments().constFirst());
        printLine(QStringLiteral("title: %1").arg(project->title()));
        printLine(QStringLiteral("schema_version: %1").arg(project->schemaVersion()));
        printLine(QStringLiteral("synthetic: %1").arg(project->isSynthetic() ? u"yes" : u"no"));
        for (const project::TableCount& count : project::tableCounts(project->database()))
            printLine(QStringLiteral("%1: %2").arg(count.table).arg(count.rows));
    } catch (const ProjectError& error) {
        printError(error.describe());
        return kFileError;
    }
    return kSuccess;
}

const CommandRegistration kRegistration{{"info", "print schema version and row counts of a project", &runInfo}};

} // namespace

} // namespace jsna::cli
