// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ons_population_importer.h"

#include <QFileInfo>
#include <QRegularExpression>

#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/field_parsers.h"
#include "core/import/text_encoding.h"
#include "core/indicators/age_bands.h"

namespace jsna::import {

namespace {

// The single year of age a normalised header names (0 ... 90; "90+" and "90 and over" are 90), or -1.
int ageOf(const QString& normalized)
{
    QString digits = normalized;
    if (digits.startsWith(u"age"))
        digits.remove(0, 3);
    if (digits == u"90andover" || digits == u"90plus")
        return OnsPopulationImporter::kOldestAge;
    bool ok = false;
    const int age = digits.toInt(&ok);
    return ok && age >= 0 && age <= OnsPopulationImporter::kOldestAge && digits.size() <= 2 ? age : -1;
}

int codeColumn(const QStringList& n)
{
    for (const char16_t* name : {u"code", u"areacode", u"geographycode", u"ladcode"}) {
        if (const qsizetype i = n.indexOf(QString::fromUtf16(name)); i >= 0)
            return static_cast<int>(i);
    }
    for (int i = 0; i < static_cast<int>(n.size()); ++i) {
        if (n.at(i).endsWith(u"cd") || n.at(i).contains(u"code"))
            return i;
    }
    return -1;
}

int yearIn(const QString& text, const QRegularExpression& pattern)
{
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

bool OnsPopulationImporter::looksLikeHeader(const QStringList& normalizedHeaders)
{
    int ages = 0;
    for (const QString& header : normalizedHeaders)
        ages += ageOf(header) >= 0 ? 1 : 0;
    return ages > kOldestAge && codeColumn(normalizedHeaders) >= 0;
}

bool OnsPopulationImporter::readHeader(ImportSession& session, const Fields& fields)
{
    static const QRegularExpression kTitleYear(QStringLiteral("mid-?\\s*((?:19|20)\\d\\d)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    QStringList normalized;
    m_ages.fill(-1);
    int found = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        names.append(fromUtf8(trimmed(fields[i])));
        normalized.append(normalizedHeader(fields[i]));
        const int age = ageOf(normalized.last());
        if (age >= 0 && m_ages[static_cast<std::size_t>(age)] < 0) {
            m_ages[static_cast<std::size_t>(age)] = static_cast<int>(i);
            ++found;
        }
        if (m_titleYear == 0)
            m_titleYear = yearIn(names.last(), kTitleYear);
    }
    if (found <= kOldestAge) {
        if (found >= 10) {
            QStringList missing;
            for (int age = 0; age <= kOldestAge; ++age) {
                if (m_ages[static_cast<std::size_t>(age)] < 0)
                    missing.append(QString::number(age));
            }
            throw ProjectError(
                QStringLiteral("the header lacks the age column(s) %1").arg(missing.join(u", ")),
                session.reader().path(), session.reader().recordLine(), 0);
        }
        return false; // a title line
    }
    m_code = codeColumn(normalized);
    if (m_code < 0) {
        throw ProjectError(QStringLiteral("the header has no area code column"), session.reader().path(),
                           session.reader().recordLine(), 0);
    }
    m_sex = static_cast<int>(normalized.indexOf(QStringLiteral("sex")));
    m_allAges = static_cast<int>(normalized.indexOf(QStringLiteral("allages")));
    session.setColumnNames(names);

    static const QRegularExpression kFileYear(QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)"));
    const QString baseName = QFileInfo(session.reader().path()).completeBaseName();
    m_year = session.options().year;
    if (m_year == 0 && m_titleYear > 0) {
        m_year = m_titleYear;
        session.addNote(QStringLiteral("estimates for mid-%1, from the title").arg(m_year));
    }
    if (m_year == 0 && (m_year = yearIn(baseName, kFileYear)) > 0)
        session.addNote(QStringLiteral("estimates for mid-%1, from the file name").arg(m_year));
    if (m_year == 0) {
        throw ProjectError(
            QStringLiteral("the file does not say which year the estimates are for: give the year"),
            session.reader().path());
    }
    if (m_sex < 0) {
        const QString lowerName = baseName.toLower();
        m_defaultSex = session.options().sex;
        if (m_defaultSex.isEmpty()) {
            m_defaultSex = lowerName.contains(u"female") ? QStringLiteral("Female")
                           : lowerName.contains(u"male") ? QStringLiteral("Male")
                                                         : QStringLiteral("Persons");
            session.addNote(QStringLiteral("every row is taken as %1 (no Sex column)").arg(m_defaultSex));
        }
    }
    m_upsert = std::make_unique<Upsert>(
        session.database(),
        "INSERT INTO populations(area_code, year, sex, age_band, count) VALUES (?1, ?2, ?3, ?4, ?5)"
        " ON CONFLICT DO NOTHING",
        "UPDATE populations SET count = ?5 WHERE area_code = ?1 AND year = ?2 AND sex = ?3 AND age_band = "
        "?4");
    return true;
}

void OnsPopulationImporter::readRow(ImportSession& session, const Fields& fields)
{
    const auto field = [&](int i) {
        return i < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(i)]);
    };
    const std::string_view code = field(m_code);
    if (code.empty())
        return void(session.reject(m_code, code, QStringLiteral("missing area code")));
    if (!session.hasArea(code)) {
        return void(
            session.reject(m_code, code,
                           QStringLiteral("unknown area code '%1' (import the areas first, from a Fingertips "
                                          "export, an IMD file or a lookup)")
                               .arg(fromUtf8(code))));
    }
    QString sex = m_defaultSex;
    if (m_sex >= 0) {
        const std::optional<QString> parsed = parseSex(field(m_sex));
        if (!parsed) {
            return void(session.reject(m_sex, field(m_sex),
                                       QStringLiteral("unknown sex '%1' (expected Persons, Male "
                                                      "or Female)")
                                           .arg(fromUtf8(field(m_sex)))));
        }
        sex = *parsed;
    }
    std::array<double, 19> bands{};
    double total = 0;
    for (int age = 0; age <= kOldestAge; ++age) {
        const int column = m_ages[static_cast<std::size_t>(age)];
        const std::string_view text = field(column);
        const ParsedNumber n = parseNumber(text, session.decimalComma());
        if (n.kind == ParsedNumber::Kind::Empty)
            return void(session.reject(column, text, QStringLiteral("missing count")));
        if (n.kind == ParsedNumber::Kind::Suppressed) {
            return void(session.reject(column, text,
                                       QStringLiteral("suppressed count '%1': counts by age band must be "
                                                      "complete")
                                           .arg(fromUtf8(text))));
        }
        if (n.kind == ParsedNumber::Kind::Bad)
            return void(session.reject(column, text, QStringLiteral("bad number '%1'").arg(fromUtf8(text))));
        if (n.value < 0)
            return void(
                session.reject(column, text, QStringLiteral("negative count %1").arg(fromUtf8(text))));
        bands[static_cast<std::size_t>(std::min(age, kOldestAge) / 5)] += n.value;
        total += n.value;
    }
    if (m_allAges >= 0) {
        const ParsedNumber all = parseNumber(field(m_allAges), session.decimalComma());
        if (all.kind == ParsedNumber::Kind::Number && std::abs(all.value - total) > 0.5) {
            return void(session.reject(m_allAges, field(m_allAges),
                                       QStringLiteral("the single years of age add up to %1, not All ages %2")
                                           .arg(total, 0, 'f', 0)
                                           .arg(fromUtf8(field(m_allAges)))));
        }
    }
    m_key.assign(code).append("\x1f").append(sex.toStdString());
    if (const qint64 earlier = session.duplicateOf(m_key))
        return void(session.reject(
            m_code, code, QStringLiteral("duplicate key: line %1 has the same area and sex").arg(earlier)));
    const QStringList& labels = indicators::fiveYearAgeBands();
    std::optional<WriteOutcome> outcome;
    for (std::size_t b = 0; b < bands.size(); ++b) {
        const WriteOutcome written = m_upsert->write(session.options().duplicates, [&](store::Statement& s) {
            s.bindUtf8(1, code)
                .bind(2, m_year)
                .bind(3, sex)
                .bind(4, labels.at(static_cast<qsizetype>(b)))
                .bind(5, bands[b]);
        });
        if (!outcome)
            outcome = written;
    }
    session.count(*outcome);
    session.changed(project::ChangeNotifier::Table::Populations);
}

} // namespace jsna::import
