// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna::epidemiology {

enum class BreakdownKind
{
    Deprivation,
    Sex,
    Age,
    Ethnicity,
    Other,
};

// What a category type is about: "County & UA deprivation deciles in England (IMD2019)" -> Deprivation.
BreakdownKind breakdownKindOf(const QString& categoryType);
QString breakdownKindLabel(BreakdownKind kind); // "Deprivation", "Sex", "Age band", "Ethnic group", "Other"

// The rank (1 = most deprived) of a deprivation category among groupCount groups, read from the labels
// Fingertips and ONS use: "Most deprived decile (IMD2019)", "Second most deprived decile", "Third more
// deprived decile", "Fourth less deprived decile", "Least deprived quintile", "Decile 3", "2". Returns 0
// when the label names no rank.
int deprivationRank(const QString& category, int groupCount);

// The lower bound of an age band label ("65+ yrs" -> 65, "0-4 yrs" -> 0, "<1 yr" -> 0, "All ages" -> -1).
int ageBandStart(const QString& age);

} // namespace jsna::epidemiology
