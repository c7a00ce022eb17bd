// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/imd_importer.h"

#include <QRegularExpression>

#include "core/foundation/project_error.h"
#include "core/geography/area.h"
#include "core/import/csv_reader.h"
#include "core/import/field_parsers.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

struct Columns
{
    int code = -1;
    int name = -1;
    int laCode = -1;
    int laName = -1;
    int score = -1;
    int rank = -1;
    int decile = -1;
};

Columns findColumns(const QStringList& n)
{
    static const QRegularExpression kLadCode(QStringLiteral("^(lad|ltla)\\d\\dcd$"));
    static const QRegularExpression kLadName(QStringLiteral("^(lad|ltla)\\d\\dnm$"));
    Columns c;
    for (int i = 0; i < static_cast<int>(n.size()); ++i) {
        const QString& h = n.at(i);
        const auto take = [i](int& slot) {
            if (slot < 0)
                slot = i;
        };
        if (h.startsWith(u"lsoacode") || h == u"lsoa11cd" || h == u"lsoa21cd" || h == u"lsoacd" ||
            h == u"lsoa")
            take(c.code);
        else if (h.startsWith(u"lsoaname") || h == u"lsoa11nm" || h == u"lsoa21nm")
            take(c.name);
        else if (h.startsWith(u"localauthoritydistrictcode") || kLadCode.match(h).hasMatch() ||
                 h == u"lacode" || h == u"ladcode")
            take(c.laCode);
        else if (h.startsWith(u"localauthoritydistrictname") || kLadName.match(h).hasMatch() ||
                 h == u"laname" || h == u"ladname")
            take(c.laName);
        else if (h.contains(u"imdscore") || h == u"score")
            take(c.score);
        else if (h.contains(u"imdrank") || h == u"rank")
            take(c.rank);
        else if (h.contains(u"imddecile") || h == u"decile")
            take(c.decile);
    }
    return c;
}

} // namespace

bool ImdImporter::looksLikeHeader(const QStringList& normalizedHeaders)
{
    const Columns c = findColumns(normalizedHeaders);
    return c.code >= 0 && (c.score >= 0 || c.rank >= 0 || c.decile >= 0);
}

bool ImdImporter::readHeader(ImportSession& session, const Fields& fields)
{
    QStringList names;
    QStringList normalized;
    for (const std::string_view field : fields) {
        names.append(fromUtf8(trimmed(field)));
        normalized.append(normalizedHeader(field));
    }
    const Columns c = findColumns(normalized);
    if (c.code < 0 || (c.score < 0 && c.rank < 0 && c.decile < 0)) {
        throw ProjectError(
            QStringLiteral("not an IMD file: it needs an LSOA code column and IMD score, rank or decile "
                           "columns"),
            session.reader().path(), session.reader().recordLine(), 0);
    }
    m_code = c.code;
    m_name = c.name;
    m_laCode = c.laCode;
    m_laName = c.laName;
    m_score = c.score;
    m_rank = c.rank;
    m_decile = c.decile;
    session.setColumnNames(names);

    const QString codeHeader = normalized.at(m_code);
    const ImportOptions& options = session.options();
    m_vintage = options.lsoaVintage;
    if (m_vintage == 0) {
        if (codeHeader.contains(u"2021") || codeHeader.contains(u"21cd"))
            m_vintage = 2021;
        else if (codeHeader.contains(u"2011") || codeHeader.contains(u"11cd"))
            m_vintage = 2011;
        else
            m_vintage = options.imdEdition == u"IMD2025" ? 2021 : 2011;
    }
    if (m_vintage != 2011 && m_vintage != 2021)
        throw ProjectError(QStringLiteral("the LSOA vintage must be 2011 or 2021, not %1").arg(m_vintage));
    m_edition = options.imdEdition.isEmpty()
                    ? (m_vintage == 2021 ? QStringLiteral("IMD2025") : QStringLiteral("IMD2019"))
                    : options.imdEdition;
    session.addNote(QStringLiteral("stored as %1 on %2 LSOAs").arg(m_edition).arg(m_vintage));
    m_upsert = std::make_unique<Upsert>(
        session.database(),
        "INSERT INTO deprivation(area_code, edition, lsoa_vintage, score, rank, decile)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
        "UPDATE deprivation SET lsoa_vintage = ?3, score = ?4, rank = ?5, decile = ?6"
        " WHERE area_code = ?1 AND edition = ?2");
    return true;
}

void ImdImporter::readRow(ImportSession& session, const Fields& fields)
{
    const auto field = [&](int i) {
        return i < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(i)]);
    };
    const std::string_view code = field(m_code);
    if (code.empty())
        return void(session.reject(m_code, code, QStringLiteral("missing LSOA code")));
    if (code.size() != 9 || code.substr(0, 3) != "E01") {
        return void(session.reject(
            m_code, code,
            QStringLiteral("'%1' is not an English LSOA code (E01 and 6 digits)").arg(fromUtf8(code))));
    }
    if (!session.hasArea(code) && m_name < 0) {
        return void(session.reject(
            m_code, code,
            QStringLiteral("unknown area code '%1' (import a lookup first, or a file with LSOA "
                           "names)")
                .arg(fromUtf8(code))));
    }
    const ParsedNumber score =
        m_score >= 0 ? parseNumber(field(m_score), session.decimalComma()) : ParsedNumber{};
    if (score.kind == ParsedNumber::Kind::Bad)
        return void(session.reject(m_score, field(m_score),
                                   QStringLiteral("bad number '%1'").arg(fromUtf8(field(m_score)))));
    std::optional<qint64> rank;
    if (m_rank >= 0 && !parseNumber(field(m_rank)).isMissing()) {
        rank = parseInteger(field(m_rank));
        if (!rank || *rank < 1)
            return void(session.reject(m_rank, field(m_rank),
                                       QStringLiteral("bad rank '%1'").arg(fromUtf8(field(m_rank)))));
    }
    std::optional<qint64> decile;
    if (m_decile >= 0 && !parseNumber(field(m_decile)).isMissing()) {
        decile = parseInteger(field(m_decile));
        if (!decile || *decile < 1 || *decile > 10) {
            return void(session.reject(m_decile, field(m_decile),
                                       QStringLiteral("decile '%1' is not a whole number from 1 to 10")
                                           .arg(fromUtf8(field(m_decile)))));
        }
    }
    if (score.kind != ParsedNumber::Kind::Number && !rank && !decile)
        return void(session.reject(-1, {}, QStringLiteral("no IMD score, rank or decile")));
    if (const qint64 earlier = session.duplicateOf(code))
        return void(session.reject(m_code, code,
                                   QStringLiteral("duplicate key: line %1 has the same LSOA").arg(earlier)));
    if (!session.hasArea(code)) {
        const std::string_view laCode = field(m_laCode);
        QString laType = geography::areaTypeForCode(fromUtf8(laCode));
        if (!laCode.empty() && !session.hasArea(laCode))
            session.ensureArea(laCode, field(m_laName), laType.isEmpty() ? QStringLiteral("other") : laType);
        session.ensureArea(code, field(m_name), QString::fromUtf16(geography::area_type::kLsoa), laCode);
    }
    session.count(m_upsert->write(session.options().duplicates, [&](store::Statement& s) {
        s.bindUtf8(1, code)
            .bind(2, m_edition)
            .bind(3, m_vintage)
            .bind(4, score.optional())
            .bind(5, rank)
            .bind(6, decile);
    }));
    session.changed(project::ChangeNotifier::Table::Deprivation);
}

} // namespace jsna::import
