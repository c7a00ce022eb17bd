// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/import_types.h"

#include <array>
#include <utility>

#include <QFileInfo>

namespace jsna::import {

namespace {

struct FormatInfo
{
    ImportFormat format;
    const char16_t* key;
    const char16_t* label;
};

constexpr std::array<FormatInfo, 7> kFormats{{
    {ImportFormat::Fingertips, u"fingertips", u"Fingertips data export"},
    {ImportFormat::Generic, u"generic", u"Long-format table (with a column mapping)"},
    {ImportFormat::OnsPopulation, u"ons-population", u"ONS mid-year population estimates"},
    {ImportFormat::Imd, u"imd", u"English Indices of Deprivation (LSOA)"},
    {ImportFormat::Lookup, u"lookup", u"Geography lookup (LSOA to MSOA, ward and local authority)"},
    {ImportFormat::Counts, u"counts", u"Event counts by age band"},
    {ImportFormat::Population, u"population", u"Population by age band"},
}};

QString plural(qint64 n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

QList<ImportFormat> allImportFormats()
{
    QList<ImportFormat> formats;
    for (const FormatInfo& info : kFormats)
        formats.append(info.format);
    return formats;
}

QString importFormatKey(ImportFormat format)
{
    for (const FormatInfo& info : kFormats) {
        if (info.format == format)
            return QString::fromUtf16(info.key);
    }
    return {};
}

QString importFormatLabel(ImportFormat format)
{
    for (const FormatInfo& info : kFormats) {
        if (info.format == format)
            return QString::fromUtf16(info.label);
    }
    return {};
}

std::optional<ImportFormat> importFormatFromKey(const QString& key)
{
    for (const FormatInfo& info : kFormats) {
        if (key.compare(QStringView(info.key), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

void ImportReport::clearWrites()
{
    rowsAdded = 0;
    rowsReplaced = 0;
    rowsKept = 0;
    areasCreated = 0;
    indicatorsCreated = 0;
    changedTables.clear();
}

QStringList ImportReport::summary() const
{
    QStringList lines;
    lines.append(QStringLiteral("%1 (%2, %3, delimiter %4)")
                     .arg(QFileInfo(file).fileName(), importFormatLabel(format), encoding,
                          delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter))));
    lines.append(QStringLiteral("%1 read: %2 added, %3 replaced, %4 kept as they were, %5 rejected")
                     .arg(plural(rowsRead, "row", "rows"))
                     .arg(rowsAdded)
                     .arg(rowsReplaced)
                     .arg(rowsKept)
                     .arg(rowsRejected));
    if (areasCreated > 0 || indicatorsCreated > 0) {
        lines.append(QStringLiteral("new: %1, %2")
                         .arg(plural(areasCreated, "area", "areas"),
                              plural(indicatorsCreated, "indicator", "indicators")));
    }
    for (const QString& note : notes)
        lines.append(QStringLiteral("note: %1").arg(note));
    if (canceled) {
        lines.append(QStringLiteral("canceled: nothing was written"));
    } else if (dryRun) {
        lines.append(QStringLiteral("checked only: nothing was written"));
    } else if (!committed) {
        lines.append(QStringLiteral("nothing was written because %1; skip bad rows to import the others")
                         .arg(plural(rowsRejected, "row has a problem", "rows have problems")));
    } else if (rowsRejected > 0) {
        lines.append(QStringLiteral("written, without the %1")
                         .arg(plural(rowsRejected, "rejected row", "rejected rows")));
    } else {
        lines.append(QStringLiteral("written"));
    }
    if (!rejectsPath.isEmpty() && rowsRejected > 0)
        lines.append(QStringLiteral("rejected rows saved to %1").arg(rejectsPath));
    return lines;
}

QString ImportReport::describe(const RejectedRow& row) const
{
    QString where = file + u':' + QString::number(row.line);
    if (row.column > 0)
        where += u':' + QString::number(row.column);
    QString text = where + QStringLiteral(": ") + row.reason;
    if (!row.columnName.isEmpty())
        text += QStringLiteral(" (column '%1')").arg(row.columnName);
    return text;
}

} // namespace jsna::import
