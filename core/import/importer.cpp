// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importer.h"

#include "core/foundation/project_error.h"
#include "core/import/band_count_importer.h"
#include "core/import/fingertips_importer.h"
#include "core/import/generic_importer.h"
#include "core/import/imd_importer.h"
#include "core/import/lookup_importer.h"
#include "core/import/ons_population_importer.h"
#include "core/store/database.h"

namespace jsna::import {

std::unique_ptr<Importer> makeImporter(ImportFormat format, const ImportOptions& options, store::Database&)
{
    switch (format) {
    case ImportFormat::Fingertips:
        return std::make_unique<FingertipsImporter>();
    case ImportFormat::Generic:
        if (!options.mapping)
            throw ProjectError(QStringLiteral("a generic file needs a column mapping"));
        if (const QStringList problems = options.mapping->problems(); !problems.isEmpty())
            throw ProjectError(
                QStringLiteral("the column mapping is incomplete: %1").arg(problems.join(u"; ")));
        return std::make_unique<GenericImporter>(*options.mapping);
    case ImportFormat::OnsPopulation:
        return std::make_unique<OnsPopulationImporter>();
    case ImportFormat::Imd:
        return std::make_unique<ImdImporter>();
    case ImportFormat::Lookup:
        return std::make_unique<LookupImporter>();
    case ImportFormat::Counts:
        return std::make_unique<BandCountImporter>(BandCountImporter::Target::EventCounts);
    case ImportFormat::Population:
        return std::make_unique<BandCountImporter>(BandCountImporter::Target::Populations);
    }
    throw ProjectError(QStringLiteral("unknown import format"));
}

Upsert::Upsert(store::Database& database, const char* insertIgnoringConflicts, const char* updateByKey)
    : m_db(database)
    , m_insert(database.prepare(insertIgnoringConflicts))
    , m_update(database.prepare(updateByKey))
{}

int Upsert::changes() const
{
    return m_db.changes();
}

} // namespace jsna::import
