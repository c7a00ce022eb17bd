// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/stage_overview.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/project/project.h"
#include "core/store/database.h"

namespace jsna::project {

namespace {

using indicators::Polarity;

QList<LabelCount> labelCounts(store::Database& db, const char* sql)
{
    QList<LabelCount> result;
    store::Statement statement = db.prepare(sql);
    while (statement.step())
        result.append({statement.text(0), statement.int64(1)});
    return result;
}

FocusArea areaFrom(store::Statement& statement)
{
    if (!statement.step())
        return {};
    return {statement.text(0), statement.text(1), statement.text(2)};
}

// Worst first, so the list reads as a to-do list; then by name. Indexed by Comparison.
int severity(Comparison comparison)
{
    constexpr int kSeverity[] = {3, 2, 0, 1, 1, 4}; // Better, Similar, Worse, Higher, Lower, NotCompared
    return kSeverity[static_cast<int>(comparison)];
}

} // namespace

FocusArea focusArea(Project& project)
{
    store::Database& db = project.database();
    const QString chosen = project.meta(QString::fromUtf16(kFocusAreaMetaKey));
    if (!chosen.isEmpty()) {
        store::Statement statement = db.prepare("SELECT code, name, area_type FROM areas WHERE code = ?1");
        statement.bind(1, chosen);
        if (FocusArea area = areaFrom(statement); area.isValid())
            return area;
    }
    store::Statement byValues = db.prepare(
        "SELECT a.code, a.name, a.area_type FROM areas a JOIN indicator_values v ON v.area_code = a.code"
        " WHERE a.area_type NOT IN ('england', 'region') AND a.code <> 'E92000001'"
        " GROUP BY a.code ORDER BY count(*) DESC, a.code LIMIT 1");
    if (FocusArea area = areaFrom(byValues); area.isValid())
        return area;
    store::Statement byType = db.prepare(
        "SELECT code, name, area_type FROM areas WHERE area_type IN ('upper-tier-la', 'lower-tier-la')"
        " ORDER BY area_type DESC, code LIMIT 1");
    return areaFrom(byType);
}

FocusArea englandArea(Project& project)
{
    store::Statement statement = project.database().prepare(
        "SELECT code, name, area_type FROM areas WHERE area_type = 'england' OR code = 'E92000001'"
        " ORDER BY code = 'E92000001' DESC LIMIT 1");
    return areaFrom(statement);
}

ProjectTotals projectTotals(Project& project)
{
    store::Database& db = project.database();
    ProjectTotals totals;
    totals.areas = db.scalarInt64("SELECT count(*) FROM areas");
    totals.indicators = db.scalarInt64("SELECT count(*) FROM indicators");
    totals.values = db.scalarInt64("SELECT count(*) FROM indicator_values");
    totals.populationRows = db.scalarInt64("SELECT count(*) FROM populations");
    totals.deprivationRows = db.scalarInt64("SELECT count(*) FROM deprivation");
    return totals;
}

QList<FocusArea> focusAreaCandidates(Project& project)
{
    QList<FocusArea> result;
    store::Statement statement = project.database().prepare(
        "SELECT code, name, area_type FROM areas WHERE area_type NOT IN ('england', 'region', 'lsoa', 'msoa')"
        " ORDER BY area_type NOT IN ('upper-tier-la', 'lower-tier-la'), name");
    while (statement.step())
        result.append({statement.text(0), statement.text(1), statement.text(2)});
    return result;
}

Comparison compareWithBenchmark(std::optional<double> lower95, std::optional<double> upper95,
                                std::optional<double> benchmark, Polarity polarity)
{
    if (!lower95 || !upper95 || !benchmark)
        return Comparison::NotCompared;
    const bool higher = *lower95 > *benchmark;
    const bool lower = *upper95 < *benchmark;
    if (!higher && !lower)
        return Comparison::Similar;
    if (polarity == Polarity::NotApplicable)
        return higher ? Comparison::Higher : Comparison::Lower;
    const bool better = polarity == Polarity::LowIsGood ? lower : higher;
    return better ? Comparison::Better : Comparison::Worse;
}

QString comparisonLabel(Comparison comparison)
{
    static const char* const kLabels[] = {"Better than England", "Similar to England", "Worse than England",
                                          "Higher than England", "Lower than England", "Not compared"};
    return QString::fromLatin1(kLabels[static_cast<int>(comparison)]);
}

int EpidemiologyOverview::countOf(Comparison comparison) const
{
    return static_cast<int>(
        std::count_if(comparisons.cbegin(), comparisons.cend(),
                      [comparison](const IndicatorComparison& c) { return c.comparison == comparison; }));
}

QList<IndicatorComparison> compareWithEngland(Project& project, const FocusArea& area,
                                              const FocusArea& england)
{
    QList<IndicatorComparison> result;
    if (!area.isValid() || !england.isValid())
        return result;
    // Per indicator, the latest period where both the area (with its 95% limits) and England have a
    // headline value, for the indicator's main age (the one with most rows, e.g. all sexes) and for
    // Persons, or for each sex when there is no Persons value.
    store::Statement statement = project.database().prepare(R"sql(
WITH pairs AS (
    SELECT i.id, i.name, i.domain, i.unit, i.polarity, v.period, v.period_sortable, v.sex, v.age,
           v.value, v.lower95, v.upper95, e.value AS england,
           max(v.sex = 'Persons') OVER (PARTITION BY i.id) AS has_persons,
           count(*) OVER (PARTITION BY i.id, v.age) AS age_rows
    FROM indicator_values v
    JOIN indicators i ON i.id = v.indicator_id
    JOIN indicator_values e ON e.indicator_id = v.indicator_id AND e.area_code = ?2
        AND e.period = v.period AND e.sex = v.sex AND e.age = v.age
        AND e.category_type = '' AND e.category = '' AND e.value IS NOT NULL
    WHERE v.area_code = ?1 AND v.category_type = '' AND v.category = ''
        AND v.value IS NOT NULL AND v.lower95 IS NOT NULL AND v.upper95 IS NOT NULL),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY id, sex, age ORDER BY period_sortable DESC) AS latest,
           first_value(age) OVER (PARTITION BY id ORDER BY age_rows DESC, age <> 'All ages', age) AS main_age
    FROM pairs)
SELECT id, name, domain, unit, polarity, period, sex, age, value, lower95, upper95, england
FROM ranked WHERE latest = 1 AND age = main_age AND (sex = 'Persons' OR NOT has_persons)
)sql");
    statement.bind(1, area.code).bind(2, england.code);
    while (statement.step()) {
        IndicatorComparison c;
        c.indicatorId = statement.int64(0);
        c.name = statement.text(1);
        c.domain = statement.text(2);
        c.unit = statement.text(3);
        c.polarity = indicators::polarityFromStorage(statement.text(4));
        c.period = statement.text(5);
        c.sex = statement.text(6);
        c.age = statement.text(7);
        c.value = statement.real(8);
        c.lower95 = statement.real(9);
        c.upper95 = statement.real(10);
        c.england = statement.real(11);
        c.comparison = compareWithBenchmark(c.lower95, c.upper95, c.england, c.polarity);
        result.append(c);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const IndicatorComparison& a, const IndicatorComparison& b) {
                         return std::tuple(severity(a.comparison), a.name.toCaseFolded(), a.sex) <
                                std::tuple(severity(b.comparison), b.name.toCaseFolded(), b.sex);
                     });
    return result;
}

QList<LabelCount> worseByDomain(const QList<IndicatorComparison>& comparisons)
{
    std::map<QString, qint64> counts;
    for (const IndicatorComparison& c : comparisons) {
        if (c.comparison == Comparison::Worse)
            ++counts[c.domain.isEmpty() ? QStringLiteral("(no domain)") : c.domain];
    }
    QList<LabelCount> result;
    for (const auto& [domain, count] : counts)
        result.append({domain, count});
    std::stable_sort(result.begin(), result.end(),
                     [](const LabelCount& a, const LabelCount& b) { return a.count > b.count; });
    return result;
}

EpidemiologyOverview epidemiologyOverview(Project& project)
{
    store::Database& db = project.database();
    EpidemiologyOverview o;
    o.area = focusArea(project);
    o.england = englandArea(project);
    o.areasByType = labelCounts(db, "SELECT area_type, count(*) FROM areas GROUP BY area_type"
                                    " ORDER BY count(*) DESC, area_type");
    o.indicatorsByDomain = labelCounts(
        db, "SELECT CASE WHEN domain = '' THEN '(no domain)' ELSE domain END AS d, count(*) FROM indicators"
            " GROUP BY d ORDER BY count(*) DESC, d");
    o.areaCount = db.scalarInt64("SELECT count(*) FROM areas");
    o.indicatorCount = db.scalarInt64("SELECT count(*) FROM indicators");
    o.valueCount = db.scalarInt64("SELECT count(*) FROM indicator_values");
    o.latestPeriod =
        db.scalarText("SELECT period FROM indicator_values ORDER BY period_sortable DESC LIMIT 1");
    {
        store::Statement latest = db.prepare(
            "SELECT i.name, max(v.period_sortable) AS p, v.period FROM indicator_values v"
            " JOIN indicators i ON i.id = v.indicator_id GROUP BY i.id ORDER BY p DESC, i.name LIMIT 5");
        while (latest.step()) {
            o.latestIndicators.append({latest.text(0), latest.int64(1)});
            o.latestIndicatorPeriods.append(latest.text(2));
        }
    }
    {
        store::Statement years = db.prepare("SELECT DISTINCT year FROM populations ORDER BY year");
        while (years.step())
            o.populationYears.append(static_cast<int>(years.int64(0)));
    }
    if (o.area.isValid()) {
        // Persons rows when the file has them, otherwise the sum over the sexes.
        store::Statement population = db.prepare(R"sql(
WITH y AS (SELECT max(year) AS year FROM populations WHERE area_code = ?1)
SELECT y.year, sum(p.count) FROM populations p JOIN y ON p.year = y.year
WHERE p.area_code = ?1 AND (p.sex = 'Persons' OR NOT EXISTS (
    SELECT 1 FROM populations q WHERE q.area_code = ?1 AND q.year = y.year AND q.sex = 'Persons'))
)sql");
        population.bind(1, o.area.code);
        if (population.step() && !population.isNull(1)) {
            o.focusPopulationYear = static_cast<int>(population.int64(0));
            o.focusPopulation = population.real(1);
        }
    }
    o.lsoaCount = db.scalarInt64("SELECT count(*) FROM areas WHERE area_type = 'lsoa'");
    o.lsoasWithDeprivation = db.scalarInt64(
        "SELECT count(DISTINCT d.area_code) FROM deprivation d JOIN areas a ON a.code = d.area_code"
        " WHERE a.area_type = 'lsoa'");
    {
        store::Statement editions = db.prepare("SELECT DISTINCT edition FROM deprivation ORDER BY edition");
        while (editions.step())
            o.deprivationEditions.append(editions.text(0));
    }
    o.comparisons = compareWithEngland(project, o.area, o.england);
    return o;
}

WorkshopRecords workshopRecords(Project& project)
{
    store::Database& db = project.database();
    WorkshopRecords r;
    if (!db.tableExists(QStringLiteral("workshops")))
        return r; // a file inspected read-only before its upgrade
    r.workshops = db.scalarInt64("SELECT count(*) FROM workshops");
    r.participants = db.scalarInt64("SELECT count(*) FROM workshop_participants");
    r.notes = db.scalarInt64("SELECT count(*) FROM workshop_notes");
    r.themes = db.scalarInt64("SELECT count(*) FROM workshop_themes");
    r.evidenceItems = db.scalarInt64("SELECT count(*) FROM evidence_items");
    r.stakeholderGroups =
        labelCounts(db, "SELECT stakeholder_group, count(*) FROM workshop_participants"
                        " GROUP BY stakeholder_group ORDER BY count(*) DESC, stakeholder_group");
    store::Statement latest =
        db.prepare("SELECT title, held_on FROM workshops ORDER BY held_on DESC, id DESC LIMIT 5");
    while (latest.step()) {
        const QString date = latest.text(1);
        r.latestWorkshops.append(date.isEmpty() ? latest.text(0)
                                                : QStringLiteral("%1 (%2)").arg(latest.text(0), date));
    }
    return r;
}

EngagementOverview engagementOverview(Project& project)
{
    store::Database& db = project.database();
    EngagementOverview o;
    o.area = focusArea(project);
    o.breakdownTypes = labelCounts(db, "SELECT category_type, count(*) FROM indicator_values"
                                       " WHERE category_type <> '' GROUP BY category_type"
                                       " ORDER BY count(*) DESC, category_type");
    // Per indicator and breakdown (and sex and age), in the latest period: the highest and lowest
    // groups, widest ratio first.
    store::Statement gaps = db.prepare(R"sql(
WITH latest AS (
    SELECT indicator_id, category_type, max(period_sortable) AS p FROM indicator_values
    WHERE area_code = ?1 AND category_type <> '' AND value IS NOT NULL
    GROUP BY indicator_id, category_type),
ranked AS (
    SELECT i.id, i.name, i.polarity, v.category_type, v.period, v.sex, v.age, v.category, v.value,
           row_number() OVER (g ORDER BY v.value DESC, v.category) AS top,
           row_number() OVER (g ORDER BY v.value, v.category) AS bottom, count(*) OVER g AS groups
    FROM indicator_values v
    JOIN latest l ON l.indicator_id = v.indicator_id AND l.category_type = v.category_type
        AND l.p = v.period_sortable
    JOIN indicators i ON i.id = v.indicator_id
    WHERE v.area_code = ?1 AND v.value IS NOT NULL
    WINDOW g AS (PARTITION BY v.indicator_id, v.category_type, v.sex, v.age))
SELECT h.id, h.name, h.polarity, h.category_type, h.period, h.sex, h.age, h.category, h.value,
       b.category, b.value, h.groups
FROM ranked h JOIN ranked b ON b.id = h.id AND b.category_type = h.category_type AND b.sex = h.sex
    AND b.age = h.age AND b.bottom = 1
WHERE h.top = 1 AND h.groups >= 2 AND b.value > 0
ORDER BY h.value / b.value DESC, h.name LIMIT 10
)sql");
    gaps.bind(1, o.area.code);
    while (gaps.step()) {
        GroupGap g{gaps.int64(0),
                   gaps.text(1),
                   gaps.text(3),
                   gaps.text(4),
                   gaps.text(5),
                   gaps.text(6),
                   gaps.text(7),
                   gaps.real(8),
                   gaps.text(9),
                   gaps.real(10),
                   0,
                   {},
                   static_cast<int>(gaps.int64(11))};
        g.ratio = g.highestValue / g.lowestValue;
        const Polarity polarity = indicators::polarityFromStorage(gaps.text(2));
        g.worstGroup = polarity == Polarity::LowIsGood    ? g.highestGroup
                       : polarity == Polarity::HighIsGood ? g.lowestGroup
                                                          : QString();
        o.gaps.append(g);
    }
    o.deprivationEdition = db.scalarText("SELECT max(edition) FROM deprivation");
    store::Statement wards = db.prepare(R"sql(
WITH links AS (
    SELECT child_code AS lsoa, parent_code AS ward FROM area_lookups
    UNION SELECT code, parent_code FROM areas WHERE parent_code IS NOT NULL)
SELECT w.code, w.name, count(*), sum(d.decile <= 2)
FROM links l
JOIN areas w ON w.code = l.ward AND w.area_type = 'ward'
JOIN deprivation d ON d.area_code = l.lsoa AND d.edition = ?1
GROUP BY w.code ORDER BY sum(d.decile <= 2) DESC, count(*) DESC, w.name
)sql");
    wards.bind(1, o.deprivationEdition);
    while (wards.step())
        o.wards.append({wards.text(0), wards.text(1), wards.int64(2), wards.int64(3)});
    return o;
}

DisclosureSettings disclosureSettings(Project& project)
{
    DisclosureSettings settings;
    store::Statement statement =
        project.database().prepare("SELECT key, value FROM project_settings WHERE key IN (?1, ?2, ?3)");
    statement.bind(1, QString::fromUtf16(kSuppressFromSetting))
        .bind(2, QString::fromUtf16(kSuppressToSetting))
        .bind(3, QString::fromUtf16(kRoundToSetting));
    while (statement.step()) {
        bool ok = false;
        const int value = statement.text(1).trimmed().toInt(&ok);
        if (!ok || value < 0)
            continue; // an unreadable setting falls back to the default
        const QString key = statement.text(0);
        if (key == QStringView(kSuppressFromSetting))
            settings.suppressFrom = value;
        else if (key == QStringView(kSuppressToSetting))
            settings.suppressTo = value;
        else if (value > 0)
            settings.roundTo = value;
        settings.fromProject = true;
    }
    return settings;
}

ReportOverview reportOverview(Project& project)
{
    store::Database& db = project.database();
    ReportOverview o;
    o.area = focusArea(project);
    store::Statement chapters = db.prepare(R"sql(
SELECT CASE WHEN i.domain = '' THEN '(no domain)' ELSE i.domain END AS d,
       count(DISTINCT i.id), count(*),
       (SELECT period FROM indicator_values w JOIN indicators j ON j.id = w.indicator_id
        WHERE w.area_code = ?1 AND j.domain = i.domain ORDER BY w.period_sortable DESC LIMIT 1)
FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
WHERE v.area_code = ?1 AND v.value IS NOT NULL
GROUP BY d ORDER BY d
)sql");
    chapters.bind(1, o.area.code);
    while (chapters.step())
        o.chapters.append({chapters.text(0), chapters.int64(1), chapters.int64(2), chapters.text(3)});
    o.hasPopulations = db.scalarInt64("SELECT EXISTS (SELECT 1 FROM populations)") != 0;
    o.hasDeprivation = db.scalarInt64("SELECT EXISTS (SELECT 1 FROM deprivation)") != 0;
    o.disclosure = disclosureSettings(project);
    return o;
}

} // namespace jsna::project
