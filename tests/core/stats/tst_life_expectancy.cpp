// SPDX-License-Identifier: GPL-3.0-or-later
// Life expectancy (Chiang II with Silcocks' final-band variance) against values computed in R 4.2 with
// the steps of PHEindicatormethods::phe_life_expectancy, on the package's documented example.
#include <vector>

#include <QtTest>

#include "core/stats/life_expectancy.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

namespace {

const std::vector<double> kPops = {7060,  35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601,
                                   50209, 56416, 46411, 39820, 37978, 37039, 33288, 23306, 11936, 11936};
const std::vector<double> kDeaths = {17,  9,   4,   8,   20,  15,   24,   33,   50,   71,
                                     100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937};

std::vector<LifeTableBand> table(const std::vector<double>& pops, const std::vector<double>& deaths)
{
    std::vector<LifeTableBand> bands;
    const auto ages = standardLifeTableStartAges();
    for (std::size_t i = 0; i < ages.size(); ++i)
        bands.push_back({ages[i], deaths[i], pops[i]});
    return bands;
}

} // namespace

class TestLifeExpectancy : public QObject
{
    Q_OBJECT

private slots:
    void reference_data();
    void reference();
    void unorderedInput();
    void suppression();
    void zeroDeathsInTopBand();
    void wideInterval();
    void errors();
};

void TestLifeExpectancy::reference_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<double>>("expected"); // value, se, l95, u95, l99.8, u99.8
    QTest::newRow("0") << 0
                       << QList<double>{80.16960813194838, 0.14638910729202581, 79.882690753927037,
                                        80.456525509969723, 79.717231783323498, 80.621984480573261};
    QTest::newRow("1") << 1
                       << QList<double>{79.362456741138004, 0.13906894755592725, 79.089886612560491,
                                        79.635026869715517, 78.932701386615918, 79.792212095660091};
    QTest::newRow("45") << 10
                        << QList<double>{36.49322717242061, 0.11785459858252459, 36.262236403786439,
                                         36.724217941054782, 36.129029084450451, 36.857425260390769};
    QTest::newRow("85") << 18
                        << QList<double>{6.1639429339403424, 0.094686011797891004, 5.9783617609767417,
                                         6.3495241069039432, 5.8713411613403128, 6.456544706540372};
    QTest::newRow("90+") << 19
                         << QList<double>{6.1621063500258124, 0.1400117162090444, 5.8876884288424423,
                                          6.4365242712091826, 5.7294376213546236, 6.5947750786970012};
}

void TestLifeExpectancy::reference()
{
    QFETCH(int, index);
    QFETCH(QList<double>, expected);
    const auto result = lifeExpectancy(table(kPops, kDeaths), ConfidenceLevels());
    QCOMPARE(result.size(), std::size_t(20));
    const LifeExpectancyAtAge& row = result[std::size_t(index)];
    QCOMPARE(row.estimate.method, Method::ChiangSilcocks);
    JSNA_COMPARE_REL(row.estimate.value, expected[0], 1e-12);
    JSNA_COMPARE_REL(row.standardError, expected[1], 1e-11);
    JSNA_COMPARE_REL(row.estimate.at(0).lower, expected[2], 1e-12);
    JSNA_COMPARE_REL(row.estimate.at(0).upper, expected[3], 1e-12);
    JSNA_COMPARE_REL(row.estimate.at(1).lower, expected[4], 1e-12);
    JSNA_COMPARE_REL(row.estimate.at(1).upper, expected[5], 1e-12);
}

void TestLifeExpectancy::unorderedInput()
{
    std::vector<LifeTableBand> bands = table(kPops, kDeaths);
    std::reverse(bands.begin(), bands.end());
    const auto result = lifeExpectancy(bands, ConfidenceLevels());
    JSNA_COMPARE_REL(result[0].estimate.value, 80.16960813194838, 1e-12);
    QCOMPARE(result[19].populationUsed, 11936.0);
    QCOMPARE(result[0].deathsUsed, 9357.0);
}

void TestLifeExpectancy::suppression()
{
    // Total population 4,910 (<= 5,000): every age suppressed with the note.
    const std::vector<double> pops = {50,  200, 300, 300, 300, 300, 300, 300, 300, 300,
                                      300, 300, 300, 300, 300, 250, 200, 150, 100, 60};
    const std::vector<double> deaths = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6, 8, 10, 12};
    auto result = lifeExpectancy(table(pops, deaths), ConfidenceLevels());
    for (const LifeExpectancyAtAge& row : result) {
        QVERIFY(!row.estimate.hasValue());
        QCOMPARE(row.estimate.note, kNoteLeSmallPopulation);
    }
    // A missing band.
    std::vector<LifeTableBand> bands = table(kPops, kDeaths);
    bands.erase(bands.begin() + 5);
    result = lifeExpectancy(bands, ConfidenceLevels());
    QCOMPARE(result.size(), std::size_t(20));
    QCOMPARE(result[0].estimate.note, kNoteLeIncomplete);
    // Deaths above population in one band.
    std::vector<double> deaths2 = kDeaths;
    deaths2[3] = kPops[3] + 1;
    QCOMPARE(lifeExpectancy(table(kPops, deaths2), ConfidenceLevels())[0].estimate.note, kNoteLeDeathsOverPopulation);
    // A zero population.
    std::vector<double> pops2 = kPops;
    pops2[2] = 0;
    QCOMPARE(lifeExpectancy(table(pops2, kDeaths), ConfidenceLevels())[0].estimate.note, kNoteLeZeroPopulation);
}

void TestLifeExpectancy::zeroDeathsInTopBand()
{
    std::vector<double> deaths = kDeaths;
    deaths[19] = 0;
    const auto result = lifeExpectancy(table(kPops, deaths), ConfidenceLevels());
    for (const LifeExpectancyAtAge& row : result) {
        QVERIFY(!row.estimate.hasValue());
        QCOMPARE(row.estimate.note, kNoteLeNoDeathsInTopBand);
    }
}

void TestLifeExpectancy::wideInterval()
{
    // Very few deaths in a population just over 5,000: the 95% interval at the older ages is wider
    // than 20 years, so those values are suppressed but their limits kept.
    std::vector<double> pops(20, 260.0);
    std::vector<double> deaths(20, 0.0);
    deaths[19] = 1.0;
    deaths[18] = 1.0;
    const auto result = lifeExpectancy(table(pops, deaths), ConfidenceLevels());
    bool suppressedOne = false;
    for (const LifeExpectancyAtAge& row : result) {
        if (row.estimate.note == kNoteLeWideInterval) {
            suppressedOne = true;
            QVERIFY(!row.estimate.hasValue());
            QVERIFY(row.estimate.at(0).upper - row.estimate.at(0).lower > 20.0);
        }
    }
    QVERIFY(suppressedOne);
}

void TestLifeExpectancy::errors()
{
    std::vector<LifeTableBand> bands = table(kPops, kDeaths);
    bands[4].deaths = -1;
    try {
        lifeExpectancy(bands, ConfidenceLevels(), {}, 100);
        QFAIL("negative deaths accepted");
    } catch (const StatsError& error) {
        QCOMPARE(error.row(), std::size_t(104));
    }
    bands = table(kPops, kDeaths);
    bands[4].startAge = 17;
    QVERIFY_THROWS_EXCEPTION(StatsError, lifeExpectancy(bands, ConfidenceLevels()));
}

QTEST_APPLESS_MAIN(TestLifeExpectancy)
#include "tst_life_expectancy.moc"
