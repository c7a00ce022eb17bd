// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include "app/cli/cmd_stats_table.h"
#include "core/stats/confidence.h"
#include "core/stats/stats_error.h"

namespace jsna::cli::stats {

// Wrong or inconsistent options (jsna exits with kUsageError).
struct UsageError
{
    QString message;
};

// One option of a `jsna stats` method: a column name, a number, a choice, or (valueName null) a flag.
// fallback is the default the parser fills in; help says any default that depends on other options.
struct OptionSpec
{
    const char* name;
    const char* valueName;
    const char* help;
    const char* fallback = nullptr;
};

// What a method hands back: the --out table, plus any further files it was asked for (funnel limits).
struct MethodOutput
{
    OutputTable table;
    std::vector<std::pair<QString, OutputTable>> extraFiles;
};

// The parsed command line and input file a method works on.
class Context
{
public:
    Context(const QCommandLineParser& parser, const InputTable& table, jsna::stats::ConfidenceLevels levels);

    const InputTable& table() const { return m_table; }
    const jsna::stats::ConfidenceLevels& levels() const { return m_levels; }
    const std::vector<int>& groupColumns() const { return m_groupColumns; }

    bool isSet(const char* name) const;
    QString option(const char* name) const;
    // The column an option names; throws ProjectError (line 1) when the file has no such column.
    int column(const char* name) const;
    // As column(), or -1 when the option was not given and has no default.
    int optionalColumn(const char* name) const;
    // A numeric option, or fallback when it was not given; throws UsageError when it is not a number.
    double number(const char* name, double fallback) const;
    // The option's value, which must be one of choices; throws UsageError otherwise.
    QString choice(const char* name, std::initializer_list<const char*> choices) const;

    // Output header: the group columns, value and the limit columns of levels(), then extra.
    QStringList header(const QStringList& extra) const;
    QStringList groupNames() const;
    QStringList keyOf(int row) const;

private:
    const QCommandLineParser& m_parser;
    const InputTable& m_table;
    jsna::stats::ConfidenceLevels m_levels;
    std::vector<int> m_groupColumns;
};

// A method of `jsna stats`: its name, a one-line summary, its own options (the common ones, --in,
// --out, --group and, when usesConfidence, --confidence, are added by cmd_stats.cpp) and its code.
struct MethodSpec
{
    const char* name;
    const char* summary;
    bool usesConfidence;
    std::vector<OptionSpec> options;
    MethodOutput (*run)(const Context& ctx);
};

// Rethrows a StatsError about rows[error.row()] of a group as a ProjectError naming the file and line
// (the group's first line when the error names no row) and, of candidateColumns, the first whose value
// on that line is negative, or else the first.
[[noreturn]] void rethrow(const jsna::stats::StatsError& error, const InputTable& table, const std::vector<int>& rows,
                          std::initializer_list<int> candidateColumns = {});
// A ProjectError naming a cell.
[[noreturn]] void throwAt(const InputTable& table, int row, int column, const QString& message);

QString fromView(std::string_view text);
QStringList noteColumns(std::string_view method, std::string_view note, const QString& statistic);

// The methods, each defined in its cmd_stats_<method>.cpp.
MethodSpec proportionMethod();
MethodSpec rateMethod();
MethodSpec dsrMethod();
MethodSpec meanMethod();
MethodSpec lifeExpectancyMethod();
MethodSpec quantileMethod();
MethodSpec isrMethod();
MethodSpec siiMethod();
MethodSpec funnelMethod();
MethodSpec compareMethod();

} // namespace jsna::cli::stats
