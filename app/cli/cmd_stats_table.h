// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/stats/confidence.h"
#include "core/stats/estimate.h"

namespace jsna::cli::stats {

// The input CSV of `jsna stats`, read whole: header, records and each record's physical line, so that
// errors can name file, line and column. Throws ProjectError.
class InputTable
{
public:
    explicit InputTable(const QString& path);

    const QString& path() const { return m_path; }
    int rowCount() const { return int(m_rows.size()); }
    // Index of a named column; throws ProjectError (usage) when absent.
    int column(const QString& name) const;
    QString text(int row, int column) const { return m_rows[std::size_t(row)].value(column); }
    // A number: empty or NA is NaN; anything else that is not a number throws ProjectError with
    // file, line and column.
    double number(int row, int column) const;
    qint64 line(int row) const { return m_lines[std::size_t(row)]; }
    // Rows grouped by the values of the group columns, in order of first appearance.
    std::vector<std::vector<int>> groups(const std::vector<int>& groupColumns) const;

private:
    QString m_path;
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<qint64> m_lines;
};

// One output row: the group columns' values followed by computed fields.
struct OutputTable
{
    QStringList header;
    std::vector<QStringList> rows;
};

QString formatNumber(double value); // 17 significant digits, NaN as empty
// Appends value and the limit columns (lower95_0cl, upper95_0cl, ...) of an estimate.
void appendEstimateHeader(QStringList& header, const jsna::stats::ConfidenceLevels& levels);
void appendEstimate(QStringList& row, const jsna::stats::Estimate& estimate);
// Writes atomically (QSaveFile): nothing is left behind on failure. Throws ProjectError.
void writeOutput(const QString& path, const OutputTable& table);
// Writes several files, each atomically: all are written in full before any replaces its target, so a
// failure while writing leaves none behind (a failure between two renames can still leave the first).
void writeOutputs(const std::vector<std::pair<QString, const OutputTable*>>& files);

} // namespace jsna::cli::stats
