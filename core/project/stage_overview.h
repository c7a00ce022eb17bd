// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/indicators/indicator.h"

namespace jsna::project {

class Project;

// Read-only summaries of what a project holds, behind the overview page of each JSNA stage.
// Every function reads the project's own connection on the calling thread and writes nothing.

struct LabelCount
{
    QString label;
    qint64 count = 0;
};

// The area the project is about (the borough), and the England comparator.
struct FocusArea
{
    QString code; // empty when the project has no suitable area
    QString name;
    QString type;
    bool isValid() const { return !code.isEmpty(); }
};

// project_meta key a user sets (Project > Properties) to choose the focus area explicitly.
inline constexpr char16_t kFocusAreaMetaKey[] = u"area_code";

// The project's focus area: the one named by project_meta "area_code" when it exists; otherwise the
// non-England, non-region area with the most indicator values; otherwise the first local authority.
FocusArea focusArea(Project& project);
// The England area (type "england" or code E92000001), if the project holds one.
FocusArea englandArea(Project& project);

// Row counts of the main evidence tables (cheap; for deciding what a page should say).
struct ProjectTotals
{
    qint64 areas = 0;
    qint64 indicators = 0;
    qint64 values = 0;
    qint64 populationRows = 0;
    qint64 deprivationRows = 0;
    bool isEmpty() const { return areas == 0 && indicators == 0 && values == 0 && populationRows == 0; }
};
ProjectTotals projectTotals(Project& project);

// Areas a user may choose as the focus area (local authorities first, then by name).
QList<FocusArea> focusAreaCandidates(Project& project);

// How an area's value compares with a benchmark at 95% confidence (Fingertips' RAG categories).
enum class Comparison
{
    Better,
    Similar,
    Worse,
    Higher, // significantly higher, where the indicator has no polarity
    Lower,
    NotCompared,
};

// Compares the 95% interval [lower95, upper95] with the benchmark value: the interval wholly below or
// above it is a significant difference, read through the indicator's polarity.
Comparison compareWithBenchmark(std::optional<double> lower95, std::optional<double> upper95,
                                std::optional<double> benchmark, indicators::Polarity polarity);
QString comparisonLabel(Comparison comparison); // "Worse than England"

// One indicator's latest headline value for the focus area beside England's value for the same
// period, sex and age.
struct IndicatorComparison
{
    qint64 indicatorId = 0;
    QString name;
    QString domain;
    QString unit;
    indicators::Polarity polarity = indicators::Polarity::NotApplicable;
    QString period;
    QString sex;
    QString age;
    double value = 0;
    double lower95 = 0;
    double upper95 = 0;
    double england = 0;
    Comparison comparison = Comparison::NotCompared;
};

// Stage 1: what the epidemiology evidence base holds.
struct EpidemiologyOverview
{
    FocusArea area;
    FocusArea england;
    QList<LabelCount> areasByType;        // most numerous first
    QList<LabelCount> indicatorsByDomain; // most numerous first; "(no domain)" for blanks
    qint64 areaCount = 0;
    qint64 indicatorCount = 0;
    qint64 valueCount = 0;
    QString latestPeriod;                  // the most recent period of any value
    QList<LabelCount> latestIndicators;    // up to 5 indicators with the most recent periods (label: name)
    QStringList latestIndicatorPeriods;    // their periods, parallel to latestIndicators
    QList<int> populationYears;            // ascending
    std::optional<double> focusPopulation; // the focus area's total in its latest population year
    int focusPopulationYear = 0;
    qint64 lsoaCount = 0;
    qint64 lsoasWithDeprivation = 0;
    QStringList deprivationEditions;
    QList<IndicatorComparison> comparisons; // worst first: Worse, Lower/Higher, Similar, Better
    int countOf(Comparison comparison) const;
};
EpidemiologyOverview epidemiologyOverview(Project& project);

// Latest comparisons of the focus area with England, ordered worst first then by name.
QList<IndicatorComparison> compareWithEngland(Project& project, const FocusArea& area,
                                              const FocusArea& england);
// Indicators significantly worse than England, counted per domain (most first).
QList<LabelCount> worseByDomain(const QList<IndicatorComparison>& comparisons);

// Stage 2: the workshop records the project holds (schema v4 tables; all zero when absent).
struct WorkshopRecords
{
    qint64 workshops = 0;
    qint64 participants = 0;
    qint64 notes = 0;
    qint64 themes = 0;
    qint64 evidenceItems = 0;
    QList<LabelCount> stakeholderGroups; // participants per group, most first
    QStringList latestWorkshops;         // "Title (2024-03-01)", most recent first, at most 5
};
WorkshopRecords workshopRecords(Project& project);

// One inequality breakdown (deprivation, ethnicity, ...) of an indicator for the focus area in its
// latest period: the groups with the highest and lowest values and the ratio between them.
struct GroupGap
{
    qint64 indicatorId = 0;
    QString indicator;
    QString categoryType;
    QString period;
    QString sex;
    QString age;
    QString highestGroup;
    double highestValue = 0;
    QString lowestGroup;
    double lowestValue = 0;
    double ratio = 0;   // highest / lowest
    QString worstGroup; // by polarity: the highest group where low is good, the lowest where high is good
    int groups = 0;
};

// A ward ranked by how many of its LSOAs are in the most deprived fifth of England (IMD deciles 1-2).
struct WardDeprivation
{
    QString code;
    QString name;
    qint64 lsoas = 0;
    qint64 mostDeprivedLsoas = 0;
};

// Stage 3: who and where to reach.
struct EngagementOverview
{
    FocusArea area;
    QList<LabelCount> breakdownTypes; // category types with their number of values
    QList<GroupGap> gaps;             // widest ratio first, at most 10
    QList<WardDeprivation> wards;     // every ward with deprivation data, most deprived first
    QString deprivationEdition;
};
EngagementOverview engagementOverview(Project& project);

// Disclosure control applied to small counts in reports (project_settings, with defaults).
struct DisclosureSettings
{
    int suppressFrom = 1; // counts from suppressFrom to suppressTo are suppressed
    int suppressTo = 7;
    int roundTo = 5;          // other counts are rounded to a multiple of roundTo
    bool fromProject = false; // true when any of the three is set in project_settings
};
inline constexpr char16_t kSuppressFromSetting[] = u"disclosure.suppress_from";
inline constexpr char16_t kSuppressToSetting[] = u"disclosure.suppress_to";
inline constexpr char16_t kRoundToSetting[] = u"disclosure.round_to";
DisclosureSettings disclosureSettings(Project& project);

// A possible report chapter: one indicator domain with data for the focus area.
struct ChapterSource
{
    QString domain;
    qint64 indicators = 0;
    qint64 values = 0;
    QString latestPeriod;
};

// Report: what the chapters could be built from.
struct ReportOverview
{
    FocusArea area;
    QList<ChapterSource> chapters; // by domain name
    bool hasPopulations = false;
    bool hasDeprivation = false;
    DisclosureSettings disclosure;
};
ReportOverview reportOverview(Project& project);

} // namespace jsna::project
