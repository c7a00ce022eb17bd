// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/column_mapping.h"

#include <array>
#include <utility>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/foundation/project_error.h"
#include "core/import/field_parsers.h"
#include "core/store/database.h"

namespace jsna::import {

namespace {

struct FieldInfo
{
    MappedField field;
    const char16_t* key;
    const char16_t* label;
    std::array<const char16_t*, 12> synonyms; // normalised headers that suggest the field; nullptr pads
};

const std::array<FieldInfo, 15>& fieldTable()
{
    static const std::array<FieldInfo, 15> kFields{{
        {MappedField::AreaCode,
         u"area_code",
         u"Area code",
         {u"areacode", u"code", u"geographycode", u"areacd", u"geogcode", u"onscode", u"lacode", u"ladcode",
          u"utlacode", u"lsoacode", u"msoacode", u"wardcode"}},
        {MappedField::Indicator,
         u"indicator",
         u"Indicator",
         {u"indicator", u"indicatorname", u"indicatorid", u"measure", u"metric"}},
        {MappedField::Period,
         u"period",
         u"Period",
         {u"period", u"timeperiod", u"year", u"date", u"financialyear", u"reportingperiod"}},
        {MappedField::Sex, u"sex", u"Sex", {u"sex", u"gender"}},
        {MappedField::Age, u"age", u"Age", {u"age", u"ageband", u"agegroup"}},
        {MappedField::CategoryType, u"category_type", u"Category type", {u"categorytype", u"breakdown"}},
        {MappedField::Category, u"category", u"Category", {u"category", u"group", u"subgroup"}},
        {MappedField::Value,
         u"value",
         u"Value",
         {u"value", u"rate", u"percentage", u"percent", u"proportion"}},
        {MappedField::Lower95,
         u"lower95",
         u"Lower 95% limit",
         {u"lowerci950limit", u"lowerci95", u"lower95", u"lci95", u"lowercl95", u"lowerci", u"lci",
          u"lower"}},
        {MappedField::Upper95,
         u"upper95",
         u"Upper 95% limit",
         {u"upperci950limit", u"upperci95", u"upper95", u"uci95", u"uppercl95", u"upperci", u"uci",
          u"upper"}},
        {MappedField::Lower998,
         u"lower998",
         u"Lower 99.8% limit",
         {u"lowerci998limit", u"lowerci998", u"lower998"}},
        {MappedField::Upper998,
         u"upper998",
         u"Upper 99.8% limit",
         {u"upperci998limit", u"upperci998", u"upper998"}},
        {MappedField::Count, u"count", u"Count", {u"count", u"numerator", u"n", u"events", u"observed"}},
        {MappedField::Denominator, u"denominator", u"Denominator", {u"denominator", u"denom", u"population"}},
        {MappedField::ValueNote, u"value_note", u"Value note", {u"valuenote", u"note", u"notes", u"comment"}},
    }};
    return kFields;
}

const FieldInfo& info(MappedField field)
{
    for (const FieldInfo& entry : fieldTable()) {
        if (entry.field == field)
            return entry;
    }
    return fieldTable().front();
}

} // namespace

QList<MappedField> allMappedFields()
{
    QList<MappedField> fields;
    for (const FieldInfo& entry : fieldTable())
        fields.append(entry.field);
    return fields;
}

QString mappedFieldKey(MappedField field)
{
    return QString::fromUtf16(info(field).key);
}

QString mappedFieldLabel(MappedField field)
{
    return QString::fromUtf16(info(field).label);
}

std::optional<MappedField> mappedFieldFromKey(const QString& key)
{
    for (const FieldInfo& entry : fieldTable()) {
        if (key == QStringView(entry.key))
            return entry.field;
    }
    return std::nullopt;
}

QStringList ColumnMapping::problems() const
{
    QStringList missing;
    if (!columns.contains(MappedField::AreaCode))
        missing.append(QStringLiteral("choose the column that holds the area code"));
    if (!columns.contains(MappedField::Indicator) && indicatorName.trimmed().isEmpty())
        missing.append(QStringLiteral("choose the indicator column, or name the indicator"));
    if (!columns.contains(MappedField::Period) && period.trimmed().isEmpty())
        missing.append(QStringLiteral("choose the period column, or give the period"));
    if (!columns.contains(MappedField::Value) && !columns.contains(MappedField::Count))
        missing.append(QStringLiteral("choose the value column (or the count column)"));
    return missing;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject mapped;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapped.insert(mappedFieldKey(it.key()), it.value());
    QJsonObject object;
    object.insert(QStringLiteral("columns"), mapped);
    object.insert(QStringLiteral("indicator_name"), indicatorName);
    object.insert(QStringLiteral("period"), period);
    object.insert(QStringLiteral("sex"), sex);
    object.insert(QStringLiteral("age"), age);
    object.insert(QStringLiteral("value_type"), indicators::toStorage(valueType));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ColumnMapping ColumnMapping::fromJson(const QString& name, const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        throw ProjectError(
            QStringLiteral("the saved mapping '%1' is damaged (%2)").arg(name, error.errorString()));
    const QJsonObject object = document.object();
    ColumnMapping mapping;
    mapping.name = name;
    const QJsonObject mapped = object.value(u"columns").toObject();
    for (auto it = mapped.constBegin(); it != mapped.constEnd(); ++it) {
        if (const auto field = mappedFieldFromKey(it.key()))
            mapping.columns.insert(*field, it.value().toString());
    }
    mapping.indicatorName = object.value(u"indicator_name").toString();
    mapping.period = object.value(u"period").toString();
    mapping.sex = object.value(u"sex").toString(QStringLiteral("Persons"));
    mapping.age = object.value(u"age").toString(QStringLiteral("All ages"));
    mapping.valueType =
        indicators::valueTypeFromStorage(object.value(u"value_type").toString(QStringLiteral("other")));
    return mapping;
}

ColumnMapping guessMapping(const QStringList& header)
{
    ColumnMapping mapping;
    for (const FieldInfo& entry : fieldTable()) {
        // Synonyms are in order of preference; the first header matching the best synonym wins.
        for (const char16_t* synonym : entry.synonyms) {
            if (!synonym)
                break;
            bool found = false;
            for (const QString& column : header) {
                if (normalizedHeader(column) == QStringView(synonym) &&
                    !mapping.columns.values().contains(column)) {
                    mapping.columns.insert(entry.field, column);
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    }
    return mapping;
}

MappingRepository::MappingRepository(store::Database& database)
    : m_db(database)
{}

void MappingRepository::save(const ColumnMapping& mapping)
{
    if (mapping.name.trimmed().isEmpty())
        throw ProjectError(QStringLiteral("a saved mapping needs a name"), m_db.path());
    m_db.cached(
            "INSERT INTO import_mappings(name, mapping, updated_at) VALUES (?1, ?2, ?3)"
            " ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at")
        .bind(1, mapping.name.trimmed())
        .bind(2, QString::fromUtf8(mapping.toJson()))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .run();
}

std::optional<ColumnMapping> MappingRepository::find(const QString& name)
{
    store::Statement& statement = m_db.cached("SELECT mapping FROM import_mappings WHERE name = ?1");
    statement.bind(1, name.trimmed());
    if (!statement.step()) {
        statement.reset();
        return std::nullopt;
    }
    const QByteArray json = statement.text(0).toUtf8();
    statement.reset();
    return ColumnMapping::fromJson(name.trimmed(), json);
}

QStringList MappingRepository::names()
{
    QStringList names;
    store::Statement& statement = m_db.cached("SELECT name FROM import_mappings ORDER BY name");
    while (statement.step())
        names.append(statement.text(0));
    statement.reset();
    return names;
}

void MappingRepository::remove(const QString& name)
{
    m_db.cached("DELETE FROM import_mappings WHERE name = ?1").bind(1, name.trimmed()).run();
}

} // namespace jsna::import
