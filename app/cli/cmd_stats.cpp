// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats METHOD --in IN.csv --out OUT.csv: the statistics engine (core/stats) over a CSV file.
// This file parses the command line and writes the help; each method lives in cmd_stats_<method>.cpp.
#include <cstdio>
#include <exception>

#include "app/cli/cli_command.h"
#include "app/cli/cmd_stats_method.h"
#include "app/cli/exit_codes.h"
#include "core/foundation/project_error.h"

namespace jsna::cli::stats {

namespace {

using jsna::stats::ConfidenceLevels;
using jsna::stats::StatsError;

constexpr const char* kUsage = "Usage: jsna stats METHOD --in IN.csv --out OUT.csv [options]\n";
constexpr const char* kOutputHelp =
    "Output: the group columns, value, lower and upper limits per confidence level (lower95_0cl,\n"
    "upper95_0cl, lower99_8cl, upper99_8cl, ...) and the method's own columns; numbers to 17\n"
    "significant digits; empty cells are missing values. Empty and NA input cells are missing values.\n"
    "Nothing is written unless every group succeeds; errors name the file, line and column.\n";

const std::vector<MethodSpec>& methods()
{
    static const std::vector<MethodSpec> all{proportionMethod(),     rateMethod(), dsrMethod(),     isrMethod(),
                                             meanMethod(),           lifeExpectancyMethod(),        siiMethod(),
                                             quantileMethod(),       funnelMethod(), compareMethod()};
    return all;
}

const MethodSpec* findMethod(const QString& name)
{
    for (const MethodSpec& method : methods()) {
        if (name == QLatin1String(method.name))
            return &method;
    }
    return nullptr;
}

std::vector<OptionSpec> commonOptions(bool usesConfidence)
{
    std::vector<OptionSpec> options{
        {"in", "file", "input CSV file with a header row"},
        {"out", "file", "output CSV file, written only when every group succeeds"},
        {"group", "columns", "comma-separated grouping columns (default: none, the whole file is one group)", ""}};
    if (usesConfidence)
        options.push_back({"confidence", "levels", "comma-separated confidence levels, at most 4", "95,99.8"});
    return options;
}

QString helpOf(const OptionSpec& option)
{
    QString help = QString::fromLatin1(option.help);
    if (option.fallback && *option.fallback)
        help += QStringLiteral(" (default: %1)").arg(QLatin1String(option.fallback));
    return help;
}

void addOptions(QCommandLineParser& parser, const std::vector<OptionSpec>& options)
{
    for (const OptionSpec& o : options) {
        QCommandLineOption option(QString::fromLatin1(o.name), helpOf(o));
        if (o.valueName) {
            option.setValueName(QString::fromLatin1(o.valueName));
            if (o.fallback)
                option.setDefaultValue(QString::fromLatin1(o.fallback));
        }
        parser.addOption(option);
    }
}

// "  --name <value>   help", the help wrapped at 100 columns under its own margin.
QString formatOptions(const std::vector<OptionSpec>& options)
{
    constexpr qsizetype kMargin = 30;
    constexpr qsizetype kWidth = 100;
    QString text;
    for (const OptionSpec& o : options) {
        QString name = QStringLiteral("  --") + QLatin1String(o.name);
        if (o.valueName)
            name += QStringLiteral(" <%1>").arg(QLatin1String(o.valueName));
        QString line = name.size() + 2 > kMargin ? name + u'\n' + QString(kMargin, u' ')
                                                 : name.leftJustified(kMargin, u' ');
        qsizetype used = kMargin;
        for (const QString& word : helpOf(o).split(u' ', Qt::SkipEmptyParts)) {
            if (used > kMargin && used + 1 + word.size() > kWidth) {
                line += u'\n' + QString(kMargin, u' ');
                used = kMargin;
            } else if (used > kMargin) {
                line += u' ';
                ++used;
            }
            line += word;
            used += word.size();
        }
        text += line + u'\n';
    }
    return text;
}

void printText(const QString& text)
{
    std::fputs(qUtf8Printable(text), stdout);
}

void printMethodHelp(const MethodSpec& method)
{
    printText(QStringLiteral("Usage: jsna stats %1 --in IN.csv --out OUT.csv [options]\n").arg(QLatin1String(method.name)) +
              QLatin1String(method.summary) + QStringLiteral(".\n\n") + QLatin1String(kOutputHelp) +
              QStringLiteral("\nOptions:\n") + formatOptions(commonOptions(method.usesConfidence)) +
              formatOptions(method.options) + QStringLiteral("  -h, --help                  Show this help.\n\n") +
              QLatin1String(kExitCodeHelp));
}

void printStatsHelp()
{
    QString text = QLatin1String(kUsage) + QStringLiteral("Computes a statistic with confidence limits for each group "
                                                          "of rows of a CSV file.\n\n") +
                   QLatin1String(kOutputHelp) + QStringLiteral("\nMethods:\n");
    for (const MethodSpec& method : methods())
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(method.name).leftJustified(16, u' '),
                                               QLatin1String(method.summary));
    text += QStringLiteral("\nOptions of every method (--confidence: all but quantile and compare):\n") +
            formatOptions(commonOptions(true)) + QStringLiteral("  -h, --help                  Show this help.\n");
    for (const MethodSpec& method : methods())
        text += QStringLiteral("\nOptions of %1 (jsna stats %1 --help):\n").arg(QLatin1String(method.name)) +
                formatOptions(method.options);
    printText(text + u'\n' + QLatin1String(kExitCodeHelp));
}

// The union of every method's options, to find the method and --help before the method's own parse.
void addAllOptions(QCommandLineParser& parser)
{
    std::vector<OptionSpec> all = commonOptions(true);
    QStringList names;
    for (const OptionSpec& o : all)
        names.append(QString::fromLatin1(o.name));
    for (const MethodSpec& method : methods()) {
        for (const OptionSpec& o : method.options) {
            if (!names.contains(QString::fromLatin1(o.name))) {
                names.append(QString::fromLatin1(o.name));
                all.push_back({o.name, o.valueName, o.help, nullptr});
            }
        }
    }
    addOptions(parser, all);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
}

int usageError(const QString& message, const QString& seeAlso)
{
    printError(message + QStringLiteral(" (see: %1 --help)").arg(seeAlso));
    return kUsageError;
}

ConfidenceLevels parseLevels(const QCommandLineParser& parser, bool usesConfidence)
{
    if (!usesConfidence)
        return {};
    std::vector<double> levels;
    for (const QString& part : parser.value(QStringLiteral("confidence")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        levels.push_back(part.trimmed().toDouble(&ok));
        if (!ok)
            throw UsageError{QStringLiteral("--confidence: '%1' is not a number").arg(part)};
    }
    try {
        return ConfidenceLevels(levels);
    } catch (const StatsError& error) {
        throw UsageError{QStringLiteral("--confidence: ") + QString::fromUtf8(error.what())};
    }
}

int runMethod(const MethodSpec& method, const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser, commonOptions(method.usesConfidence));
    addOptions(parser, method.options);
    const QString seeAlso = QStringLiteral("jsna stats ") + QLatin1String(method.name);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), seeAlso);
    const QString in = parser.value(QStringLiteral("in"));
    const QString out = parser.value(QStringLiteral("out"));
    if (parser.positionalArguments().size() != 1 || in.isEmpty() || out.isEmpty())
        return usageError(QStringLiteral("usage: jsna stats METHOD --in IN.csv --out OUT.csv [options]"), seeAlso);
    if (out == in)
        return usageError(QStringLiteral("--out must not be the input file"), seeAlso);
    try {
        const ConfidenceLevels levels = parseLevels(parser, method.usesConfidence);
        const InputTable table(in);
        const Context ctx(parser, table, levels);
        const MethodOutput output = method.run(ctx);
        std::vector<std::pair<QString, const OutputTable*>> files{{out, &output.table}};
        for (const auto& [path, extra] : output.extraFiles) {
            if (path == out || path == in)
                throw UsageError{QStringLiteral("'%1' is named twice among --in, --out and the other outputs").arg(path)};
            files.emplace_back(path, &extra);
        }
        writeOutputs(files);
    } catch (const UsageError& error) {
        return usageError(error.message, seeAlso);
    } catch (const StatsError& error) {
        printError(in + QStringLiteral(": ") + QString::fromUtf8(error.what()));
        return kInputError;
    } catch (const ProjectError& error) {
        printError(error.describe());
        return error.line() > 0 ? kInputError : kFileError;
    } catch (const std::exception& error) {
        // Not expected (core/stats validates its input): reported rather than aborting.
        printError(in + QStringLiteral(": cannot compute: ") + QString::fromUtf8(error.what()));
        return kInputError;
    }
    return kSuccess;
}

int runStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    addAllOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), QStringLiteral("jsna stats"));
    const QStringList positional = parser.positionalArguments();
    const MethodSpec* method = positional.isEmpty() ? nullptr : findMethod(positional.front());
    if (!positional.isEmpty() && !method) {
        QStringList names;
        for (const MethodSpec& m : methods())
            names.append(QLatin1String(m.name));
        return usageError(
            QStringLiteral("unknown method '%1' (methods: %2)").arg(positional.front(), names.join(u", ")),
            QStringLiteral("jsna stats"));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        if (method)
            printMethodHelp(*method);
        else
            printStatsHelp();
        return kSuccess;
    }
    if (!method)
        return usageError(QStringLiteral("usage: jsna stats METHOD --in IN.csv --out OUT.csv [options]"),
                          QStringLiteral("jsna stats"));
    return runMethod(*method, arguments);
}

const CommandRegistration kRegistration{
    Command{"stats", "compute a statistic with confidence limits for each group of a CSV file", &runStats}};

} // namespace

} // namespace jsna::cli::stats
