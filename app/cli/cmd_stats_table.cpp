// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_stats_table.h"

#include <cmath>
#include <map>
#include <memory>

#include <QSaveFile>

#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/csv_writer.h"

namespace jsna::cli::stats {

InputTable::InputTable(const QString& path)
    : m_path(path)
{
    import::CsvReader reader(path);
    QStringList fields;
    if (!reader.next(m_header))
        throw ProjectError(QStringLiteral("the file is empty (a header row is needed)"), path);
    for (QString& name : m_header)
        name = name.trimmed();
    while (reader.next(fields)) {
        m_rows.push_back(fields);
        m_lines.push_back(reader.recordLine());
    }
}

int InputTable::column(const QString& name) const
{
    const int index = int(m_header.indexOf(name));
    if (index < 0)
        throw ProjectError(QStringLiteral("no column named '%1' (columns: %2)").arg(name, m_header.join(u", ")),
                           m_path, 1);
    return index;
}

double InputTable::number(int row, int column) const
{
    const QString text = this->text(row, column).trimmed();
    if (text.isEmpty() || text == u"NA" || text == u"NaN")
        return jsna::stats::kNaN;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw ProjectError(QStringLiteral("'%1' in column '%2' is not a number").arg(text, m_header.value(column)),
                           m_path, line(row), column + 1);
    return value;
}

std::vector<std::vector<int>> InputTable::groups(const std::vector<int>& groupColumns) const
{
    std::vector<std::vector<int>> result;
    std::map<QStringList, std::size_t> index;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList key;
        for (const int c : groupColumns)
            key.append(text(row, c));
        const auto [it, inserted] = index.try_emplace(key, result.size());
        if (inserted)
            result.emplace_back();
        result[it->second].push_back(row);
    }
    return result;
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    return QString::number(value, 'g', 17);
}

void appendEstimateHeader(QStringList& header, const jsna::stats::ConfidenceLevels& levels)
{
    header.append(QStringLiteral("value"));
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const QString suffix = QString::fromStdString(levels.suffix(i));
        header.append(QStringLiteral("lower") + suffix + QStringLiteral("cl"));
        header.append(QStringLiteral("upper") + suffix + QStringLiteral("cl"));
    }
}

void appendEstimate(QStringList& row, const jsna::stats::Estimate& estimate)
{
    row.append(formatNumber(estimate.value));
    for (std::size_t i = 0; i < estimate.levelCount; ++i) {
        row.append(formatNumber(estimate.at(i).lower));
        row.append(formatNumber(estimate.at(i).upper));
    }
}

void writeOutput(const QString& path, const OutputTable& table)
{
    writeOutputs({{path, &table}});
}

void writeOutputs(const std::vector<std::pair<QString, const OutputTable*>>& files)
{
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto& [path, table] : files) {
        auto& file = saves.emplace_back(std::make_unique<QSaveFile>(path));
        if (!file->open(QIODevice::WriteOnly))
            throw ProjectError(QStringLiteral("cannot write: %1").arg(file->errorString()), path);
        import::CsvWriter writer(*file);
        writer.writeRow(table->header);
        for (const QStringList& row : table->rows)
            writer.writeRow(row);
    }
    // An uncommitted QSaveFile removes its temporary file when destroyed.
    for (std::size_t i = 0; i < saves.size(); ++i) {
        if (!saves[i]->commit())
            throw ProjectError(QStringLiteral("cannot write: %1").arg(saves[i]->errorString()), files[i].first);
    }
}

} // namespace jsna::cli::stats
