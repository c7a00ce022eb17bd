// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/generic_importer.h"

#include <utility>

#include <QFileInfo>

#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

GenericImporter::GenericImporter(ColumnMapping mapping)
    : m_mapping(std::move(mapping))
{}

int GenericImporter::column(MappedField field) const
{
    return m_index.value(field, -1);
}

bool GenericImporter::readHeader(ImportSession& session, const Fields& fields)
{
    QStringList names;
    for (const std::string_view field : fields)
        names.append(fromUtf8(trimmed(field)));
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        qsizetype index = names.indexOf(it.value().trimmed());
        if (index < 0) {
            const QString wanted = normalizedHeader(it.value());
            for (qsizetype i = 0; i < names.size() && index < 0; ++i) {
                if (normalizedHeader(names.at(i)) == wanted)
                    index = i;
            }
        }
        if (index < 0) {
            throw ProjectError(
                QStringLiteral("the mapping gives the column '%1' for %2, but the header has no such "
                               "column")
                    .arg(it.value(), mappedFieldLabel(it.key()).toLower()),
                session.reader().path(), session.reader().recordLine(), 0);
        }
        m_index.insert(it.key(), static_cast<int>(index));
    }
    session.setColumnNames(names);
    m_values = ValueColumns{column(MappedField::Value),      column(MappedField::Lower95),
                            column(MappedField::Upper95),    column(MappedField::Lower998),
                            column(MappedField::Upper998),   column(MappedField::Count),
                            column(MappedField::Denominator)};
    m_defaultPeriod = m_mapping.period.trimmed().toUtf8();
    m_defaultAge = m_mapping.age.trimmed().toUtf8();
    m_defaultSex = canonicalSex(m_mapping.sex.toUtf8().toStdString());
    if (m_defaultSex.empty())
        m_defaultSex = "Persons";
    m_indicators = std::make_unique<IndicatorCatalog>(session.database(), session);
    m_writer = std::make_unique<IndicatorValueWriter>(session.database(),
                                                      QFileInfo(session.reader().path()).fileName());
    return true;
}

void GenericImporter::readRow(ImportSession& session, const Fields& fields)
{
    const auto field = [&](MappedField f) {
        const int i = column(f);
        return i < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(i)]);
    };
    const auto reject = [&](MappedField f, const QString& reason) {
        return session.reject(column(f), field(f), reason);
    };

    IndicatorValueWriter::Row row;
    row.areaCode = field(MappedField::AreaCode);
    if (row.areaCode.empty())
        return void(reject(MappedField::AreaCode, QStringLiteral("missing area code")));
    if (!session.hasArea(row.areaCode)) {
        return void(
            reject(MappedField::AreaCode,
                   QStringLiteral("unknown area code '%1' (import the areas first, from a Fingertips export, "
                                  "an IMD file or a lookup)")
                       .arg(fromUtf8(row.areaCode))));
    }
    const QString indicatorText = column(MappedField::Indicator) >= 0
                                      ? fromUtf8(field(MappedField::Indicator))
                                      : m_mapping.indicatorName.trimmed();
    if (indicatorText.isEmpty())
        return void(reject(MappedField::Indicator, QStringLiteral("missing indicator")));
    row.period = column(MappedField::Period) >= 0 ? field(MappedField::Period) : view(m_defaultPeriod);
    if (row.period.empty())
        return void(reject(MappedField::Period, QStringLiteral("missing period")));
    row.sex = column(MappedField::Sex) >= 0 ? canonicalSex(field(MappedField::Sex)) : m_defaultSex;
    if (row.sex.empty()) {
        return void(
            reject(MappedField::Sex, QStringLiteral("unknown sex '%1' (expected Persons, Male or Female)")
                                         .arg(fromUtf8(field(MappedField::Sex)))));
    }
    row.age = column(MappedField::Age) >= 0 ? field(MappedField::Age) : view(m_defaultAge);
    row.categoryType = field(MappedField::CategoryType);
    row.category = field(MappedField::Category);

    bool numericId = !indicatorText.isEmpty();
    for (const QChar c : indicatorText)
        numericId = numericId && c.isDigit();
    const std::optional<qint64> fingertipsId =
        numericId ? std::optional<qint64>(indicatorText.toLongLong()) : std::nullopt;
    std::optional<IndicatorCatalog::Entry> indicator =
        fingertipsId ? m_indicators->byFingertipsId(*fingertipsId) : m_indicators->byName(indicatorText);
    const bool proportion =
        indicator ? indicator->proportion : m_mapping.valueType == indicators::ValueType::Proportion;
    if (!readValueNumbers(session, fields, m_values, proportion, row.numbers))
        return;
    row.periodSortable = sortablePeriod(row.period);

    if (!indicator) {
        const QString source =
            QStringLiteral("Imported from %1").arg(QFileInfo(session.reader().path()).fileName());
        indicator = m_indicators->create(
            fingertipsId, fingertipsId ? QStringLiteral("Indicator %1").arg(*fingertipsId) : indicatorText,
            m_mapping.valueType, source);
    }
    row.indicatorId = indicator->id;
    row.valueNote = field(MappedField::ValueNote);
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
