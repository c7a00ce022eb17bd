// SPDX-License-Identifier: GPL-3.0-or-later
// Indirectly standardised ratios and rates against values computed in R 4.2 with the formulas of
// PHEindicatormethods::calculate_ISRatio and calculate_ISRate.
#include <vector>

#include <QtTest>

#include "core/stats/isr.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

namespace {

const std::vector<double> kObs = {27,  45,  55,  100, 125, 300, 295, 270, 275, 450,
                                  455, 459, 345, 300, 270, 265, 100, 90,  35};
const std::vector<double> kPop = {84935, 80367, 72122, 79259, 99806, 87362, 81579, 71103, 70001, 69007,
                                  63203, 52638, 46087, 40887, 32604, 28399, 21625, 13021, 7355};
const std::vector<double> kRefCount = {50,  60,  70,  80,  150, 200, 250, 300, 350, 400,
                                       450, 500, 550, 600, 650, 700, 600, 500, 400};

std::vector<double> refPopulation()
{
    std::vector<double> pop(19, 100000.0);
    pop[2] = 90000.0;
    return pop;
}

std::vector<IsrBandInput> rows(double popScale = 1.0, bool withCounts = true)
{
    std::vector<IsrBandInput> result;
    for (std::size_t b = 0; b < kObs.size(); ++b)
        result.push_back({b, withCounts ? kObs[b] : kNaN, kPop[b] * popScale});
    return result;
}

} // namespace

class TestIsr : public QObject
{
    Q_OBJECT

private slots:
    void ratio();
    void rate();
    void exactBelowTen();
    void referenceRatesGivenDirectly();
    void zeroReferencePopulation();
    void zeroExpected();
};

void TestIsr::ratio()
{
    const ReferenceRates reference = ReferenceRates::fromCounts(kRefCount, refPopulation());
    IsrOptions options;
    options.refValue = 100.0;
    const IsrResult r = indirectlyStandardised(rows(), reference, ConfidenceLevels(), options);
    QCOMPARE(r.observed, 4261.0);
    JSNA_COMPARE_REL(r.expected, 3154.308788888889, 1e-13);
    QCOMPARE(r.estimate.method, Method::Byars);
    JSNA_COMPARE_REL(r.estimate.value, 135.08506253444341, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 131.05914919198139, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).upper, 139.20320745304312, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).lower, 128.78017904021797, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, 141.60308971813288, 1e-12);
}

void TestIsr::rate()
{
    const ReferenceRates reference = ReferenceRates::fromCounts(kRefCount, refPopulation());
    IsrOptions options;
    options.kind = IsrKind::Rate;
    const IsrResult r = indirectlyStandardised(rows(), reference, ConfidenceLevels(), options);
    JSNA_COMPARE_REL(r.estimate.value, 490.30874549538726, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 475.69617114126578, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).upper, 505.25608631104541, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).lower, 467.42435355338375, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, 513.96677008803795, 1e-12);
}

void TestIsr::exactBelowTen()
{
    // 7 observed events given as a total (calculate_ISRatio's observed_totals), populations / 1000.
    const ReferenceRates reference = ReferenceRates::fromCounts(kRefCount, refPopulation());
    IsrOptions options;
    options.observedTotal = 7.0;
    const IsrResult r = indirectlyStandardised(rows(0.001, false), reference, ConfidenceLevels(), options);
    QCOMPARE(r.estimate.method, Method::Exact);
    JSNA_COMPARE_REL(r.expected, 3.1543087888888888, 1e-12);
    JSNA_COMPARE_REL(r.estimate.value, 2.2191866644944938, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 0.89222813613984564, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).upper, 4.57237268986046, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).lower, 0.48198713637492374, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, 6.2220215929771401, 1e-12);
    QVERIFY(r.estimate.at(1).lower < r.estimate.at(0).lower);
}

void TestIsr::referenceRatesGivenDirectly()
{
    std::vector<double> rates;
    const std::vector<double> pop = refPopulation();
    for (std::size_t b = 0; b < kRefCount.size(); ++b)
        rates.push_back(kRefCount[b] / pop[b]);
    const ReferenceRates reference = ReferenceRates::fromRates(rates);
    IsrOptions options;
    options.refValue = 100.0;
    const IsrResult r = indirectlyStandardised(rows(), reference, ConfidenceLevels(), options);
    JSNA_COMPARE_REL(r.estimate.value, 135.08506253444341, 1e-12);
    // A rate needs the overall reference rate, which bare rates do not give.
    options.kind = IsrKind::Rate;
    QVERIFY_THROWS_EXCEPTION(StatsError, indirectlyStandardised(rows(), reference, ConfidenceLevels(), options));
}

void TestIsr::zeroReferencePopulation()
{
    std::vector<double> pop = refPopulation();
    pop[18] = 0.0;
    const std::vector<std::string> names{"0-4",   "5-9",   "10-14", "15-19", "20-24", "25-29", "30-34",
                                         "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65-69",
                                         "70-74", "75-79", "80-84", "85-89", "90+"};
    try {
        ReferenceRates::fromCounts(kRefCount, pop, names);
        QFAIL("zero reference population accepted");
    } catch (const StatsError& error) {
        QCOMPARE(error.row(), std::size_t(18));
        QVERIFY(QString::fromUtf8(error.what()).contains(u"90+"));
    }
}

void TestIsr::zeroExpected()
{
    const ReferenceRates reference = ReferenceRates::fromRates(std::vector<double>(19, 0.0));
    const IsrResult r = indirectlyStandardised(rows(), reference, ConfidenceLevels());
    QVERIFY(!r.estimate.hasValue());
    QCOMPARE(r.estimate.note, kNoteNoExpected);
}

QTEST_APPLESS_MAIN(TestIsr)
#include "tst_isr.moc"
