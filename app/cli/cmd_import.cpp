// SPDX-License-Identifier: GPL-3.0-or-later
// jsna import FILE.jsna DATA.csv: validate and import a data file in one transaction, printing the report.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <QFileInfo>

#include "app/cli/cli_command.h"
#include "app/cli/exit_codes.h"
#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/import/import_runner.h"
#include "core/project/project.h"

namespace jsna::cli {

namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

// Progress as a self-overwriting percentage on stderr when it is a terminal; Ctrl+C cancels.
class TerminalProgress final : public Progress
{
public:
    TerminalProgress()
        : m_tty(isatty(fileno(stderr)) == 1)
    {}
    ~TerminalProgress() override
    {
        if (m_tty && m_shown >= 0)
            std::fputs("\r\033[K", stderr);
    }
    void setRange(qint64 minimum, qint64 maximum) override
    {
        m_minimum = minimum;
        m_maximum = maximum;
    }
    void setValue(qint64 value) override
    {
        if (!m_tty || m_maximum <= m_minimum)
            return;
        const int percent = static_cast<int>(100 * (value - m_minimum) / (m_maximum - m_minimum));
        if (percent != m_shown) {
            m_shown = percent;
            std::fprintf(stderr, "\r%s: %d%%", qUtf8Printable(m_label), percent);
            std::fflush(stderr);
        }
    }
    void setLabel(const QString& label) override { m_label = label; }
    bool isCanceled() const override { return g_interrupted; }

private:
    bool m_tty;
    qint64 m_minimum = 0;
    qint64 m_maximum = 0;
    int m_shown = -1;
    QString m_label;
};

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validate a data file and import it into a project, in one transaction: by default nothing is\n"
        "written if any row is rejected. Prints what was added, replaced, kept and rejected; each rejected\n"
        "row is listed on stderr as FILE:LINE:COLUMN: reason. Ctrl+C cancels and writes nothing.\n\n"
        "Formats (detected from the header unless --format is given):\n"
        "  fingertips      OHID Fingertips data export (27 or 26 columns, or fingertipsR names)\n"
        "  generic         one value per row; needs --mapping (a mapping saved in the import wizard)\n"
        "  ons-population  ONS mid-year estimates, one column per single year of age (0 ... 90+)\n"
        "  imd             English Indices of Deprivation by LSOA (code, score, rank, decile)\n"
        "  lookup          LSOA -> MSOA / ward -> local authority lookup (LSOA11CD, WD19CD, LAD19CD, ...)\n"
        "  counts          event counts by area, year, sex and 5-year age band\n"
        "  population      populations by area, year, sex and 5-year age band (long)"));
    parser.addPositionalArgument(QStringLiteral("FILE.jsna"), QStringLiteral("The project to import into."));
    parser.addPositionalArgument(QStringLiteral("DATA.csv"), QStringLiteral("The data file (CSV, TSV)."));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("The file's format (see above)."), QStringLiteral("FORMAT"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     QStringLiteral("A saved column mapping (generic)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption skip(
        QStringLiteral("skip-bad-rows"),
        QStringLiteral("Import the good rows and save the rejected ones to the report."));
    const QCommandLineOption duplicates(
        QStringLiteral("duplicates"),
        QStringLiteral("Rows already in the project: replace (default) or keep."),
        QStringLiteral("replace|keep"), QStringLiteral("replace"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QStringLiteral("Save every rejected row here as CSV (default with --skip-bad-rows: "
                       "DATA.rejected.csv)."),
        QStringLiteral("PATH"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QStringLiteral("ons-population: the estimates' year."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption sex(QStringLiteral("sex"),
                                 QStringLiteral("ons-population: the sex of a file without a "
                                                "Sex column."),
                                 QStringLiteral("SEX"));
    const QCommandLineOption measure(
        QStringLiteral("measure"), QStringLiteral("counts: the measure of a file without a Measure column."),
        QStringLiteral("NAME"));
    const QCommandLineOption edition(QStringLiteral("imd-edition"),
                                     QStringLiteral("imd: IMD2019 or IMD2025."), QStringLiteral("EDITION"));
    const QCommandLineOption vintage(QStringLiteral("lsoa-vintage"),
                                     QStringLiteral("imd: 2011 or 2021 LSOAs."), QStringLiteral("YEAR"));
    const QCommandLineOption lookupVintage(QStringLiteral("lookup-vintage"),
                                           QStringLiteral("lookup: the lookup's edition, e.g. 2021."),
                                           QStringLiteral("YEAR"));
    parser.addOptions(
        {format, mapping, skip, duplicates, report, year, sex, measure, edition, vintage, lookupVintage});
    int exitCode = kSuccess;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2) {
        printError(QStringLiteral("import: expected FILE.jsna and DATA.csv (see: jsna import --help)"));
        return kUsageError;
    }
    const QString projectPath = parser.positionalArguments().at(0);
    const QString dataPath = parser.positionalArguments().at(1);

    import::ImportOptions options;
    if (parser.isSet(format)) {
        options.format = import::importFormatFromKey(parser.value(format));
        if (!options.format) {
            printError(QStringLiteral("import: unknown format '%1' (see: jsna import --help)")
                           .arg(parser.value(format)));
            return kUsageError;
        }
    }
    const QString duplicatesValue = parser.value(duplicates);
    if (duplicatesValue != u"replace" && duplicatesValue != u"keep") {
        printError(
            QStringLiteral("import: --duplicates takes replace or keep, not '%1'").arg(duplicatesValue));
        return kUsageError;
    }
    options.duplicates =
        duplicatesValue == u"keep" ? import::DuplicatePolicy::Keep : import::DuplicatePolicy::Replace;
    options.skipBadRows = parser.isSet(skip);
    options.mappingName = parser.value(mapping);
    options.rejectsPath = parser.value(report);
    if (options.rejectsPath.isEmpty() && options.skipBadRows)
        options.rejectsPath = dataPath + QStringLiteral(".rejected.csv");
    options.year = parser.value(year).toInt();
    options.sex = parser.value(sex);
    options.measure = parser.value(measure);
    options.imdEdition = parser.value(edition);
    options.lsoaVintage = parser.value(vintage).toInt();
    options.lookupVintage = parser.value(lookupVintage);
    options.exclusiveConnection = true; // the project's lock keeps other instances out

    if (!QFileInfo(dataPath).isFile()) {
        printError(QStringLiteral("%1: no such file").arg(dataPath));
        return kFileError;
    }
    std::unique_ptr<project::Project> project;
    try {
        project = project::Project::open(projectPath);
        project->requireWritable();
    } catch (const ProjectError& error) {
        printError(error.describe());
        return kFileError;
    }

    std::signal(SIGINT, &onInterrupt);
    import::ImportReport result;
    try {
        TerminalProgress progress;
        result = import::importFile(project->database(), dataPath, options, progress);
    } catch (const ProjectError& error) {
        printError(error.describe());
        return error.file() == projectPath ? kFileError : kInputError;
    }
    std::signal(SIGINT, SIG_DFL);

    for (const import::RejectedRow& row : result.rejected)
        printError(result.describe(row));
    if (result.rowsRejected > result.rejected.size()) {
        printError(QStringLiteral("... and %1 more rejected rows%2")
                       .arg(result.rowsRejected - result.rejected.size())
                       .arg(result.rejectsPath.isEmpty()
                                ? QStringLiteral(" (list them all with --report PATH)")
                                : QStringLiteral(" (all in %1)").arg(result.rejectsPath)));
    }
    for (const QString& line : result.summary())
        printLine(line);
    if (result.canceled)
        return kCanceled;
    return result.committed ? kSuccess : kInputError;
}

const CommandRegistration kRegistration{
    {"import", "validate and import a data file (Fingertips, ONS, IMD, ...)", &runImport}};

} // namespace

} // namespace jsna::cli
