// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QStringList>

#include "core/import/column_mapping.h"
#include "core/project/change_notifier.h"

namespace jsna::import {

// The kinds of file the importers read.
enum class ImportFormat
{
    Fingertips,    // OHID Fingertips data export (27 columns; older 26; fingertipsR names)
    Generic,       // long format, one value per row, with a ColumnMapping
    OnsPopulation, // ONS mid-year estimates: one column per single year of age, 90 = 90 and over
    Imd,           // English Indices of Deprivation, LSOA level: code, score, rank, decile
    Lookup,        // LSOA -> MSOA / ward -> local authority best-fit lookups
    Counts,        // event counts by area, year, sex and 5-year age band
    Population,    // populations by area, year, sex and 5-year age band (long)
};

QList<ImportFormat> allImportFormats();
QString importFormatKey(ImportFormat format); // "fingertips", "ons-population", ... (CLI and imports.format)
QString importFormatLabel(ImportFormat format); // "Fingertips data export"
std::optional<ImportFormat> importFormatFromKey(const QString& key);

// What to do with a row whose key is already in the project (from an earlier import).
enum class DuplicatePolicy
{
    Replace,
    Keep,
};

struct ImportOptions
{
    std::optional<ImportFormat> format; // detected from the header when empty
    bool skipBadRows = false;           // false: one bad row and nothing is written
    DuplicatePolicy duplicates = DuplicatePolicy::Replace;
    std::optional<ColumnMapping> mapping; // generic files: the mapping to use
    QString mappingName;                  // generic files: a saved mapping, when mapping is empty
    QString rejectsPath;                  // when set, every rejected row is written there as CSV
    // The caller's connection is the only one to the project (the CLI): the import may then leave WAL
    // for a rollback journal while it runs, so pages are written once instead of to the WAL and again
    // at the checkpoint. Ignored (WAL stays) when another connection is open.
    bool exclusiveConnection = false;
    // Validate everything and roll back: the report says what an import would do (the wizard's check).
    bool dryRun = false;

    // Format parameters, for what a file does not say itself.
    QString imdEdition = QStringLiteral("IMD2019"); // imd: IMD2019 or IMD2025
    int lsoaVintage = 0;   // imd, lookup: 2011 or 2021; 0 = from the header (LSOA11CD, "code (2011)")
    QString lookupVintage; // lookup: e.g. "2021"; empty = from the header's code columns
    QString measure;       // counts without a measure column; empty = the file's base name
    int year = 0;          // ons-population: when neither a column nor the file name gives it
    QString sex;           // ons-population without a sex column; empty = from the file name, else Persons
};

// One row that was not imported, and why. column is the 1-based field number (0 when the whole row).
struct RejectedRow
{
    qint64 line = 0;
    int column = 0;
    QString columnName;
    QString value;
    QString reason;

    bool operator==(const RejectedRow&) const = default;
};

// What an import did (or, when not committed, would have done and why it did not).
struct ImportReport
{
    // The report lists this many rejected rows; all of them go to ImportOptions::rejectsPath.
    static constexpr int kMaxListedRejections = 1000;

    QString file;
    ImportFormat format = ImportFormat::Fingertips;
    QString encoding;
    char delimiter = ',';
    qint64 rowsRead = 0;
    qint64 rowsAdded = 0;
    qint64 rowsReplaced = 0;
    qint64 rowsKept = 0;
    qint64 rowsRejected = 0;
    qint64 areasCreated = 0;
    qint64 indicatorsCreated = 0;
    QList<RejectedRow> rejected; // the first kMaxListedRejections
    QStringList notes;           // what was inferred or ignored (year from file name, unused columns, ...)
    QString rejectsPath;         // where the full list of rejected rows was written, if anywhere
    bool committed = false;
    bool canceled = false;
    bool dryRun = false;
    QList<project::ChangeNotifier::Table> changedTables;

    // After a rollback: nothing was added, replaced, kept or created after all.
    void clearWrites();
    // A few lines for people: what was added, replaced, kept and rejected, and whether it was written.
    QStringList summary() const;
    // "file:line:column: reason (column 'Value', value 'abc')" for one rejected row.
    QString describe(const RejectedRow& row) const;
};

} // namespace jsna::import
