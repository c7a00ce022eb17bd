// SPDX-License-Identifier: GPL-3.0-or-later
// jsna stats METHOD --in IN.csv --out OUT.csv: the statistics engine (core/stats) over a CSV file.
#include <functional>

#include <QRegularExpression>

#include "app/cli/cli_command.h"
#include "app/cli/cmd_stats_table.h"
#include "app/cli/exit_codes.h"
#include "core/foundation/project_error.h"
#include "core/stats/benchmarking.h"
#include "core/stats/dsr.h"
#include "core/stats/life_expectancy.h"
#include "core/stats/mean.h"
#include "core/stats/proportion.h"
#include "core/stats/quantile.h"
#include "core/stats/rate.h"

namespace jsna::cli::stats {

namespace {

using namespace jsna::stats;

struct Context
{
    QCommandLineParser& parser;
    const InputTable& table;
    ConfidenceLevels levels;
    std::vector<int> groupColumns;

    QString option(const char* name) const { return parser.value(QString::fromLatin1(name)); }
    int column(const char* name) const { return table.column(option(name)); }
    double multiplier(double fallback) const
    {
        const QString text = option("multiplier");
        return text.isEmpty() ? fallback : text.toDouble();
    }
    // Output header: the group columns, then value and limits, then extra columns.
    QStringList header(const QStringList& extra) const
    {
        QStringList h;
        for (const QString& name : parser.value(QStringLiteral("group")).split(u',', Qt::SkipEmptyParts))
            h.append(name.trimmed());
        appendEstimateHeader(h, levels);
        h += extra;
        return h;
    }
    QStringList keyOf(int row) const
    {
        QStringList key;
        for (const int c : groupColumns)
            key.append(table.text(row, c));
        return key;
    }
};

// Rethrows a StatsError about rows[i] of a group as a ProjectError naming the file and line.
[[noreturn]] void rethrow(const StatsError& error, const InputTable& table, const std::vector<int>& rows)
{
    const std::size_t i = error.row();
    const qint64 line = i < rows.size() ? table.line(rows[i]) : 0;
    throw ProjectError(QString::fromUtf8(error.what()).remove(QRegularExpression(QStringLiteral("^row \\d+: "))),
                       table.path(), line);
}

QStringList noteColumns(std::string_view method, std::string_view note, const QString& statistic)
{
    return {statistic, QString::fromUtf8(method.data(), qsizetype(method.size())),
            QString::fromUtf8(note.data(), qsizetype(note.size()))};
}

OutputTable runCounts(const Context& ctx, bool isProportion)
{
    const int x = ctx.column(isProportion ? "numerator" : "count");
    const int n = ctx.column(isProportion ? "denominator" : "population");
    const double multiplier = ctx.multiplier(isProportion ? 1.0 : 100000.0);
    const QString statistic = isProportion ? (multiplier == 100 ? QStringLiteral("percentage")
                                                                : QStringLiteral("proportion of %1").arg(multiplier))
                                           : QStringLiteral("rate per %1").arg(multiplier, 0, 'f', 0);
    OutputTable out;
    out.header = ctx.header({QStringLiteral("total_count"), QStringLiteral("total_pop"), QStringLiteral("statistic"),
                             QStringLiteral("method"), QStringLiteral("value_note")});
    for (const std::vector<int>& rows : ctx.table.groups(ctx.groupColumns)) {
        double sx = 0, sn = 0;
        for (const int r : rows) {
            sx += ctx.table.number(r, x);
            sn += ctx.table.number(r, n);
        }
        Estimate e;
        try {
            e = isProportion ? proportion({sx, sn}, ctx.levels, multiplier, 0) : crudeRate({sx, sn}, ctx.levels, multiplier, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table, rows);
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, e);
        row << formatNumber(sx) << formatNumber(sn) << noteColumns(methodName(e.method), e.note, statistic);
        out.rows.push_back(row);
    }
    return out;
}

OutputTable runDsr(const Context& ctx)
{
    const int count = ctx.column("count");
    const int population = ctx.column("population");
    const int band = ctx.column("age-band");
    const QString standardName = ctx.option("standard");
    const StandardPopulation* builtIn = StandardPopulation::builtIn(standardName.toStdString());
    DsrOptions options;
    options.multiplier = ctx.multiplier(100000.0);
    if (ctx.parser.isSet(QStringLiteral("allow-missing-bands")))
        options.missingBands = MissingBands::StandardiseOverPresent;
    OutputTable out;
    out.header = ctx.header({QStringLiteral("total_count"), QStringLiteral("total_pop"), QStringLiteral("statistic"),
                             QStringLiteral("method"), QStringLiteral("value_note")});
    for (const std::vector<int>& rows : ctx.table.groups(ctx.groupColumns)) {
        StandardPopulation custom;
        const StandardPopulation* standard = builtIn;
        if (!standard) {
            // The standard is a column: its weights per band, taken from this group's rows.
            const int weight = ctx.table.column(standardName);
            std::vector<std::string> names;
            std::vector<double> weights;
            for (const int r : rows) {
                names.push_back(ctx.table.text(r, band).toStdString());
                weights.push_back(ctx.table.number(r, weight));
            }
            try {
                custom = StandardPopulation(standardName.toStdString(), names, weights);
            } catch (const StatsError& error) {
                throw ProjectError(QString::fromUtf8(error.what()), ctx.table.path(), ctx.table.line(rows.front()));
            }
            standard = &custom;
        }
        std::vector<DsrBandInput> input;
        for (const int r : rows) {
            const auto index = standard->find(ctx.table.text(r, band).toStdString());
            if (!index)
                throw ProjectError(QStringLiteral("age band '%1' is not in the standard population %2")
                                       .arg(ctx.table.text(r, band), QString::fromStdString(standard->name())),
                                   ctx.table.path(), ctx.table.line(r), band + 1);
            input.push_back({*index, ctx.table.number(r, count), ctx.table.number(r, population)});
        }
        DsrResult result;
        try {
            result = directlyStandardisedRate(input, *standard, ctx.levels, options, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table, rows);
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, result.estimate);
        std::string note(result.estimate.note);
        if (!result.warning.empty())
            note += (note.empty() ? "" : "; ") + result.warning;
        row << formatNumber(result.totalCount) << formatNumber(result.totalPopulation)
            << noteColumns(methodName(result.estimate.method), note,
                           QStringLiteral("dsr per %1").arg(options.multiplier, 0, 'f', 0));
        out.rows.push_back(row);
    }
    return out;
}

OutputTable runMean(const Context& ctx)
{
    const int value = ctx.column("value");
    OutputTable out;
    out.header = ctx.header({QStringLiteral("value_count"), QStringLiteral("stdev"), QStringLiteral("statistic"),
                             QStringLiteral("method"), QStringLiteral("value_note")});
    for (const std::vector<int>& rows : ctx.table.groups(ctx.groupColumns)) {
        std::vector<double> values;
        for (const int r : rows)
            values.push_back(ctx.table.number(r, value));
        MeanResult result;
        try {
            result = mean(values, ctx.levels, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table, rows);
        }
        QStringList row = ctx.keyOf(rows.front());
        appendEstimate(row, result.estimate);
        row << formatNumber(result.count) << formatNumber(result.standardDeviation)
            << noteColumns(methodName(result.estimate.method), result.estimate.note, QStringLiteral("mean"));
        out.rows.push_back(row);
    }
    return out;
}

OutputTable runLifeExpectancy(const Context& ctx)
{
    const int deaths = ctx.column("count");
    const int population = ctx.column("population");
    const int age = ctx.column("age-band");
    OutputTable out;
    out.header = ctx.header({QStringLiteral("start_age"), QStringLiteral("pops_used"), QStringLiteral("dths_used"),
                             QStringLiteral("method"), QStringLiteral("value_note")});
    out.header.move(out.header.indexOf(QStringLiteral("start_age")), int(ctx.groupColumns.size()));
    for (const std::vector<int>& rows : ctx.table.groups(ctx.groupColumns)) {
        std::vector<LifeTableBand> bands;
        for (const int r : rows)
            bands.push_back({ctx.table.number(r, age), ctx.table.number(r, deaths), ctx.table.number(r, population)});
        std::vector<LifeExpectancyAtAge> table;
        try {
            table = lifeExpectancy(bands, ctx.levels, {}, 0);
        } catch (const StatsError& error) {
            rethrow(error, ctx.table, rows);
        }
        for (const LifeExpectancyAtAge& at : table) {
            QStringList row = ctx.keyOf(rows.front());
            row << formatNumber(at.startAge);
            appendEstimate(row, at.estimate);
            const std::string_view method = methodName(at.estimate.method);
            row << formatNumber(at.populationUsed) << formatNumber(at.deathsUsed)
                << QString::fromUtf8(method.data(), qsizetype(method.size()))
                << QString::fromUtf8(at.estimate.note.data(), qsizetype(at.estimate.note.size()));
            out.rows.push_back(row);
        }
    }
    return out;
}

OutputTable runQuantile(const Context& ctx)
{
    const int value = ctx.column("value");
    const int n = ctx.option("quantiles").toInt();
    const bool invert = !ctx.parser.isSet(QStringLiteral("lowest-first"));
    OutputTable out;
    out.header = ctx.header({});
    out.header = QStringList(out.header.mid(0, qsizetype(ctx.groupColumns.size())))
                 << ctx.option("area") << QStringLiteral("value") << QStringLiteral("quantile");
    const int area = ctx.column("area");
    for (const std::vector<int>& rows : ctx.table.groups(ctx.groupColumns)) {
        std::vector<double> values;
        for (const int r : rows)
            values.push_back(ctx.table.number(r, value));
        const std::vector<double> q = assignQuantiles(values, n, invert);
        for (std::size_t i = 0; i < rows.size(); ++i)
            out.rows.push_back(ctx.keyOf(rows[i]) << ctx.table.text(rows[i], area) << formatNumber(values[i])
                                                  << formatNumber(q[i]));
    }
    return out;
}

int runStats(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Computes a statistic for each group of an input CSV. METHOD: proportion rate dsr mean life-expectancy "
        "quantile. Output: the group columns, value, lower/upper limits per level (lower95_0cl ...), and the "
        "method's own columns; numbers to 17 significant digits; empty cells are missing values."));
    parser.addPositionalArgument(QStringLiteral("METHOD"), QStringLiteral("the statistic"));
    const auto add = [&](const char* name, const char* help, const char* fallback = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value"));
        if (fallback)
            o.setDefaultValue(QString::fromLatin1(fallback));
        parser.addOption(o);
    };
    add("in", "input CSV file (header row)");
    add("out", "output CSV file (written only on success)");
    add("group", "comma-separated grouping columns", "");
    add("numerator", "proportion numerator column", "numerator");
    add("denominator", "proportion denominator column", "denominator");
    add("count", "count (events, deaths) column", "count");
    add("population", "population column", "population");
    add("age-band", "age band column (dsr; start age for life-expectancy)", "age_band");
    add("standard", "esp2013, esp2013-20, or a column of standard weights", "esp2013");
    add("value", "value column (mean, quantile)", "value");
    add("area", "area column (quantile)", "area_code");
    add("quantiles", "number of quantiles", "10");
    add("confidence", "comma-separated confidence levels", "95,99.8");
    add("multiplier", "multiplier (default: 1 proportions, 100000 rates and DSRs)");
    parser.addOption(QCommandLineOption(QStringLiteral("allow-missing-bands"),
                                        QStringLiteral("dsr: standardise over the bands present (warns)")));
    parser.addOption(QCommandLineOption(QStringLiteral("lowest-first"),
                                        QStringLiteral("quantile: lowest values in quantile 1")));
    int exitCode = kSuccess;
    if (!parseOrExit(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString in = parser.value(QStringLiteral("in"));
    const QString out = parser.value(QStringLiteral("out"));
    if (positional.size() != 1 || in.isEmpty() || out.isEmpty()) {
        printError(QStringLiteral("usage: jsna stats METHOD --in IN.csv --out OUT.csv [options]"));
        return kUsageError;
    }
    const QString method = positional.front();
    std::vector<double> levels;
    for (const QString& part : parser.value(QStringLiteral("confidence")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        levels.push_back(part.trimmed().toDouble(&ok));
        if (!ok) {
            printError(QStringLiteral("--confidence: '%1' is not a number").arg(part));
            return kUsageError;
        }
    }
    try {
        const InputTable table(in);
        Context ctx{parser, table, ConfidenceLevels(levels), {}};
        for (const QString& name : parser.value(QStringLiteral("group")).split(u',', Qt::SkipEmptyParts))
            ctx.groupColumns.push_back(table.column(name.trimmed()));
        OutputTable output;
        if (method == u"proportion")
            output = runCounts(ctx, true);
        else if (method == u"rate")
            output = runCounts(ctx, false);
        else if (method == u"dsr")
            output = runDsr(ctx);
        else if (method == u"mean")
            output = runMean(ctx);
        else if (method == u"life-expectancy")
            output = runLifeExpectancy(ctx);
        else if (method == u"quantile")
            output = runQuantile(ctx);
        else {
            printError(QStringLiteral("unknown or not yet available method '%1'").arg(method));
            return kUsageError;
        }
        writeOutput(out, output);
    } catch (const StatsError& error) {
        printError(in + QStringLiteral(": ") + QString::fromUtf8(error.what()));
        return kUsageError;
    } catch (const ProjectError& error) {
        printError(error.describe());
        return error.line() > 0 ? kInputError : kFileError;
    }
    return kSuccess;
}

const CommandRegistration kRegistration{
    Command{"stats", "compute a statistic with confidence limits for each group of a CSV file", &runStats}};

} // namespace

} // namespace jsna::cli::stats
