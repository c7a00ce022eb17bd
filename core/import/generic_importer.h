// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "core/import/column_mapping.h"
#include "core/import/importer.h"
#include "core/import/indicator_value_writer.h"

namespace jsna::import {

// Reads a long-format file, one indicator value per row, through a ColumnMapping. Area codes must
// already be in the project (the file does not describe areas); indicators are found by name or
// Fingertips ID and created when new.
class GenericImporter final : public Importer
{
public:
    explicit GenericImporter(ColumnMapping mapping);

    bool readHeader(ImportSession& session, const Fields& fields) override;
    void readRow(ImportSession& session, const Fields& fields) override;

private:
    int column(MappedField field) const;

    ColumnMapping m_mapping;
    QMap<MappedField, int> m_index;
    ValueColumns m_values;
    QByteArray m_defaultPeriod;
    QByteArray m_defaultAge;
    std::string_view m_defaultSex;
    std::unique_ptr<IndicatorCatalog> m_indicators;
    std::unique_ptr<IndicatorValueWriter> m_writer;
};

} // namespace jsna::import
