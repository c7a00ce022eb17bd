// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QString>

#include "core/import/field_parsers.h"
#include "core/import/importer.h"
#include "core/indicators/indicator.h"

namespace jsna::import {

// Where the numeric columns of an indicator-value file are (0-based; -1 when the file has none).
struct ValueColumns
{
    int value = -1;
    int lower95 = -1;
    int upper95 = -1;
    int lower998 = -1;
    int upper998 = -1;
    int count = -1;
    int denominator = -1;
};

struct ValueNumbers
{
    ParsedNumber value;
    ParsedNumber lower95;
    ParsedNumber upper95;
    ParsedNumber lower998;
    ParsedNumber upper998;
    ParsedNumber count;
    ParsedNumber denominator;
};

// Parses and checks the numbers of one row: each must be a number, blank or a suppression marker;
// the 95% and 99.8% limits must bracket the value; for proportions the count may not exceed the
// denominator. Rejects the row on the first problem and returns false.
bool readValueNumbers(ImportSession& session, const Fields& fields, const ValueColumns& columns,
                      bool proportion, ValueNumbers& out);

// Indicators by Fingertips ID and by name, created on first use.
class IndicatorCatalog
{
public:
    struct Entry
    {
        qint64 id = 0;
        bool proportion = false; // counts may not exceed denominators
    };

    IndicatorCatalog(store::Database& database, ImportSession& session);

    std::optional<Entry> byFingertipsId(qint64 fingertipsId) const;
    std::optional<Entry> byName(const QString& name) const;
    Entry create(std::optional<qint64> fingertipsId, const QString& name, indicators::ValueType type,
                 const QString& source);

private:
    store::Database& m_db;
    ImportSession& m_session;
    std::unordered_map<qint64, Entry> m_byFingertipsId;
    QHash<QString, Entry> m_byName;
};

// Writes indicator_values rows (with the Fingertips labels) through reused statements. Duplicates are
// found by the table's UNIQUE key: a conflict with a row this import wrote is a duplicate within the
// file (reported with that row's line), a conflict with an older row is replaced or kept.
class IndicatorValueWriter
{
public:
    struct Row
    {
        qint64 indicatorId = 0;
        std::string_view areaCode;
        std::string_view period;
        qint64 periodSortable = 0;
        std::string_view sex;
        std::string_view age;
        std::string_view categoryType;
        std::string_view category;
        ValueNumbers numbers;
        std::string_view valueNote;
        std::string_view recentTrend;
        std::string_view comparedToEngland;
        std::string_view comparedToParent;
        std::string_view comparedToGoal;
        std::string_view timePeriodRange;
        std::string_view newData;
    };
    struct Result
    {
        WriteOutcome outcome = WriteOutcome::Added;
        // Not written: an earlier row of the file has the same key (its line, or -1 past the tracked lines).
        qint64 duplicateOfLine = 0;
    };

    IndicatorValueWriter(store::Database& database, const QString& provenance);
    Result write(const Row& row, DuplicatePolicy policy, qint64 line);

private:
    void bindRow(store::Statement& statement, const Row& row);

    store::Database& m_db;
    store::Statement m_insert;
    store::Statement m_findId;
    store::Statement m_update;
    QByteArray m_provenance;
    qint64 m_firstNewId = 0;
    // Line of each row written, by id - m_firstNewId, for the first kMaxTrackedLines rows (64 MB).
    static constexpr std::size_t kMaxTrackedLines = std::size_t{1} << 24;
    std::vector<quint32> m_lines;
};

} // namespace jsna::import
