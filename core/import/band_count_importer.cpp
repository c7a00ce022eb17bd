// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/band_count_importer.h"

#include <QFileInfo>

#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/field_parsers.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

int find(const QStringList& normalized, std::initializer_list<const char16_t*> names)
{
    for (const char16_t* name : names) {
        const qsizetype i = normalized.indexOf(QString::fromUtf16(name));
        if (i >= 0)
            return static_cast<int>(i);
    }
    return -1;
}

int areaColumn(const QStringList& n)
{
    return find(n, {u"areacode", u"code", u"geographycode", u"lacode", u"ladcode", u"areacd", u"lsoacode",
                    u"msoacode", u"wardcode"});
}

int countColumn(const QStringList& n, BandCountImporter::Target target)
{
    return target == BandCountImporter::Target::Populations
               ? find(n, {u"population", u"count", u"value", u"persons"})
               : find(n, {u"count", u"events", u"deaths", u"admissions", u"cases", u"numerator", u"value"});
}

} // namespace

BandCountImporter::BandCountImporter(Target target)
    : m_target(target)
{}

bool BandCountImporter::looksLikeHeader(const QStringList& n, Target target)
{
    const bool common = areaColumn(n) >= 0 && find(n, {u"year", u"period"}) >= 0 && find(n, {u"sex"}) >= 0 &&
                        find(n, {u"ageband", u"age", u"agegroup"}) >= 0;
    if (!common)
        return false;
    if (target == Target::Populations)
        return find(n, {u"population"}) >= 0;
    return find(n, {u"population"}) < 0 && countColumn(n, target) >= 0;
}

bool BandCountImporter::readHeader(ImportSession& session, const Fields& fields)
{
    QStringList names;
    QStringList normalized;
    for (const std::string_view field : fields) {
        names.append(fromUtf8(trimmed(field)));
        normalized.append(normalizedHeader(field));
    }
    m_area = areaColumn(normalized);
    m_year = find(normalized, {u"year", u"period"});
    m_sex = find(normalized, {u"sex"});
    m_age = find(normalized, {u"ageband", u"age", u"agegroup"});
    m_count = countColumn(normalized, m_target);
    m_measure = m_target == Target::EventCounts ? find(normalized, {u"measure", u"event", u"indicator"}) : -1;
    QStringList missing;
    const std::pair<int, const char*> required[] = {
        {m_area, "Area Code"},
        {m_year, "Year"},
        {m_sex, "Sex"},
        {m_age, "Age band"},
        {m_count, m_target == Target::Populations ? "Population" : "Count"}};
    for (const auto& [index, label] : required) {
        if (index < 0)
            missing.append(QLatin1String(label));
    }
    if (!missing.isEmpty()) {
        throw ProjectError(QStringLiteral("not a %1 file: missing column(s) %2")
                               .arg(m_target == Target::Populations ? QStringLiteral("population")
                                                                    : QStringLiteral("counts"),
                                    missing.join(QStringLiteral(", "))),
                           session.reader().path(), session.reader().recordLine(), 0);
    }
    session.setColumnNames(names);
    if (m_target == Target::EventCounts && m_measure < 0) {
        const QString measure = session.options().measure.isEmpty()
                                    ? QFileInfo(session.reader().path()).completeBaseName()
                                    : session.options().measure;
        m_defaultMeasure = measure.toUtf8();
        session.addNote(QStringLiteral("the counts are stored as the measure '%1'").arg(measure));
    }
    if (m_target == Target::Populations) {
        m_upsert = std::make_unique<Upsert>(
            session.database(),
            "INSERT INTO populations(area_code, year, sex, age_band, count) VALUES (?2, ?3, ?4, ?5, ?6)"
            " ON CONFLICT DO NOTHING",
            "UPDATE populations SET count = ?6 WHERE area_code = ?2 AND year = ?3 AND sex = ?4 AND age_band "
            "= ?5");
    } else {
        m_upsert = std::make_unique<Upsert>(session.database(),
                                            "INSERT INTO event_counts(measure, area_code, year, sex, "
                                            "age_band, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                                            " ON CONFLICT DO NOTHING",
                                            "UPDATE event_counts SET count = ?6 WHERE measure = ?1 AND "
                                            "area_code = ?2 AND year = ?3 AND sex = ?4"
                                            " AND age_band = ?5");
    }
    return true;
}

void BandCountImporter::readRow(ImportSession& session, const Fields& fields)
{
    const auto field = [&](int i) {
        return i < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(i)]);
    };
    const std::string_view area = field(m_area);
    if (area.empty())
        return void(session.reject(m_area, area, QStringLiteral("missing area code")));
    if (!session.hasArea(area)) {
        return void(
            session.reject(m_area, area,
                           QStringLiteral("unknown area code '%1' (import the areas first, from a Fingertips "
                                          "export, an IMD file or a lookup)")
                               .arg(fromUtf8(area))));
    }
    const std::optional<qint64> year = parseInteger(field(m_year));
    if (!year || *year < 1800 || *year > 2200)
        return void(session.reject(m_year, field(m_year),
                                   QStringLiteral("bad year '%1'").arg(fromUtf8(field(m_year)))));
    const std::string_view sex = canonicalSex(field(m_sex));
    if (sex.empty()) {
        return void(session.reject(m_sex, field(m_sex),
                                   QStringLiteral("unknown sex '%1' (expected Persons, Male or "
                                                  "Female)")
                                       .arg(fromUtf8(field(m_sex)))));
    }
    const std::optional<QString> band = parseAgeBand(field(m_age));
    if (!band) {
        return void(
            session.reject(m_age, field(m_age),
                           QStringLiteral("unknown age band '%1' (expected 0-4, 5-9, ..., 85-89, 90+)")
                               .arg(fromUtf8(field(m_age)))));
    }
    const std::string_view countText = field(m_count);
    const ParsedNumber count = parseNumber(countText, session.decimalComma());
    switch (count.kind) {
    case ParsedNumber::Kind::Empty:
        return void(session.reject(m_count, countText, QStringLiteral("missing count")));
    case ParsedNumber::Kind::Suppressed:
        return void(
            session.reject(m_count, countText,
                           QStringLiteral("suppressed count '%1': counts by age band must be complete")
                               .arg(fromUtf8(countText))));
    case ParsedNumber::Kind::Bad:
        return void(
            session.reject(m_count, countText, QStringLiteral("bad number '%1'").arg(fromUtf8(countText))));
    case ParsedNumber::Kind::Number:
        break;
    }
    if (count.value < 0)
        return void(
            session.reject(m_count, countText, QStringLiteral("negative count %1").arg(fromUtf8(countText))));
    const std::string_view measure =
        m_measure >= 0 ? field(m_measure)
                       : std::string_view(m_defaultMeasure.constData(),
                                          static_cast<std::size_t>(m_defaultMeasure.size()));
    if (m_target == Target::EventCounts && measure.empty())
        return void(session.reject(m_measure, measure, QStringLiteral("missing measure")));

    const QByteArray bandUtf8 = band->toUtf8();
    m_key.assign(measure).append("\x1f").append(area).append("\x1f").append(std::to_string(*year));
    m_key.append("\x1f").append(sex).append("\x1f").append(bandUtf8.constData());
    if (const qint64 earlier = session.duplicateOf(m_key)) {
        return void(session.reject(
            -1, {},
            QStringLiteral("duplicate key: line %1 has the same %2area, year, sex and age band")
                .arg(earlier)
                .arg(m_target == Target::EventCounts ? QStringLiteral("measure, ") : QString())));
    }
    session.count(m_upsert->write(session.options().duplicates, [&](store::Statement& s) {
        s.bindUtf8(1, measure)
            .bindUtf8(2, area)
            .bind(3, *year)
            .bindUtf8(4, sex)
            .bind(5, *band)
            .bind(6, count.value);
    }));
    session.changed(m_target == Target::Populations ? project::ChangeNotifier::Table::Populations
                                                    : project::ChangeNotifier::Table::EventCounts);
}

} // namespace jsna::import
