// SPDX-License-Identifier: GPL-3.0-or-later
// Directly standardised rates (Dobson) against values computed in R 4.2 with the formulas of
// PHEindicatormethods::calculate_dsr, on the package's own example counts and populations (R/SMR.R).
#include <vector>

#include <QtTest>

#include "core/stats/dsr.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

namespace {

const std::vector<double> kObs = {27,  45,  55,  100, 125, 300, 295, 270, 275, 450,
                                  455, 459, 345, 300, 270, 265, 100, 90,  35};
const std::vector<double> kPop = {84935, 80367, 72122, 79259, 99806, 87362, 81579, 71103, 70001, 69007,
                                  63203, 52638, 46087, 40887, 32604, 28399, 21625, 13021, 7355};

std::vector<DsrBandInput> bands(const std::vector<double>& obs)
{
    std::vector<DsrBandInput> rows;
    for (std::size_t b = 0; b < obs.size(); ++b)
        rows.push_back({b, obs[b], kPop[b]});
    return rows;
}

} // namespace

class TestDsr : public QObject
{
    Q_OBJECT

private slots:
    void esp2013Weights();
    void reference();
    void fewEvents();
    void suppressedBelowTen();
    void missingBandRefused();
    void missingBandAllowed();
    void errors();
    void batch();
    void twentyBands();
};

void TestDsr::esp2013Weights()
{
    const StandardPopulation& esp = StandardPopulation::esp2013();
    QCOMPARE(esp.size(), std::size_t(19));
    QCOMPARE(esp.total(), 100000.0);
    QCOMPARE(esp.weight(*esp.find("90+")), 1000.0);
    QCOMPARE(*esp.find("85 - 89"), std::size_t(17));
    QCOMPARE(*esp.find("5"), std::size_t(1));
    const StandardPopulation& esp20 = StandardPopulation::esp2013With20Bands();
    QCOMPARE(esp20.size(), std::size_t(20));
    QCOMPARE(esp20.total(), 100000.0);
    QCOMPARE(esp20.weight(*esp20.find("<1")), 1000.0);
    QCOMPARE(esp20.weight(*esp20.find("1-4")), 4000.0);
}

void TestDsr::reference()
{
    const DsrResult r = directlyStandardisedRate(bands(kObs), StandardPopulation::esp2013(), ConfidenceLevels());
    QCOMPARE(r.totalCount, 4261.0);
    QCOMPARE(r.totalPopulation, 1101360.0);
    QCOMPARE(r.estimate.method, Method::Dobson);
    QVERIFY(r.warning.empty());
    JSNA_COMPARE_REL(r.estimate.value, 464.91565132391906, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 450.68830933261881, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).upper, 479.46893430412922, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).lower, 442.6345622747462, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, 487.94997768977947, 1e-12);
}

void TestDsr::fewEvents()
{
    // 15 events, mostly zero counts: still published (>= 10).
    const std::vector<double> obs = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 2, 1, 0, 1, 2, 3, 2, 1};
    const DsrResult r = directlyStandardisedRate(bands(obs), StandardPopulation::esp2013(), ConfidenceLevels());
    JSNA_COMPARE_REL(r.estimate.value, 1.7950150476361879, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 0.99169932334958966, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).upper, 2.9787872711631422, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).lower, 0.67156267830909178, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, 3.7749056850462273, 1e-12);
}

void TestDsr::suppressedBelowTen()
{
    const std::vector<double> obs = {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 2, 1, 0, 1, 0, 1, 1, 1}; // 9
    const DsrResult r = directlyStandardisedRate(bands(obs), StandardPopulation::esp2013(), ConfidenceLevels());
    QCOMPARE(r.totalCount, 9.0);
    QVERIFY(!r.estimate.hasValue());
    QVERIFY(std::isnan(r.estimate.at(1).upper));
    QCOMPARE(r.estimate.note, kNoteDsrSuppressed);
    // Zero events everywhere: suppressed too, no division by zero.
    const DsrResult zero =
        directlyStandardisedRate(bands(std::vector<double>(19, 0.0)), StandardPopulation::esp2013(), ConfidenceLevels());
    QCOMPARE(zero.totalCount, 0.0);
    QVERIFY(!zero.estimate.hasValue());
}

void TestDsr::missingBandRefused()
{
    std::vector<DsrBandInput> rows = bands(kObs);
    rows.erase(rows.begin() + 17); // no 85-89 row
    try {
        directlyStandardisedRate(rows, StandardPopulation::esp2013(), ConfidenceLevels(), {}, 40);
        QFAIL("missing band accepted");
    } catch (const StatsError& error) {
        QCOMPARE(error.row(), std::size_t(40));
        QVERIFY(QString::fromUtf8(error.what()).contains(u"85-89"));
    }
    // A band whose population is missing is missing too.
    std::vector<DsrBandInput> blank = bands(kObs);
    blank[18].population = kNaN;
    QVERIFY_THROWS_EXCEPTION(StatsError,
                             directlyStandardisedRate(blank, StandardPopulation::esp2013(), ConfidenceLevels()));
}

void TestDsr::missingBandAllowed()
{
    // As the R package: standardise over the 18 bands present (R value computed without band 18).
    std::vector<DsrBandInput> rows = bands(kObs);
    rows.erase(rows.begin() + 17);
    DsrOptions options;
    options.missingBands = MissingBands::StandardiseOverPresent;
    const DsrResult r = directlyStandardisedRate(rows, StandardPopulation::esp2013(), ConfidenceLevels(), options);
    JSNA_COMPARE_REL(r.estimate.value, 461.46983150519833, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(0).lower, 447.18916575862499, 1e-12);
    JSNA_COMPARE_REL(r.estimate.at(1).upper, 484.59706853602, 1e-12);
    QVERIFY(QString::fromStdString(r.warning).contains(u"85-89"));
    QVERIFY(QString::fromStdString(r.warning).contains(u"18 of 19"));
}

void TestDsr::errors()
{
    const StandardPopulation& esp = StandardPopulation::esp2013();
    std::vector<DsrBandInput> rows = bands(kObs);
    rows[3].population = 0.0;
    try {
        directlyStandardisedRate(rows, esp, ConfidenceLevels(), {}, 100);
        QFAIL("zero population accepted");
    } catch (const StatsError& error) {
        QCOMPARE(error.row(), std::size_t(103));
    }
    rows = bands(kObs);
    rows[2].count = -1.0;
    QVERIFY_THROWS_EXCEPTION(StatsError, directlyStandardisedRate(rows, esp, ConfidenceLevels()));
    rows = bands(kObs);
    rows[2].band = 3; // 15-19 twice
    QVERIFY_THROWS_EXCEPTION(StatsError, directlyStandardisedRate(rows, esp, ConfidenceLevels()));
    // A missing count is zero events (as the R package's na.zero).
    rows = bands(kObs);
    rows[0].count = kNaN;
    const DsrResult r = directlyStandardisedRate(rows, esp, ConfidenceLevels());
    QCOMPARE(r.totalCount, 4261.0 - 27.0);
}

void TestDsr::batch()
{
    std::vector<DsrBandInput> rows = bands(kObs);
    const std::vector<DsrBandInput> second = bands(std::vector<double>(19, 1.0));
    rows.insert(rows.end(), second.begin(), second.end());
    const std::vector<std::size_t> starts{0, 19};
    std::vector<DsrResult> out(2);
    directlyStandardisedRates(rows, starts, StandardPopulation::esp2013(), ConfidenceLevels(), {}, out);
    JSNA_COMPARE_REL(out[0].estimate.value, 464.91565132391906, 1e-12);
    QCOMPARE(out[1].totalCount, 19.0);
    QVERIFY(out[1].estimate.hasValue());
    QVERIFY(out[1].estimate.at(1).lower < out[1].estimate.at(0).lower);
}

void TestDsr::twentyBands()
{
    // Splitting 0-4 into <1 and 1-4 with the same rate in both gives the 19-band value.
    const StandardPopulation& esp20 = StandardPopulation::esp2013With20Bands();
    std::vector<DsrBandInput> rows;
    rows.push_back({0, kObs[0] * 0.2, kPop[0] * 0.2});
    rows.push_back({1, kObs[0] * 0.8, kPop[0] * 0.8});
    for (std::size_t b = 1; b < kObs.size(); ++b)
        rows.push_back({b + 1, kObs[b], kPop[b]});
    const DsrResult r = directlyStandardisedRate(rows, esp20, ConfidenceLevels());
    JSNA_COMPARE_REL(r.estimate.value, 464.91565132391906, 1e-12);
}

QTEST_APPLESS_MAIN(TestDsr)
#include "tst_dsr.moc"
