// SPDX-License-Identifier: GPL-3.0-or-later
// Funnel plot control limits and significance, against values computed in R 4.2 with the helper
// functions of PHEindicatormethods (sigma_adjustment, poisson_funnel with its own Poisson series).
#include <vector>

#include <QtTest>

#include "core/stats/funnel.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

class TestFunnels : public QObject
{
    Q_OBJECT

private slots:
    void sigmaAdjustment();
    void poissonExpected_data();
    void poissonExpected();
    void axisRounding();
    void proportionLimits();
    void proportionSignificance();
    void ratioLimitsAndSignificance();
    void rateSignificance();
    void rateFunnelWithoutEvents();
};

void TestFunnels::sigmaAdjustment()
{
    JSNA_COMPARE_REL(funnelSigmaAdjustment(0.975, 1000, 0.3, false, 100), 27.15974234910669, 1e-12);
    JSNA_COMPARE_REL(funnelSigmaAdjustment(0.975, 1000, 0.3, true, 100), 32.840257650893307, 1e-12);
    JSNA_COMPARE_REL(funnelSigmaAdjustment(0.999, 1000, 0.3, false, 100), 25.521827941807651, 1e-12);
    JSNA_COMPARE_REL(funnelSigmaAdjustment(0.999, 1000, 0.3, true, 100), 34.478172058192349, 1e-12);
}

void TestFunnels::poissonExpected_data()
{
    QTest::addColumn<double>("observed");
    QTest::addColumn<QList<double>>("expected"); // 0.025 high, 0.025 low, 0.001 high, 0.001 low
    QTest::newRow("1") << 1.0
                       << QList<double>{5.5716445854321845, 0.025317898204127373, 9.233410143417137,
                                        0.0010005470269327723};
    QTest::newRow("5") << 5.0
                       << QList<double>{11.668333103695819, 1.6234863244086331, 16.454744775806773,
                                        0.73937192797369733};
    QTest::newRow("10") << 10.0
                        << QList<double>{18.390357987077753, 4.7953876285107411, 24.133972353058873,
                                         2.9605199246530303};
    QTest::newRow("37") << 37.0
                        << QList<double>{50.999636063369927, 26.051420031697472, 59.925189169794088,
                                         21.004824623469926};
    QTest::newRow("250") << 250.0
                         << QList<double>{282.98773563767446, 219.96794359409273, 302.82066630535093,
                                          203.97348120820735};
}

void TestFunnels::poissonExpected()
{
    QFETCH(double, observed);
    QFETCH(QList<double>, expected);
    // The R bisection stops at a step of 1e-7 in v; Boost's Poisson tail agrees with R's series to
    // about 1e-10, so the same steps are taken and the results agree to rounding.
    JSNA_COMPARE_REL(funnelPoissonExpected(observed, 0.025, true), expected[0], 1e-12);
    JSNA_COMPARE_REL(funnelPoissonExpected(observed, 0.025, false), expected[1], 1e-12);
    JSNA_COMPARE_REL(funnelPoissonExpected(observed, 0.001, true), expected[2], 1e-12);
    JSNA_COMPARE_REL(funnelPoissonExpected(observed, 0.001, false), expected[3], 1e-12);
}

void TestFunnels::axisRounding()
{
    QCOMPARE(funnelAxisFloor(15232), 10000.0);
    QCOMPARE(funnelAxisCeiling(18475), 20000.0);
    QCOMPARE(funnelAxisFloor(105264), 100000.0);
    QCOMPARE(funnelAxisCeiling(95238.1), 110000.0);
    QCOMPARE(funnelAxisFloor(7), 6.0);
    JSNA_COMPARE_REL(funnelAxisCeiling(7), 7.4, 1e-15);
}

void TestFunnels::proportionLimits()
{
    // The R package's example points.
    const std::vector<FunnelPoint> points{{10232, 15232}, {12321, 16123}, {15123, 17932}, {13213, 18475}};
    const auto rows = funnelLimits(points, FunnelStatistic::Proportion, 100);
    QCOMPARE(rows.size(), std::size_t(100));
    QCOMPARE(rows.front().x, 10000.0); // max <= 2 x min, so the axis starts at signif.floor(15232)
    QCOMPARE(rows.back().x, 20000.0);
    const double average = (10232.0 + 12321 + 15123 + 13213) / (15232.0 + 16123 + 17932 + 18475);
    for (const FunnelLimitRow& row : rows) {
        JSNA_COMPARE_REL(row.baseline, average * 100, 1e-14);
        QVERIFY(row.lower998 < row.lower95 && row.lower95 < row.baseline);
        QVERIFY(row.baseline < row.upper95 && row.upper95 < row.upper998);
        JSNA_COMPARE_REL(row.lower95, funnelSigmaAdjustment(0.975, row.x, average, false, 100), 1e-15);
    }
    for (std::size_t j = 1; j < rows.size(); ++j)
        QVERIFY(rows[j].x > rows[j - 1].x);
}

void TestFunnels::proportionSignificance()
{
    const std::vector<FunnelPoint> points{{10232, 15232}, {12321, 16123}, {15123, 17932}, {13213, 18475}};
    const auto significance = funnelSignificance(points, FunnelStatistic::Proportion, 100);
    // Values 67.2%, 76.4%, 84.3%, 71.5% around an average of 75.1%: all far outside the funnel.
    QCOMPARE(significance[0], FunnelSignificance::Low001);
    QCOMPARE(significance[1], FunnelSignificance::High001);
    QCOMPARE(significance[2], FunnelSignificance::High001);
    QCOMPARE(significance[3], FunnelSignificance::Low001);
    QCOMPARE(funnelSignificanceLabel(significance[0]), std::string_view("Low (0.001)"));
    QVERIFY_THROWS_EXCEPTION(StatsError, funnelSignificance(std::vector<FunnelPoint>{{11, 10}},
                                                            FunnelStatistic::Proportion, 100));
}

void TestFunnels::ratioLimitsAndSignificance()
{
    const std::vector<FunnelPoint> points{{30, 30}, {60, 40}, {15, 30}, {100, 98}};
    const auto rows = funnelLimits(points, FunnelStatistic::RatioIsr, 100);
    for (const FunnelLimitRow& row : rows) {
        QCOMPARE(row.baseline, 100.0);
        QVERIFY(row.lower998 < row.lower95 && row.lower95 < 100.0 && 100.0 < row.upper95);
        JSNA_COMPARE_REL(row.lower95, row.x / funnelPoissonExpected(row.x, 0.025, true) * 100, 1e-15);
    }
    const auto significance = funnelSignificance(points, FunnelStatistic::RatioIsr, 100);
    QCOMPARE(significance[0], FunnelSignificance::NotSignificant);
    QCOMPARE(significance[1], FunnelSignificance::High025);
    QCOMPARE(significance[2], FunnelSignificance::Low025);
    QCOMPARE(significance[3], FunnelSignificance::NotSignificant);
}

void TestFunnels::rateSignificance()
{
    // DSRs below 10 events are not assessed.
    const std::vector<FunnelPoint> points{{5, kNaN, 50}, {200, kNaN, 100}, {400, kNaN, 250}, {120, kNaN, 90}};
    const auto significance = funnelSignificance(points, FunnelStatistic::RateDsr, 100000);
    QCOMPARE(significance[0], FunnelSignificance::NotApplicable);
    QVERIFY(significance[2] == FunnelSignificance::High001);
    const auto rows = funnelLimits(points, FunnelStatistic::RateDsr, 100000, 3);
    QCOMPARE(rows.size(), std::size_t(100));
    QVERIFY(rows[50].lower95 < rows[50].baseline && rows[50].baseline < rows[50].upper95);
}

void TestFunnels::rateFunnelWithoutEvents()
{
    // No events: the average rate, and so every line, is undefined. This used to reach Boost's Poisson
    // distribution with a NaN mean, which threw std::domain_error.
    const std::vector<FunnelPoint> dsr{{0, kNaN, kNaN}, {0, kNaN, kNaN}};
    QVERIFY_THROWS_EXCEPTION(StatsError, funnelLimits(dsr, FunnelStatistic::RateDsr, 100000));
    const std::vector<FunnelPoint> crude{{0, 1000, kNaN}, {0, 2000, kNaN}};
    QVERIFY_THROWS_EXCEPTION(StatsError, funnelLimits(crude, FunnelStatistic::RateCrude, 100000));
    const auto significance = funnelSignificance(dsr, FunnelStatistic::RateDsr, 100000);
    QCOMPARE(significance[0], FunnelSignificance::NotApplicable);
}

QTEST_APPLESS_MAIN(TestFunnels)
#include "tst_funnels.moc"
