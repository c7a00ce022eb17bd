// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/indicator_value_writer.h"

#include <algorithm>
#include <cmath>

#include "core/store/database.h"

namespace jsna::import {

namespace {

std::string_view fieldAt(const Fields& fields, int column)
{
    return column < 0 ? std::string_view() : trimmed(fields[static_cast<std::size_t>(column)]);
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

bool above(double a, double b)
{
    return a > b + 1e-9 * std::max(1.0, std::fabs(b));
}

// Checks one pair of limits against the value; rejects and returns false when they do not bracket it.
bool checkLimits(ImportSession& session, const Fields& fields, const ValueColumns& columns,
                 const ValueNumbers& n, bool is95)
{
    const ParsedNumber& lower = is95 ? n.lower95 : n.lower998;
    const ParsedNumber& upper = is95 ? n.upper95 : n.upper998;
    const int lowerColumn = is95 ? columns.lower95 : columns.lower998;
    const int upperColumn = is95 ? columns.upper95 : columns.upper998;
    const QString level = is95 ? QStringLiteral("95%") : QStringLiteral("99.8%");
    const auto limitsText = [&] {
        return QStringLiteral("%1 to %2")
            .arg(text(fieldAt(fields, lowerColumn)), text(fieldAt(fields, upperColumn)));
    };
    if (lower.kind == ParsedNumber::Kind::Number && upper.kind == ParsedNumber::Kind::Number &&
        above(lower.value, upper.value)) {
        return session.reject(
            lowerColumn, fieldAt(fields, lowerColumn),
            QStringLiteral("the %1 limits %2 are the wrong way round").arg(level, limitsText()));
    }
    if (n.value.kind != ParsedNumber::Kind::Number)
        return true;
    const bool lowOk = lower.kind != ParsedNumber::Kind::Number || !above(lower.value, n.value.value);
    const bool highOk = upper.kind != ParsedNumber::Kind::Number || !above(n.value.value, upper.value);
    if (lowOk && highOk)
        return true;
    const int column = lowOk ? upperColumn : lowerColumn;
    return session.reject(column, fieldAt(fields, column),
                          QStringLiteral("the %1 limits %2 do not bracket the value %3")
                              .arg(level, limitsText(), text(fieldAt(fields, columns.value))));
}

} // namespace

bool readValueNumbers(ImportSession& session, const Fields& fields, const ValueColumns& columns,
                      bool proportion, ValueNumbers& out)
{
    const bool decimalComma = session.decimalComma();
    const std::pair<int, ParsedNumber*> numbers[] = {
        {columns.value, &out.value},
        {columns.lower95, &out.lower95},
        {columns.upper95, &out.upper95},
        {columns.lower998, &out.lower998},
        {columns.upper998, &out.upper998},
        {columns.count, &out.count},
        {columns.denominator, &out.denominator},
    };
    for (const auto& [column, number] : numbers) {
        *number = ParsedNumber{};
        if (column < 0)
            continue;
        const std::string_view field = fieldAt(fields, column);
        *number = parseNumber(field, decimalComma);
        if (number->kind == ParsedNumber::Kind::Bad)
            return session.reject(column, field, QStringLiteral("bad number '%1'").arg(text(field)));
    }
    if (out.count.kind == ParsedNumber::Kind::Number && out.count.value < 0) {
        return session.reject(columns.count, fieldAt(fields, columns.count),
                              QStringLiteral("negative count %1").arg(text(fieldAt(fields, columns.count))));
    }
    if (out.denominator.kind == ParsedNumber::Kind::Number && out.denominator.value < 0) {
        return session.reject(
            columns.denominator, fieldAt(fields, columns.denominator),
            QStringLiteral("negative denominator %1").arg(text(fieldAt(fields, columns.denominator))));
    }
    if (!checkLimits(session, fields, columns, out, true) ||
        !checkLimits(session, fields, columns, out, false))
        return false;
    if (proportion && out.count.kind == ParsedNumber::Kind::Number &&
        out.denominator.kind == ParsedNumber::Kind::Number && above(out.count.value, out.denominator.value)) {
        return session.reject(
            columns.count, fieldAt(fields, columns.count),
            QStringLiteral("count %1 is greater than the denominator %2")
                .arg(text(fieldAt(fields, columns.count)), text(fieldAt(fields, columns.denominator))));
    }
    return true;
}

IndicatorCatalog::IndicatorCatalog(store::Database& database, ImportSession& session)
    : m_db(database)
    , m_session(session)
{
    store::Statement all = m_db.prepare("SELECT id, fingertips_id, name, value_type FROM indicators");
    while (all.step()) {
        const Entry entry{all.int64(0), all.text(3) == u"proportion"};
        if (const auto fingertipsId = all.optionalInt64(1))
            m_byFingertipsId.emplace(*fingertipsId, entry);
        m_byName.insert(all.text(2).toCaseFolded(), entry);
    }
}

std::optional<IndicatorCatalog::Entry> IndicatorCatalog::byFingertipsId(qint64 fingertipsId) const
{
    const auto it = m_byFingertipsId.find(fingertipsId);
    return it == m_byFingertipsId.end() ? std::nullopt : std::optional<Entry>(it->second);
}

std::optional<IndicatorCatalog::Entry> IndicatorCatalog::byName(const QString& name) const
{
    const auto it = m_byName.constFind(name.trimmed().toCaseFolded());
    return it == m_byName.cend() ? std::nullopt : std::optional<Entry>(*it);
}

IndicatorCatalog::Entry IndicatorCatalog::create(std::optional<qint64> fingertipsId, const QString& name,
                                                 indicators::ValueType type, const QString& source)
{
    m_db.prepare("INSERT INTO indicators(fingertips_id, name, value_type, polarity, source)"
                 " VALUES (?1, ?2, ?3, 'not-applicable', ?4)")
        .bind(1, fingertipsId)
        .bind(2, name.trimmed())
        .bind(3, indicators::toStorage(type))
        .bind(4, source)
        .run();
    const Entry entry{m_db.lastInsertRowId(), type == indicators::ValueType::Proportion};
    if (fingertipsId)
        m_byFingertipsId.emplace(*fingertipsId, entry);
    m_byName.insert(name.trimmed().toCaseFolded(), entry);
    ++m_session.report().indicatorsCreated;
    m_session.changed(project::ChangeNotifier::Table::Indicators);
    return entry;
}

IndicatorValueWriter::IndicatorValueWriter(store::Database& database, const QString& provenance)
    : m_db(database)
    , m_insert(database.prepare(
          "INSERT INTO indicator_values(indicator_id, area_code, period, period_sortable, sex, age, "
          "category_type,"
          " category, value, lower95, upper95, lower998, upper998, count, denominator, value_note, "
          "provenance,"
          " recent_trend, compared_to_england, compared_to_parent, compared_to_goal, time_period_range,"
          " new_data, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
          " ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)"
          " ON CONFLICT(indicator_id, area_code, period, sex, age, category_type, category) DO NOTHING"))
    , m_findId(database.prepare(
          "SELECT id FROM indicator_values WHERE indicator_id = ?1 AND area_code = ?2"
          " AND period = ?3 AND sex = ?5 AND age = ?6 AND category_type = ?7 AND category = ?8"))
    , m_update(database.prepare(
          "UPDATE indicator_values SET period_sortable = ?4, value = ?9, lower95 = ?10, upper95 = ?11,"
          " lower998 = ?12, upper998 = ?13, count = ?14, denominator = ?15, value_note = ?16, provenance = "
          "?17,"
          " recent_trend = ?18, compared_to_england = ?19, compared_to_parent = ?20, compared_to_goal = ?21,"
          " time_period_range = ?22, new_data = ?23, confidence = ?24, method = '' WHERE id = ?25"))
    , m_provenance(provenance.toUtf8())
    , m_firstNewId(database.scalarInt64("SELECT coalesce(max(id), 0) + 1 FROM indicator_values"))
{}

void IndicatorValueWriter::bindRow(store::Statement& s, const Row& row)
{
    constexpr auto kView = store::Statement::Lifetime::UntilReset;
    const ValueNumbers& n = row.numbers;
    const bool has95 =
        n.lower95.kind == ParsedNumber::Kind::Number || n.upper95.kind == ParsedNumber::Kind::Number;
    const bool has998 =
        n.lower998.kind == ParsedNumber::Kind::Number || n.upper998.kind == ParsedNumber::Kind::Number;
    const std::string_view confidence = has95 && has998 ? "95,99.8" : has95 ? "95" : has998 ? "99.8" : "";
    std::string_view note = row.valueNote;
    if (note.empty() && n.value.kind == ParsedNumber::Kind::Suppressed)
        note = "Suppressed in the source file";
    s.bind(1, row.indicatorId)
        .bindUtf8(2, row.areaCode, kView)
        .bindUtf8(3, row.period, kView)
        .bind(4, row.periodSortable)
        .bindUtf8(5, row.sex, kView)
        .bindUtf8(6, row.age, kView)
        .bindUtf8(7, row.categoryType, kView)
        .bindUtf8(8, row.category, kView)
        .bind(9, n.value.optional())
        .bind(10, n.lower95.optional())
        .bind(11, n.upper95.optional())
        .bind(12, n.lower998.optional())
        .bind(13, n.upper998.optional())
        .bind(14, n.count.optional())
        .bind(15, n.denominator.optional())
        .bindUtf8(16, note, kView)
        .bindUtf8(17,
                  std::string_view(m_provenance.constData(), static_cast<std::size_t>(m_provenance.size())),
                  kView)
        .bindUtf8(18, row.recentTrend, kView)
        .bindUtf8(19, row.comparedToEngland, kView)
        .bindUtf8(20, row.comparedToParent, kView)
        .bindUtf8(21, row.comparedToGoal, kView)
        .bindUtf8(22, row.timePeriodRange, kView)
        .bindUtf8(23, row.newData, kView)
        .bindUtf8(24, confidence, kView);
}

IndicatorValueWriter::Result IndicatorValueWriter::write(const Row& row, DuplicatePolicy policy, qint64 line)
{
    bindRow(m_insert, row);
    m_insert.run();
    if (m_db.changes() > 0) {
        const qint64 id = m_db.lastInsertRowId();
        const auto slot = static_cast<std::size_t>(id - m_firstNewId);
        if (id >= m_firstNewId && slot < kMaxTrackedLines) {
            if (slot >= m_lines.size())
                m_lines.resize(slot + 1);
            m_lines[slot] = static_cast<quint32>(line);
        }
        return {WriteOutcome::Added, 0};
    }
    constexpr auto kView = store::Statement::Lifetime::UntilReset;
    m_findId.bind(1, row.indicatorId)
        .bindUtf8(2, row.areaCode, kView)
        .bindUtf8(3, row.period, kView)
        .bindUtf8(5, row.sex, kView)
        .bindUtf8(6, row.age, kView)
        .bindUtf8(7, row.categoryType, kView)
        .bindUtf8(8, row.category, kView);
    const qint64 id = m_findId.step() ? m_findId.int64(0) : 0;
    m_findId.reset();
    if (id >= m_firstNewId) {
        const auto slot = static_cast<std::size_t>(id - m_firstNewId);
        return {WriteOutcome::Kept, slot < m_lines.size() ? qint64{m_lines[slot]} : -1};
    }
    if (policy == DuplicatePolicy::Keep)
        return {WriteOutcome::Kept, 0};
    bindRow(m_update, row);
    m_update.bind(25, id);
    m_update.run();
    return {WriteOutcome::Replaced, 0};
}

} // namespace jsna::import
