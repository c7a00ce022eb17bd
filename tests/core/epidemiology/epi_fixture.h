// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QString>

namespace jsna::project {
class Project;
}

namespace jsna::test {

// A small project with known answers for the Stage 1 queries and views: England, London, six London
// boroughs (Alpha..Foxtrot, focus Bravo), five indicators and their series, breakdowns and populations.
namespace fixture {
inline constexpr char16_t kEngland[] = u"E92000001";
inline constexpr char16_t kLondon[] = u"E12000007";
inline constexpr char16_t kAlpha[] = u"E09000001";
inline constexpr char16_t kBravo[] = u"E09000002"; // the focus area
inline constexpr char16_t kCharlie[] = u"E09000003";
// Indicator ids as stored (inserted in this order into an empty project).
inline constexpr qint64 kSmoking = 1;       // proportion, low is good: Bravo 20.0% vs England 13.0%: Worse
inline constexpr qint64 kActive = 2;        // proportion, high is good: Bravo 70.0% vs 67.0%: Better
inline constexpr qint64 kCvd = 3;           // DSR, low is good: Bravo 80.0 vs 77.0: Similar
inline constexpr qint64 kOlder = 4;         // proportion, no polarity: Bravo 8.0% vs 18.5%: Lower
inline constexpr qint64 kLifeExpectancy = 5; // high is good: Worse at 95%, Similar at 99.8%
} // namespace fixture

std::unique_ptr<project::Project> createEpiFixture(const QString& path);

// A synthetic project of about `values` indicator values (100 indicators, England, 9 regions, 150
// upper-tier LAs, 10 years, Persons/Male/Female, deprivation deciles, ethnic groups, age bands) and
// populations, for the benchmark. progress gets the number of values written so far.
std::unique_ptr<project::Project> createLargeProject(const QString& path, qint64 values,
                                                    const std::function<void(qint64)>& progress = {});

} // namespace jsna::test
