// SPDX-License-Identifier: GPL-3.0-or-later
// jsna demo FILE [--seed N] [--force]: write the synthetic demo project.
#include <csignal>

#include <QElapsedTimer>

#include "app/cli/cli_command.h"
#include "app/cli/exit_codes.h"
#include "core/demo/demo_file.h"
#include "core/demo/demo_model.h"
#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"

namespace jsna::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
}

// Ctrl-C cancels: the generator stops at its next check and nothing is written.
class InterruptProgress final : public Progress
{
public:
    void setRange(qint64, qint64) override {}
    void setValue(qint64) override {}
    void setLabel(const QString&) override {}
    bool isCanceled() const override { return g_interrupted != 0; }
};

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the demo project: a synthetic borough (Harbourgate) with its wards, LSOAs, IMD2019\n"
                       "deciles, peer authorities, region and England, populations and event counts for 8 years,\n"
                       "and about 40 indicators with inequality breakdowns. Every number is made up, from a\n"
                       "fixed seed: the same seed writes the same file contents."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The project file to write (*.jsna)."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (default %1).").arg(demo::kDefaultSeed),
                                  QStringLiteral("N"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace FILE if it exists."));
    parser.addOption(seed);
    parser.addOption(force);
    int exitCode = kSuccess;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("demo: expected one FILE (see: jsna demo --help)"));
        return kUsageError;
    }
    demo::DemoOptions options;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("demo: --seed needs a whole number from 0 to 18446744073709551615"));
            return kUsageError;
        }
    }
    const QString path = parser.positionalArguments().constFirst();
    std::signal(SIGINT, onInterrupt);
    InterruptProgress progress;
    QElapsedTimer timer;
    timer.start();
    try {
        const demo::DemoSummary s = demo::writeDemoProject(path, progress, options, parser.isSet(force));
        printLine(QStringLiteral("wrote %1: %2, %3 wards, %4 LSOAs, %5 peers, %6 years, %7 indicators, %8 values, "
                                 "%9 population rows, %10 event counts (seed %11, %12 s)")
                      .arg(path, s.boroughName)
                      .arg(s.wards)
                      .arg(s.lsoas)
                      .arg(s.peers)
                      .arg(s.years)
                      .arg(s.indicators)
                      .arg(s.values)
                      .arg(s.populationRows)
                      .arg(s.eventRows)
                      .arg(options.seed)
                      .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    } catch (const Canceled&) {
        printError(QStringLiteral("demo: interrupted; nothing was written"));
        return kCanceled;
    } catch (const ProjectError& error) {
        printError(error.describe());
        return kFileError;
    }
    return kSuccess;
}

const CommandRegistration kRegistration{{"demo", "write the synthetic demo project", &runDemo}};

} // namespace

} // namespace jsna::cli
