// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/lookup_importer.h"

#include <algorithm>

#include <QRegularExpression>

#include "core/foundation/project_error.h"
#include "core/geography/area.h"
#include "core/import/csv_reader.h"
#include "core/import/field_parsers.h"
#include "core/import/text_encoding.h"

namespace jsna::import {

namespace {

using Level = LookupImporter::Level;

struct HeaderPart
{
    Level level;
    bool isCode;
    QString year; // two or four digits from the header, or empty
};

std::optional<HeaderPart> parseHeader(const QString& normalized)
{
    static const QRegularExpression kPattern(QStringLiteral(
        "^(lsoa|msoa|wd|ward|lad|ltla|la|utla|cty|ctyua)(\\d\\d)?(cd|code|nm|name)(\\d{4})?$"));
    const QRegularExpressionMatch match = kPattern.match(normalized);
    if (!match.hasMatch())
        return std::nullopt;
    const QString level = match.captured(1);
    HeaderPart part{Level::La, match.captured(3).startsWith(u'c'), match.captured(2) + match.captured(4)};
    if (level == u"lsoa")
        part.level = Level::Lsoa;
    else if (level == u"msoa")
        part.level = Level::Msoa;
    else if (level == u"wd" || level == u"ward")
        part.level = Level::Ward;
    else if (level == u"utla" || level == u"cty" || level == u"ctyua")
        part.level = Level::Utla;
    return part;
}

int rank(Level level)
{
    switch (level) {
    case Level::Lsoa:
        return 0;
    case Level::Msoa:
    case Level::Ward:
        return 1;
    case Level::La:
        return 2;
    case Level::Utla:
        return 3;
    }
    return 0;
}

const char* levelKey(Level level)
{
    switch (level) {
    case Level::Lsoa:
        return "lsoa";
    case Level::Msoa:
        return "msoa";
    case Level::Ward:
        return "ward";
    case Level::La:
        return "la";
    case Level::Utla:
        return "utla";
    }
    return "";
}

QString areaType(Level level, std::string_view code)
{
    switch (level) {
    case Level::Lsoa:
        return QString::fromUtf16(geography::area_type::kLsoa);
    case Level::Msoa:
        return QString::fromUtf16(geography::area_type::kMsoa);
    case Level::Ward:
        return QString::fromUtf16(geography::area_type::kWard);
    case Level::La:
    case Level::Utla: {
        const QString byCode = geography::areaTypeForCode(fromUtf8(code));
        if (!byCode.isEmpty())
            return byCode;
        return QString::fromUtf16(level == Level::La ? geography::area_type::kLowerTierLa
                                                     : geography::area_type::kUpperTierLa);
    }
    }
    return {};
}

} // namespace

bool LookupImporter::looksLikeHeader(const QStringList& normalizedHeaders)
{
    QList<Level> levels;
    for (const QString& header : normalizedHeaders) {
        if (const auto part = parseHeader(header); part && part->isCode && !levels.contains(part->level))
            levels.append(part->level);
    }
    return levels.size() >= 2;
}

bool LookupImporter::readHeader(ImportSession& session, const Fields& fields)
{
    QStringList names;
    QString latestYear;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        names.append(fromUtf8(trimmed(fields[i])));
        const auto part = parseHeader(normalizedHeader(fields[i]));
        if (!part)
            continue;
        auto it = std::find_if(m_levels.begin(), m_levels.end(),
                               [&](const LevelColumns& l) { return l.level == part->level; });
        if (it == m_levels.end())
            it = m_levels.insert(m_levels.end(), LevelColumns{part->level});
        int& slot = part->isCode ? it->code : it->name;
        if (slot < 0)
            slot = static_cast<int>(i);
        if (part->isCode && !part->year.isEmpty()) {
            const QString year = part->year.size() == 2 ? QStringLiteral("20") + part->year : part->year;
            latestYear = std::max(latestYear, year);
        }
    }
    std::erase_if(m_levels, [](const LevelColumns& l) { return l.code < 0; });
    if (m_levels.size() < 2) {
        throw ProjectError(
            QStringLiteral("not a lookup: it needs code columns for two or more of LSOA, MSOA, ward "
                           "and local authority (e.g. LSOA11CD, WD19CD, LAD19CD)"),
            session.reader().path(), session.reader().recordLine(), 0);
    }
    std::stable_sort(m_levels.begin(), m_levels.end(), [](const LevelColumns& a, const LevelColumns& b) {
        return rank(a.level) < rank(b.level);
    });
    for (std::size_t c = 0; c < m_levels.size(); ++c) {
        for (std::size_t p = c + 1; p < m_levels.size(); ++p) {
            if (rank(m_levels[c].level) < rank(m_levels[p].level)) {
                m_relations.push_back(
                    Relation{c,
                             p,
                             QStringLiteral("%1-%2").arg(QLatin1String(levelKey(m_levels[c].level)),
                                                         QLatin1String(levelKey(m_levels[p].level))),
                             {}});
            }
        }
    }
    session.setColumnNames(names);
    m_vintage = session.options().lookupVintage.isEmpty() ? latestYear : session.options().lookupVintage;
    QStringList relationNames;
    for (const Relation& relation : m_relations)
        relationNames.append(relation.name);
    session.addNote(
        QStringLiteral("links %1, vintage '%2'").arg(relationNames.join(QStringLiteral(", ")), m_vintage));
    m_upsert = std::make_unique<Upsert>(
        session.database(),
        "INSERT INTO area_lookups(child_code, relation, vintage, parent_code) VALUES (?1, ?2, ?3, ?4)"
        " ON CONFLICT DO NOTHING",
        "UPDATE area_lookups SET parent_code = ?4 WHERE child_code = ?1 AND relation = ?2 AND vintage = ?3");
    return true;
}

void LookupImporter::readRow(ImportSession& session, const Fields& fields)
{
    const auto field = [&](int i) {
        return i < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(i)]);
    };
    for (const LevelColumns& level : m_levels) {
        if (field(level.code).empty()) {
            return void(session.reject(
                level.code, {}, QStringLiteral("missing %1 code").arg(QLatin1String(levelKey(level.level)))));
        }
    }
    const std::string_view smallest = field(m_levels.front().code);
    if (const qint64 earlier = session.duplicateOf(smallest)) {
        return void(session.reject(m_levels.front().code, smallest,
                                   QStringLiteral("duplicate key: line %1 has the same %2")
                                       .arg(earlier)
                                       .arg(QLatin1String(levelKey(m_levels.front().level)))));
    }
    m_newLink.assign(m_relations.size(), true);
    for (std::size_t r = 0; r < m_relations.size(); ++r) {
        Relation& relation = m_relations[r];
        if (relation.child == 0)
            continue; // the smallest area appears once, checked above
        const std::string_view child = field(m_levels[relation.child].code);
        const std::string_view parent = field(m_levels[relation.parent].code);
        const auto [it, inserted] =
            relation.seen.try_emplace(std::string(child), std::string(parent), session.reader().recordLine());
        m_newLink[r] = inserted;
        if (!inserted && it->second.first != parent) {
            return void(session.reject(m_levels[relation.parent].code, parent,
                                       QStringLiteral("%1 %2 is in %3 on line %4 but in %5 here")
                                           .arg(QLatin1String(levelKey(m_levels[relation.child].level)),
                                                fromUtf8(child), fromUtf8(it->second.first))
                                           .arg(it->second.second)
                                           .arg(fromUtf8(parent))));
        }
    }
    // Areas, largest first so parents exist: lsoa/msoa/ward hang from the la, the la from the utla.
    const auto parentOf = [&](std::size_t index) -> std::string_view {
        for (std::size_t p = index + 1; p < m_levels.size(); ++p) {
            if (m_levels[p].level == Level::La || m_levels[p].level == Level::Utla)
                return field(m_levels[p].code);
        }
        return {};
    };
    for (std::size_t i = m_levels.size(); i-- > 0;) {
        const std::string_view code = field(m_levels[i].code);
        if (!session.hasArea(code))
            session.ensureArea(code, field(m_levels[i].name), areaType(m_levels[i].level, code), parentOf(i));
    }
    std::optional<WriteOutcome> outcome;
    for (std::size_t r = 0; r < m_relations.size(); ++r) {
        const Relation& relation = m_relations[r];
        if (!m_newLink[r])
            continue; // written for an earlier row
        const std::string_view child = field(m_levels[relation.child].code);
        const std::string_view parent = field(m_levels[relation.parent].code);
        const WriteOutcome written = m_upsert->write(session.options().duplicates, [&](store::Statement& s) {
            s.bindUtf8(1, child).bind(2, relation.name).bind(3, m_vintage).bindUtf8(4, parent);
        });
        if (relation.child == 0 && !outcome)
            outcome = written;
    }
    session.count(outcome.value_or(WriteOutcome::Added));
    session.changed(project::ChangeNotifier::Table::AreaLookups);
}

} // namespace jsna::import
