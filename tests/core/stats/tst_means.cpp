// SPDX-License-Identifier: GPL-3.0-or-later
// Means with Student's t limits against values computed in R 4.2 (phe_mean's formulas; the examples are
// the R package's own).
#include <vector>

#include <QtTest>

#include "core/stats/mean.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

class TestMeans : public QObject
{
    Q_OBJECT

private slots:
    void reference_data();
    void reference();
    void groupOfOne();
    void missingValuesSkipped();
};

void TestMeans::reference_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("expected"); // mean, sd, l95, u95, l99.8, u99.8
    QTest::newRow("30..60") << QList<double>{30, 40, 50, 60}
                            << QList<double>{45, 12.909944487358056, 24.457397432394785, 65.542602567605215,
                                             -20.934519589464998, 110.934519589465};
    QTest::newRow("Area2-like") << QList<double>{20, 30, 40, 200, 300, 400}
                                << QList<double>{165, 160.96583488430085, -3.9232839331976663, 333.92328393319769,
                                                 -222.28098684285249, 552.28098684285249};
}

void TestMeans::reference()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, expected);
    const std::vector<double> v(values.begin(), values.end());
    const MeanResult r = mean(v, ConfidenceLevels());
    JSNA_COMPARE_REL(r.estimate.value, expected[0], 1e-13);
    JSNA_COMPARE_REL(r.standardDeviation, expected[1], 1e-13);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, expected[2], 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).upper, expected[3], 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).lower, expected[4], 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, expected[5], 1e-12);
}

void TestMeans::groupOfOne()
{
    const std::vector<double> v{42.0};
    const MeanResult r = mean(v, ConfidenceLevels());
    QCOMPARE(r.estimate.value, 42.0);
    QVERIFY(std::isnan(r.estimate.at(0).lower));
    QCOMPARE(r.estimate.note, kNoteMeanSingleValue);
    const MeanResult none = mean(std::vector<double>{}, ConfidenceLevels());
    QVERIFY(!none.estimate.hasValue());
}

void TestMeans::missingValuesSkipped()
{
    const std::vector<double> v{30, kNaN, 40, 50, 60};
    const MeanResult r = mean(v, ConfidenceLevels());
    QCOMPARE(r.skipped, 1.0);
    QCOMPARE(r.count, 4.0);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 24.457397432394785, 1e-12);
    QVERIFY_THROWS_EXCEPTION(StatsError, mean(std::vector<double>{1.0, HUGE_VAL}, ConfidenceLevels()));
}

QTEST_APPLESS_MAIN(TestMeans)
#include "tst_means.moc"
