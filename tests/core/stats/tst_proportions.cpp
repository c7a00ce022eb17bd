// SPDX-License-Identifier: GPL-3.0-or-later
// Proportions with Wilson score limits, against values computed in R 4.2 with the formulas of
// PHEindicatormethods::phe_proportion (wilson_lower/wilson_upper, qnorm).
#include <vector>

#include <QtTest>

#include "core/stats/proportion.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

class TestProportions : public QObject
{
    Q_OBJECT

private slots:
    void reference_data();
    void reference();
    void properties();
    void errorsNameTheRow();
    void missingInput();
    void batchMatchesSingle();
    void singleLevel();
};

void TestProportions::reference_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("n");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<QList<double>>("expected"); // value, l95, u95, l99.8, u99.8

    QTest::newRow("65/100") << 65.0 << 100.0 << 1.0
                            << QList<double>{0.65000000000000002, 0.55254443296887967, 0.73635751756902468,
                                             0.49549465740704474, 0.77835406140896846};
    QTest::newRow("zero count %") << 0.0 << 100.0 << 100.0
                                  << QList<double>{0, 0, 3.6993498206985658, 0, 8.7170937279955609};
    QTest::newRow("x == n %") << 100.0 << 100.0 << 100.0
                              << QList<double>{100, 96.300650179301428, 100, 91.282906272004425, 100};
    QTest::newRow("1/3") << 1.0 << 3.0 << 1.0
                         << QList<double>{0.33333333333333331, 0.061491944720396312, 0.79234039919795218,
                                          0.029827928198891393, 0.89048784894055599};
    QTest::newRow("8200/10000 %") << 8200.0 << 10000.0 << 100.0
                                  << QList<double>{82, 81.234762791708874, 82.740661312567838,
                                                   80.782415974652594, 83.156525305071412};
    QTest::newRow("9/10000 per 1000") << 9.0 << 10000.0 << 1000.0
                                      << QList<double>{0.90000000000000002, 0.47357706058500593,
                                                       1.7097301130243716, 0.3347230744517905, 2.4176021533527661};
}

void TestProportions::reference()
{
    QFETCH(double, x);
    QFETCH(double, n);
    QFETCH(double, multiplier);
    QFETCH(QList<double>, expected);
    const Estimate e = proportion({x, n}, ConfidenceLevels(), multiplier);
    QCOMPARE(e.levelCount, std::size_t(2));
    QCOMPARE(e.method, Method::Wilson);
    JSNA_COMPARE_REL(e.value, expected[0], 1e-12);
    JSNA_COMPARE_REL(e.at(0).lower, expected[1], 1e-12);
    JSNA_COMPARE_REL(e.at(0).upper, expected[2], 1e-12);
    JSNA_COMPARE_REL(e.at(1).lower, expected[3], 1e-12);
    JSNA_COMPARE_REL(e.at(1).upper, expected[4], 1e-12);
}

void TestProportions::properties()
{
    const ConfidenceLevels levels;
    for (double n : {10.0, 100.0, 1000.0, 100000.0}) {
        double previousWidth = 2.0;
        for (double share : {0.0, 0.01, 0.3, 0.5, 0.97, 1.0}) {
            const double x = std::round(share * n);
            const Estimate e = proportion({x, n}, levels);
            // Wilson limits at x = 0 or x = n equal the value up to rounding.
            QVERIFY(e.at(0).lower <= e.value + 1e-15 && e.value <= e.at(0).upper + 1e-15);
            QVERIFY(e.at(1).lower <= e.at(0).lower && e.at(0).upper <= e.at(1).upper);
            QVERIFY(e.at(1).lower >= 0.0 && e.at(1).upper <= 1.0 + 1e-15);
        }
        // Larger samples at the same share give narrower intervals.
        const Estimate small = proportion({0.3 * n, n}, levels);
        const Estimate large = proportion({3.0 * n, 10.0 * n}, levels);
        QVERIFY(large.at(0).upper - large.at(0).lower < small.at(0).upper - small.at(0).lower);
        QVERIFY(small.at(0).upper - small.at(0).lower < previousWidth);
    }
}

void TestProportions::errorsNameTheRow()
{
    const ConfidenceLevels levels;
    std::vector<ProportionInput> rows{{1, 10}, {11, 10}};
    std::vector<Estimate> out(rows.size());
    try {
        proportions(rows, levels, 1.0, out);
        QFAIL("numerator above denominator accepted");
    } catch (const StatsError& error) {
        QCOMPARE(error.row(), std::size_t(1));
        QVERIFY(QString::fromUtf8(error.what()).contains(u"row 2"));
        QVERIFY(QString::fromUtf8(error.what()).contains(u"greater than its denominator"));
    }
    QVERIFY_THROWS_EXCEPTION(StatsError, proportion({-1, 10}, levels));
    QVERIFY_THROWS_EXCEPTION(StatsError, proportion({0, 0}, levels));
    QVERIFY_THROWS_EXCEPTION(StatsError, proportion({1, -5}, levels));
    QVERIFY_THROWS_EXCEPTION(StatsError, proportion({1, 10}, levels, 0.0));
}

void TestProportions::missingInput()
{
    const Estimate e = proportion({kNaN, 10}, ConfidenceLevels());
    QVERIFY(!e.hasValue());
    QVERIFY(std::isnan(e.at(0).lower));
    QVERIFY(!e.note.empty());
}

void TestProportions::batchMatchesSingle()
{
    const ConfidenceLevels levels;
    std::vector<ProportionInput> rows{{1, 10}, {5, 5}, {0, 7}, {kNaN, 3}};
    std::vector<Estimate> out(rows.size());
    proportions(rows, levels, 100.0, out);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Estimate single = proportion(rows[i], levels, 100.0);
        JSNA_COMPARE_REL(out[i].value, single.value, 0.0);
        JSNA_COMPARE_REL(out[i].at(1).upper, single.at(1).upper, 0.0);
    }
}

void TestProportions::singleLevel()
{
    const ConfidenceLevels levels{99.8};
    QCOMPARE(levels.size(), std::size_t(1));
    QCOMPARE(levels.suffix(0), std::string("99_8"));
    const Estimate e = proportion({65, 100}, levels);
    JSNA_COMPARE_REL(e.at(0).lower, 0.49549465740704474, 1e-12);
    QVERIFY_THROWS_EXCEPTION(StatsError, ConfidenceLevels({0.95, 0.99, 0.998, 0.999, 0.9}));
    QVERIFY_THROWS_EXCEPTION(StatsError, ConfidenceLevels({101.0}));
}

QTEST_APPLESS_MAIN(TestProportions)
#include "tst_proportions.moc"
