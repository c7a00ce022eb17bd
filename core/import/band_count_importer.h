// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "core/import/importer.h"

namespace jsna::import {

// Reads counts by area, year, sex and 5-year age band in long form, one count per row, into
// event_counts (with a measure: a "Measure" column, ImportOptions::measure, or the file's name) or
// populations. Columns are found by name: Area Code, Year, Sex, Age band (or Age), and Count (or
// Events, Deaths) for counts, Population (or Count) for populations. Area codes must already be in
// the project; counts must be known, whole-file, non-negative numbers (a suppressed count is rejected:
// rates and DSRs need every band).
class BandCountImporter final : public Importer
{
public:
    enum class Target
    {
        EventCounts,
        Populations,
    };

    explicit BandCountImporter(Target target);

    static bool looksLikeHeader(const QStringList& normalizedHeaders, Target target);

    bool readHeader(ImportSession& session, const Fields& fields) override;
    void readRow(ImportSession& session, const Fields& fields) override;

private:
    Target m_target;
    int m_area = -1;
    int m_year = -1;
    int m_sex = -1;
    int m_age = -1;
    int m_count = -1;
    int m_measure = -1;
    QByteArray m_defaultMeasure;
    std::unique_ptr<Upsert> m_upsert;
    std::string m_key;
};

} // namespace jsna::import
