// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_stats_method.h"

#include <cmath>

#include <QRegularExpression>

#include "core/foundation/project_error.h"

namespace jsna::cli::stats {

Context::Context(const QCommandLineParser& parser, const InputTable& table, jsna::stats::ConfidenceLevels levels)
    : m_parser(parser)
    , m_table(table)
    , m_levels(levels)
{
    for (const QString& name : groupNames())
        m_groupColumns.push_back(table.column(name));
}

bool Context::isSet(const char* name) const
{
    return m_parser.isSet(QString::fromLatin1(name));
}

QString Context::option(const char* name) const
{
    return m_parser.value(QString::fromLatin1(name)).trimmed();
}

int Context::column(const char* name) const
{
    return m_table.column(option(name));
}

int Context::optionalColumn(const char* name) const
{
    return option(name).isEmpty() ? -1 : column(name);
}

double Context::number(const char* name, double fallback) const
{
    const QString text = option(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw UsageError{QStringLiteral("--%1: '%2' is not a number").arg(QLatin1String(name), text)};
    return value;
}

QString Context::choice(const char* name, std::initializer_list<const char*> choices) const
{
    const QString value = option(name);
    QStringList names;
    for (const char* c : choices) {
        if (value == QLatin1String(c))
            return value;
        names.append(QString::fromLatin1(c));
    }
    throw UsageError{QStringLiteral("--%1: '%2' is not one of %3").arg(QLatin1String(name), value, names.join(u", "))};
}

QStringList Context::groupNames() const
{
    QStringList names;
    for (const QString& name : m_parser.value(QStringLiteral("group")).split(u',', Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

QStringList Context::header(const QStringList& extra) const
{
    QStringList h = groupNames();
    appendEstimateHeader(h, m_levels);
    h += extra;
    return h;
}

QStringList Context::keyOf(int row) const
{
    QStringList key;
    for (const int c : m_groupColumns)
        key.append(m_table.text(row, c));
    return key;
}

void rethrow(const jsna::stats::StatsError& error, const InputTable& table, const std::vector<int>& rows,
             std::initializer_list<int> candidateColumns)
{
    const std::size_t i = error.row();
    const int row = i < rows.size() ? rows[i] : rows.front();
    int column = candidateColumns.size() > 0 ? *candidateColumns.begin() : -1;
    for (const int c : candidateColumns) {
        if (table.number(row, c) < 0.0) {
            column = c;
            break;
        }
    }
    throw ProjectError(QString::fromUtf8(error.what()).remove(QRegularExpression(QStringLiteral("^row \\d+: "))),
                       table.path(), table.line(row), column + 1);
}

void throwAt(const InputTable& table, int row, int column, const QString& message)
{
    throw ProjectError(message, table.path(), table.line(row), column + 1);
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QStringList noteColumns(std::string_view method, std::string_view note, const QString& statistic)
{
    return {statistic, fromView(method), fromView(note)};
}

} // namespace jsna::cli::stats
