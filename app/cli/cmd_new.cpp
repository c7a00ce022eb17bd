// SPDX-License-Identifier: GPL-3.0-or-later
// jsna new FILE: create an empty project.
#include "app/cli/cli_command.h"
#include "app/cli/exit_codes.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"

namespace jsna::cli {

namespace {

int runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, empty JSNA project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project file to create (*.jsna)."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Project title (default: the file name)."),
                                   QStringLiteral("TEXT"));
    parser.addOption(title);
    int exitCode = kSuccess;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("new: expected one FILE (see: jsna new --help)"));
        return kUsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    try {
        auto project = project::Project::create(path, parser.value(title));
        printLine(QStringLiteral("created %1 (schema version %2)").arg(path).arg(project->schemaVersion()));
    } catch (const ProjectError& error) {
        printError(error.describe());
        return kFileError;
    }
    return kSuccess;
}

const CommandRegistration kRegistration{{"new", "create an empty project file", &runNew}};

} // namespace

} // namespace jsna::cli
