// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QStringList>

#include "core/indicators/indicator.h"

namespace jsna::store {
class Database;
}

namespace jsna::import {

// The fields of a generic long-format file (one value per row) that a column can be mapped to.
enum class MappedField
{
    AreaCode,
    Indicator, // an indicator name, or a Fingertips indicator ID when the column is all numbers
    Period,
    Sex,
    Age,
    CategoryType,
    Category,
    Value,
    Lower95,
    Upper95,
    Lower998,
    Upper998,
    Count,
    Denominator,
    ValueNote,
};

QList<MappedField> allMappedFields();
QString mappedFieldKey(MappedField field);   // "area_code" (as stored in the mapping's JSON)
QString mappedFieldLabel(MappedField field); // "Area code"
std::optional<MappedField> mappedFieldFromKey(const QString& key);

// Which column of a generic file holds each field, and the values to use for fields no column holds.
// Saved in the project by name (import_mappings) so a monthly file can be imported the same way.
struct ColumnMapping
{
    QString name;
    QMap<MappedField, QString> columns; // field -> the column's header text
    QString indicatorName;              // used when no column is mapped to Indicator
    QString period;                     // used when no column is mapped to Period
    QString sex = QStringLiteral("Persons");
    QString age = QStringLiteral("All ages");
    indicators::ValueType valueType = indicators::ValueType::Other; // of indicators this import creates

    // What is missing before the mapping can be used: "Area code", "Indicator", ... (empty when complete).
    QStringList problems() const;
    QByteArray toJson() const;
    // Throws ProjectError for JSON that is not a mapping.
    static ColumnMapping fromJson(const QString& name, const QByteArray& json);

    bool operator==(const ColumnMapping&) const = default;
};

// A first guess from a file's header ("Area Code", "AreaCode", "area_code", "LA code", "Value", ...),
// for the wizard to show and the user to correct.
ColumnMapping guessMapping(const QStringList& header);

// Reads and writes saved mappings (import_mappings). Used on the thread that owns the Database.
class MappingRepository
{
public:
    explicit MappingRepository(store::Database& database);

    void save(const ColumnMapping& mapping); // by name, replacing one of the same name
    std::optional<ColumnMapping> find(const QString& name);
    QStringList names(); // sorted
    void remove(const QString& name);

private:
    store::Database& m_db;
};

} // namespace jsna::import
