// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark comparison (Fingertips conventions) and the recent trend (assign_trend_markers' rule), with
// chi-square statistics checked in R 4.2.
#include <vector>

#include <QtTest>

#include "core/stats/benchmarking.h"
#include "core/stats/trend.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

class TestBenchmarking : public QObject
{
    Q_OBJECT

private slots:
    void comparison();
    void quintiles();
    void trendProportion();
    void trendOther();
    void trendCannotBeCalculated();
};

void TestBenchmarking::comparison()
{
    const Interval above{12, 14};
    const Interval around{9, 11};
    const Interval below{6, 8};
    QCOMPARE(compareWithBenchmark(13, above, 10, Polarity::LowIsGood), Comparison::Worse);
    QCOMPARE(compareWithBenchmark(13, above, 10, Polarity::HighIsGood), Comparison::Better);
    QCOMPARE(compareWithBenchmark(13, above, 10, Polarity::NotApplicable), Comparison::Higher);
    QCOMPARE(compareWithBenchmark(7, below, 10, Polarity::NotApplicable), Comparison::Lower);
    QCOMPARE(compareWithBenchmark(7, below, 10, Polarity::LowIsGood), Comparison::Better);
    QCOMPARE(compareWithBenchmark(10, around, 10, Polarity::LowIsGood), Comparison::Similar);
    QCOMPARE(compareWithBenchmark(kNaN, around, 10, Polarity::LowIsGood), Comparison::NotCompared);
    QCOMPARE(compareWithBenchmark(10, Interval{}, 10, Polarity::LowIsGood), Comparison::NotCompared);
    QCOMPARE(compareWithBenchmark(13, above, 10, Polarity::HighIsGood, ComparisonMethod::IntervalsOverlap,
                                  Interval{9, 12.5}),
             Comparison::Similar);
    QCOMPARE(comparisonLabel(Comparison::NotCompared), std::string_view("Not compared"));
}

void TestBenchmarking::quintiles()
{
    const std::vector<double> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const auto q = benchmarkQuintiles(values);
    QCOMPARE(q.front(), 1.0);
    QCOMPARE(q.back(), 5.0);
    QCOMPARE(quintileLabel(q.front(), Polarity::NotApplicable), std::string_view("Lowest"));
    QCOMPARE(quintileLabel(q.front(), Polarity::LowIsGood), std::string_view("Best"));
    QCOMPARE(quintileLabel(q.front(), Polarity::HighIsGood), std::string_view("Worst"));
    QCOMPARE(quintileLabel(q.back(), Polarity::HighIsGood), std::string_view("Best"));
    QCOMPARE(quintileLabel(kNaN, Polarity::HighIsGood), std::string_view("Not compared"));
}

void TestBenchmarking::trendProportion()
{
    std::vector<TrendPoint> series;
    const double numerators[] = {100, 120, 140, 160, 185};
    for (int i = 0; i < 5; ++i)
        series.push_back({2019.0 + i, numerators[i], 1000, kNaN, kNaN, kNaN});
    series.insert(series.begin(), {2018, 500, 1000, kNaN, kNaN, kNaN}); // older than the last five: ignored
    const TrendResult r = recentTrend(series, TrendValueType::Proportion);
    JSNA_COMPARE_REL(r.chiSquare, 36.41047234537934, 1e-11);
    QCOMPARE(r.direction, TrendDirection::Increasing);
    QCOMPARE(trendLabel(r.direction, Polarity::LowIsGood), std::string("Increasing and getting worse"));
    QCOMPARE(trendLabel(r.direction, Polarity::HighIsGood), std::string("Increasing and getting better"));

    const double flat[] = {100, 104, 99, 103, 101};
    for (int i = 0; i < 5; ++i)
        series[std::size_t(i) + 1].numerator = flat[i];
    const TrendResult none = recentTrend(series, TrendValueType::Proportion);
    JSNA_COMPARE_REL(none.chiSquare, 0.0010974775137832201, 1e-9);
    QCOMPARE(none.direction, TrendDirection::NoSignificantChange);
}

void TestBenchmarking::trendOther()
{
    std::vector<TrendPoint> series;
    const double values[] = {50, 52, 55, 57, 60};
    for (int i = 0; i < 5; ++i)
        series.push_back({2019.0 + i, kNaN, kNaN, values[i], values[i] - 2, values[i] + 2});
    const TrendResult r = recentTrend(series, TrendValueType::Other);
    JSNA_COMPARE_REL(r.slope, 2.5000000004947935, 1e-9);
    JSNA_COMPARE_REL(r.chiSquare, 60.022794085146913, 1e-9);
    QCOMPARE(r.direction, TrendDirection::Increasing);
    // One point that reverses the direction when left out: "No significant change" (outlier).
    const double outlier[] = {50, 49, 48, 47, 80};
    for (int i = 0; i < 5; ++i) {
        series[std::size_t(i)].value = outlier[i];
        series[std::size_t(i)].lower = outlier[i] - 0.5;
        series[std::size_t(i)].upper = outlier[i] + 0.5;
    }
    const TrendResult o = recentTrend(series, TrendValueType::Other);
    QCOMPARE(o.direction, TrendDirection::NoSignificantChange);
    QCOMPARE(o.reason, std::string_view("Outlier found"));
}

void TestBenchmarking::trendCannotBeCalculated()
{
    std::vector<TrendPoint> series(4, TrendPoint{2020, 10, 100, kNaN, kNaN, kNaN});
    QCOMPARE(recentTrend(series, TrendValueType::Proportion).direction, TrendDirection::CannotBeCalculated);
    series.push_back({2024, kNaN, 100, kNaN, kNaN, kNaN});
    for (std::size_t i = 0; i < series.size(); ++i)
        series[i].period = 2020.0 + double(i);
    QCOMPARE(recentTrend(series, TrendValueType::Proportion).direction, TrendDirection::CannotBeCalculated);
    QCOMPARE(trendLabel(TrendDirection::CannotBeCalculated), std::string("Cannot be calculated"));
}

QTEST_APPLESS_MAIN(TestBenchmarking)
#include "tst_benchmarking.moc"
