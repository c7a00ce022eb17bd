// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>

#include "core/import/importer.h"

namespace jsna::import {

// Reads ONS mid-year population estimates in their wide form (MYE2 and similar): a code column, then
// one column per single year of age 0 ... 89 and 90 (meaning 90 and over, also written "90+"), with
// optional Name, Geography, All ages and Sex columns, and title lines before the header. Ages are
// summed into the 5-year bands 0-4 ... 85-89 and 90+. The year comes from ImportOptions, a title line
// ("Mid-2020"), or the file name; the sex from a Sex column, ImportOptions, or the file name
// (persons/males/females), else Persons. Area codes must already be in the project. When an All ages
// column is present the ages must add up to it.
class OnsPopulationImporter final : public Importer
{
public:
    static constexpr int kOldestAge = 90;

    static bool looksLikeHeader(const QStringList& normalizedHeaders);

    bool readHeader(ImportSession& session, const Fields& fields) override;
    void readRow(ImportSession& session, const Fields& fields) override;

private:
    int m_code = -1;
    int m_sex = -1;
    int m_allAges = -1;
    std::array<int, kOldestAge + 1> m_ages{};
    int m_titleYear = 0;
    int m_year = 0;
    QString m_defaultSex;
    std::unique_ptr<Upsert> m_upsert;
    std::string m_key;
};

} // namespace jsna::import
