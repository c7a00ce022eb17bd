// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/import/importer.h"

namespace jsna::import {

// Reads an ONS best-fit geography lookup: code (and name) columns for two or more of LSOA, MSOA, ward,
// local authority and upper-tier authority, named as ONS names them (LSOA11CD, LSOA11NM, WD19CD,
// LAD19CD, UTLA19CD, ...) or spelt out ("LSOA code"). Each row links its smallest area to every larger
// one (lsoa-ward, lsoa-msoa, lsoa-la, ward-la, msoa-la, la-utla, ...) in area_lookups, under the
// vintage the column names carry (LAD19CD -> 2019) unless ImportOptions names one. Areas are created
// from the names in the file. A larger area that two rows place in different parents is rejected.
class LookupImporter final : public Importer
{
public:
    enum class Level
    {
        Lsoa,
        Msoa,
        Ward,
        La,
        Utla,
    };

    static bool looksLikeHeader(const QStringList& normalizedHeaders);

    bool readHeader(ImportSession& session, const Fields& fields) override;
    void readRow(ImportSession& session, const Fields& fields) override;

private:
    struct LevelColumns
    {
        Level level;
        int code = -1;
        int name = -1;
    };
    struct Relation
    {
        std::size_t child;                                                    // index into m_levels
        std::size_t parent;                                                   // index into m_levels
        QString name;                                                         // "lsoa-ward"
        std::unordered_map<std::string, std::pair<std::string, qint64>> seen; // child -> parent, line
    };

    std::vector<LevelColumns> m_levels; // smallest first
    std::vector<Relation> m_relations;
    std::vector<bool> m_newLink; // per relation: the current row's link was not seen before
    QString m_vintage;
    std::unique_ptr<Upsert> m_upsert;
};

} // namespace jsna::import
