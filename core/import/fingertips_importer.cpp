// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/fingertips_importer.h"

#include <QFileInfo>

#include "core/foundation/project_error.h"
#include "core/geography/area.h"
#include "core/import/csv_reader.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

using Column = FingertipsImporter::Column;

struct ColumnName
{
    const char16_t* normalized;
    const char16_t* label;
};

// In the order of the current export. ComparedToParent is matched by prefix instead.
constexpr std::array<ColumnName, FingertipsImporter::ColumnCount> kColumns{{
    {u"indicatorid", u"Indicator ID"},
    {u"indicatorname", u"Indicator Name"},
    {u"parentcode", u"Parent Code"},
    {u"parentname", u"Parent Name"},
    {u"areacode", u"Area Code"},
    {u"areaname", u"Area Name"},
    {u"areatype", u"Area Type"},
    {u"sex", u"Sex"},
    {u"age", u"Age"},
    {u"categorytype", u"Category Type"},
    {u"category", u"Category"},
    {u"timeperiod", u"Time period"},
    {u"value", u"Value"},
    {u"lowerci950limit", u"Lower CI 95.0 limit"},
    {u"upperci950limit", u"Upper CI 95.0 limit"},
    {u"lowerci998limit", u"Lower CI 99.8 limit"},
    {u"upperci998limit", u"Upper CI 99.8 limit"},
    {u"count", u"Count"},
    {u"denominator", u"Denominator"},
    {u"valuenote", u"Value note"},
    {u"recenttrend", u"Recent Trend"},
    {u"comparedtoenglandvalueorpercentiles", u"Compared to England value or percentiles"},
    {u"comparedto", u"Compared to <parent> value or percentiles"},
    {u"timeperiodsortable", u"Time period Sortable"},
    {u"newdata", u"New data"},
    {u"comparedtogoal", u"Compared to goal"},
    {u"timeperiodrange", u"Time period range"},
}};

constexpr std::array kRequired{Column::IndicatorId, Column::AreaCode,   Column::Sex,
                               Column::Age,         Column::TimePeriod, Column::Value};

std::optional<int> columnFor(const QString& normalized)
{
    for (int c = 0; c < FingertipsImporter::ColumnCount; ++c) {
        if (c != Column::ComparedToParent &&
            normalized == QStringView(kColumns[static_cast<std::size_t>(c)].normalized))
            return c;
    }
    if (normalized.startsWith(u"comparedto"))
        return Column::ComparedToParent;
    return std::nullopt;
}

} // namespace

bool FingertipsImporter::looksLikeHeader(const QStringList& normalizedHeaders)
{
    return normalizedHeaders.contains(u"indicatorid") && normalizedHeaders.contains(u"areacode") &&
           normalizedHeaders.contains(u"timeperiod") && normalizedHeaders.contains(u"value");
}

bool FingertipsImporter::readHeader(ImportSession& session, const Fields& fields)
{
    m_index.fill(-1);
    m_naIsMissing = true;
    QStringList names;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const QString name = fromUtf8(trimmed(fields[i]));
        names.append(name);
        if (name.contains(u' '))
            m_naIsMissing = false; // only fingertipsR's space-less names come with R's NA
        const std::optional<int> column = columnFor(normalizedHeader(name));
        if (!column) {
            session.addNote(QStringLiteral("ignored column '%1'").arg(name));
            continue;
        }
        if (m_index[static_cast<std::size_t>(*column)] >= 0) {
            throw ProjectError(QStringLiteral("the column '%1' appears twice in the header").arg(name),
                               session.reader().path(), session.reader().recordLine(),
                               static_cast<int>(i) + 1);
        }
        m_index[static_cast<std::size_t>(*column)] = static_cast<int>(i);
    }
    QStringList missing;
    for (const Column column : kRequired) {
        if (m_index[column] < 0)
            missing.append(QString::fromUtf16(kColumns[column].label));
    }
    if (!missing.isEmpty()) {
        throw ProjectError(QStringLiteral("not a Fingertips data export: missing column(s) %1")
                               .arg(missing.join(QStringLiteral(", "))),
                           session.reader().path(), session.reader().recordLine(), 0);
    }
    session.setColumnNames(names);
    m_values = ValueColumns{m_index[Value],    m_index[Lower95], m_index[Upper95],    m_index[Lower998],
                            m_index[Upper998], m_index[Count],   m_index[Denominator]};
    m_indicators = std::make_unique<IndicatorCatalog>(session.database(), session);
    m_writer = std::make_unique<IndicatorValueWriter>(session.database(),
                                                      QFileInfo(session.reader().path()).fileName());
    return true;
}

void FingertipsImporter::readRow(ImportSession& session, const Fields& fields)
{
    const auto field = [&](Column column) {
        const int i = m_index[column];
        const std::string_view text =
            i < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(i)]);
        return m_naIsMissing && text == "NA" ? std::string_view() : text;
    };
    const auto reject = [&](Column column, const QString& reason) {
        return session.reject(m_index[column], field(column), reason);
    };

    const std::optional<qint64> fingertipsId = parseInteger(field(IndicatorId));
    if (!fingertipsId)
        return void(
            reject(IndicatorId, QStringLiteral("bad indicator ID '%1'").arg(fromUtf8(field(IndicatorId)))));
    IndicatorValueWriter::Row row;
    row.areaCode = field(AreaCode);
    if (row.areaCode.empty())
        return void(reject(AreaCode, QStringLiteral("missing area code")));
    row.sex = canonicalSex(field(Sex));
    if (row.sex.empty()) {
        return void(reject(
            Sex,
            QStringLiteral("unknown sex '%1' (expected Persons, Male or Female)").arg(fromUtf8(field(Sex)))));
    }
    row.period = field(TimePeriod);
    if (row.period.empty())
        return void(reject(TimePeriod, QStringLiteral("missing time period")));
    const std::optional<IndicatorCatalog::Entry> indicator = m_indicators->byFingertipsId(*fingertipsId);
    if (!readValueNumbers(session, fields, m_values, indicator && indicator->proportion, row.numbers))
        return;
    const std::optional<qint64> sortable = parseInteger(field(TimePeriodSortable));
    row.periodSortable = sortable ? *sortable : sortablePeriod(row.period);
    row.age = field(Age);
    row.categoryType = field(CategoryType);
    row.category = field(Category);

    if (!session.hasArea(row.areaCode)) {
        QString type = geography::areaTypeForCode(fromUtf8(row.areaCode));
        if (type.isEmpty())
            type = areaTypeFromLabel(field(AreaType));
        session.ensureArea(row.areaCode, field(AreaName), type, field(ParentCode), field(ParentName));
    }
    if (indicator) {
        row.indicatorId = indicator->id;
    } else {
        QString name = fromUtf8(field(IndicatorName));
        if (name.isEmpty())
            name = QStringLiteral("Fingertips indicator %1").arg(*fingertipsId);
        row.indicatorId =
            m_indicators
                ->create(*fingertipsId, name, indicators::ValueType::Other, QStringLiteral("OHID Fingertips"))
                .id;
    }
    row.valueNote = field(ValueNote);
    row.recentTrend = field(RecentTrend);
    row.comparedToEngland = field(ComparedToEngland);
    row.comparedToParent = field(ComparedToParent);
    row.comparedToGoal = field(ComparedToGoal);
    row.timePeriodRange = field(TimePeriodRange);
    row.newData = field(NewData);
    const IndicatorValueWriter::Result written =
        m_writer->write(row, session.options().duplicates, session.reader().recordLine());
    if (written.duplicateOfLine != 0) {
        const QString earlier = written.duplicateOfLine > 0
                                    ? QStringLiteral("line %1").arg(written.duplicateOfLine)
                                    : QStringLiteral("an earlier line");
        return void(session.reject(
            -1, {},
            QStringLiteral("duplicate key: %1 has the same indicator, area, period, sex, age and category")
                .arg(earlier)));
    }
    session.count(written.outcome);
    session.changed(project::ChangeNotifier::Table::IndicatorValues);
}

} // namespace jsna::import
