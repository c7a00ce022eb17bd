// SPDX-License-Identifier: GPL-3.0-or-later
// Which importer a file's header belongs to.
#include "core/import/band_count_importer.h"
#include "core/import/field_parsers.h"
#include "core/import/fingertips_importer.h"
#include "core/import/imd_importer.h"
#include "core/import/import_runner.h"
#include "core/import/lookup_importer.h"
#include "core/import/ons_population_importer.h"

namespace jsna::import {

namespace {

constexpr int kRowsToSearch = 20;

std::optional<ImportFormat> formatOfHeader(const QStringList& row)
{
    QStringList normalized;
    for (const QString& cell : row)
        normalized.append(normalizedHeader(cell));
    // IMD files carry LSOA and LA codes, so they are tried before lookups.
    if (FingertipsImporter::looksLikeHeader(normalized))
        return ImportFormat::Fingertips;
    if (ImdImporter::looksLikeHeader(normalized))
        return ImportFormat::Imd;
    if (LookupImporter::looksLikeHeader(normalized))
        return ImportFormat::Lookup;
    if (OnsPopulationImporter::looksLikeHeader(normalized))
        return ImportFormat::OnsPopulation;
    if (BandCountImporter::looksLikeHeader(normalized, BandCountImporter::Target::Populations))
        return ImportFormat::Population;
    if (BandCountImporter::looksLikeHeader(normalized, BandCountImporter::Target::EventCounts))
        return ImportFormat::Counts;
    return std::nullopt;
}

} // namespace

std::optional<ImportFormat> detectImportFormat(const QList<QStringList>& firstRows, int* headerRow)
{
    for (int i = 0; i < std::min<int>(kRowsToSearch, static_cast<int>(firstRows.size())); ++i) {
        if (const auto format = formatOfHeader(firstRows.at(i))) {
            if (headerRow)
                *headerRow = i;
            return format;
        }
    }
    if (headerRow)
        *headerRow = 0;
    return std::nullopt;
}

} // namespace jsna::import
