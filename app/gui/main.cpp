// SPDX-License-Identifier: GPL-3.0-or-later
// jsna-workbench: the JSNA Workbench desktop application. Parses the command line, builds the main
// window and runs; everything else lives in ui/.
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>

#include "app/gui/display_check.h"
#include "ui/shell/main_window.h"
#include "ui/widgets/themed_icon.h"

int main(int argc, char* argv[])
{
    if (const auto exitCode = jsna::app::handleInformationalArguments(argc, argv))
        return *exitCode;
    // Checked before QApplication exists: without a display Qt would abort with a less helpful message.
    if (!jsna::app::hasDisplay(argc, argv)) {
        jsna::app::printNoDisplayHelp(stderr, argc > 0 ? argv[0] : "jsna-workbench");
        return jsna::app::kNoDisplayExitCode;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JSNA Workbench"));
    QApplication::setApplicationName(QStringLiteral("workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("JSNA Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(JSNA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.jsnaworkbench.Workbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("JSNA Workbench: Joint Strategic Needs Assessment workbench"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The project (.jsna) to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fputs("jsna-workbench: give at most one project file (see --help)\n", stderr);
        return 1;
    }

    jsna::ui::MainWindow window;
    QApplication::setWindowIcon(jsna::ui::applicationIcon());
    window.show();
    window.startSession(files.value(0));
    return QApplication::exec();
}
