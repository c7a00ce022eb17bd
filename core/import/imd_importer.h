// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/import/importer.h"

namespace jsna::import {

// Reads an English Indices of Deprivation file at LSOA level (e.g. IoD2019 File 7, or any file with an
// LSOA code column and IMD score, rank and/or decile columns). Records the edition (IMD2019, IMD2025)
// and the LSOA vintage (2011, 2021), taken from ImportOptions or else from the header ("LSOA code
// (2011)", LSOA21CD). LSOAs the project does not know are created when the file names them (with their
// local authority as parent); otherwise an unknown code is a rejected row.
class ImdImporter final : public Importer
{
public:
    static bool looksLikeHeader(const QStringList& normalizedHeaders);

    bool readHeader(ImportSession& session, const Fields& fields) override;
    void readRow(ImportSession& session, const Fields& fields) override;

private:
    int m_code = -1;
    int m_name = -1;
    int m_laCode = -1;
    int m_laName = -1;
    int m_score = -1;
    int m_rank = -1;
    int m_decile = -1;
    QString m_edition;
    int m_vintage = 0;
    std::unique_ptr<Upsert> m_upsert;
};

} // namespace jsna::import
