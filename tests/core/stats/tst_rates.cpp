// SPDX-License-Identifier: GPL-3.0-or-later
// Crude rates (exact Poisson below 10 events, Byar's from 10) against values computed in R 4.2 with the
// formulas of PHEindicatormethods::phe_rate (qchisq, byars_lower/byars_upper).
#include <vector>

#include <QtTest>

#include "core/stats/rate.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

class TestRates : public QObject
{
    Q_OBJECT

private slots:
    void reference_data();
    void reference();
    void properties();
    void errors();
    void nonIntegerCountBelowTen();
};

void TestRates::reference_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("n");
    QTest::addColumn<int>("method");
    QTest::addColumn<QList<double>>("expected"); // value, l95, u95, l99.8, u99.8 per 100,000

    const int exact = int(Method::Exact);
    const int byars = int(Method::Byars);
    QTest::newRow("0 events") << 0.0 << 10000.0 << exact
                              << QList<double>{0, 0, 36.888794541139355, 0, 69.077552789821354};
    QTest::newRow("1 event") << 1.0 << 10000.0 << exact
                             << QList<double>{10, 0.25317807984289897, 55.716433909388989, 0.010005003335835344,
                                              92.334134764515852};
    QTest::newRow("9 events") << 9.0 << 10000.0 << exact
                              << QList<double>{90, 41.153730973783325, 170.84803451419168, 24.524244043637747,
                                               226.5737330906293};
    QTest::newRow("10 events") << 10.0 << 10000.0 << byars
                               << QList<double>{100, 47.874499139675642, 183.91458605756475, 29.163183746956861,
                                                241.9372492788055};
    QTest::newRow("82 events") << 82.0 << 10000.0 << byars
                               << QList<double>{820.00000000000011, 652.14911658096696, 1017.8483940118892,
                                                568.17824995106685, 1140.4402890448152};
    QTest::newRow("6500 events") << 6500.0 << 10000.0 << byars
                                 << QList<double>{65000, 63429.31732011339, 66599.746963528902, 62537.02263927419,
                                                  67530.164928026847};
    QTest::newRow("48 per 100") << 48.0 << 100.0 << byars
                                << QList<double>{48000, 35388.474720531987, 63642.438606876152,
                                                 29374.737724116461, 73533.156255127746};
}

void TestRates::reference()
{
    QFETCH(double, x);
    QFETCH(double, n);
    QFETCH(int, method);
    QFETCH(QList<double>, expected);
    const Estimate e = crudeRate({x, n}, ConfidenceLevels());
    QCOMPARE(int(e.method), method);
    JSNA_COMPARE_REL(e.value, expected[0], 1e-12);
    JSNA_COMPARE_REL(e.at(0).lower, expected[1], 1e-12);
    JSNA_COMPARE_REL(e.at(0).upper, expected[2], 1e-12);
    JSNA_COMPARE_REL(e.at(1).lower, expected[3], 1e-12);
    JSNA_COMPARE_REL(e.at(1).upper, expected[4], 1e-12);
}

void TestRates::properties()
{
    const ConfidenceLevels levels;
    double previousWidth = 1e300;
    for (double x : {0.0, 1.0, 5.0, 9.0, 10.0, 11.0, 50.0, 1000.0, 1e6}) {
        const Estimate e = crudeRate({x, 1e7}, levels);
        QVERIFY(e.at(0).lower <= e.value && e.value <= e.at(0).upper);
        QVERIFY(e.at(1).lower <= e.at(0).lower && e.at(0).upper <= e.at(1).upper);
        // Relative width narrows as the count grows.
        if (x > 0.0) {
            const double width = (e.at(0).upper - e.at(0).lower) / e.value;
            QVERIFY(width < previousWidth);
            previousWidth = width;
        }
    }
}

void TestRates::errors()
{
    const ConfidenceLevels levels;
    std::vector<RateInput> rows{{1, 10}, {2, 0}};
    std::vector<Estimate> out(2);
    try {
        crudeRates(rows, levels, 1000.0, out);
        QFAIL("zero population accepted");
    } catch (const StatsError& error) {
        QCOMPARE(error.row(), std::size_t(1));
    }
    QVERIFY_THROWS_EXCEPTION(StatsError, crudeRate({-1, 10}, levels));
    const Estimate missing = crudeRate({kNaN, 10}, levels);
    QVERIFY(!missing.hasValue());
    QVERIFY(!missing.note.empty());
}

void TestRates::nonIntegerCountBelowTen()
{
    // The exact limits are not cached for fractional counts; they must still agree with the formula.
    const ConfidenceLevels levels;
    const Estimate e = crudeRate({2.5, 1000}, levels, 1.0);
    JSNA_COMPARE_REL(e.at(0).lower, exactPoissonLower(2.5, 0.95) / 1000.0, 1e-14);
    JSNA_COMPARE_REL(e.at(1).upper, exactPoissonUpper(2.5, 0.998) / 1000.0, 1e-14);
}

QTEST_APPLESS_MAIN(TestRates)
#include "tst_rates.moc"
