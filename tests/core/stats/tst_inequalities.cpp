// SPDX-License-Identifier: GPL-3.0-or-later
// Quantile assignment (phe_quantile's rule) and the slope/relative index of inequality (phe_sii), with
// expected values from R 4.2 (rank(ties = "min") and lm on the R package's own test data).
#include <tuple>
#include <vector>

#include <QtTest>

#include "core/stats/quantile.h"
#include "core/stats/sii.h"
#include "tests/common/test_support.h"

using namespace jsna::stats;

class TestInequalities : public QObject
{
    Q_OBJECT

private slots:
    void quantiles();
    void quantilesTooFewAreas();
    void siiPointEstimate();
    void siiSimulationIsReproducibleAndSensible();
    void siiErrors();
    void siiScaleLimits();
};

void TestInequalities::quantiles()
{
    const std::vector<double> v{5, 3, 9, 1, 7, 7, 2, 8, 4, 6, 10, 3};
    const std::vector<double> inverted{3, 3, 1, 4, 2, 2, 4, 1, 3, 2, 1, 3};
    const std::vector<double> direct{2, 1, 4, 1, 3, 3, 1, 4, 2, 3, 4, 1};
    QCOMPARE(assignQuantiles(v, 4, true), inverted);
    QCOMPARE(assignQuantiles(v, 4, false), direct);
    std::vector<double> withMissing = v;
    withMissing.push_back(kNaN);
    const auto q = assignQuantiles(withMissing, 4, true);
    QVERIFY(std::isnan(q.back()));
    QCOMPARE(q[0], 3.0);
}

void TestInequalities::quantilesTooFewAreas()
{
    const auto q = assignQuantiles(std::vector<double>{1, 2, 3}, 5, true);
    for (double value : q)
        QVERIFY(std::isnan(value));
    QVERIFY_THROWS_EXCEPTION(StatsError, assignQuantiles(std::vector<double>{1, 2}, 1));
}

namespace {

// Male life expectancy by decile for E06000001 from the R package's LE_testdata.csv.
std::vector<SiiQuantileInput> deciles()
{
    const double pop[] = {13837, 14519, 14940, 14599, 12311, 13196, 13335, 13388, 13685, 11779};
    const double le[] = {70.56313911, 72.61347473, 75.06710359, 75.20662276, 76.23469045,
                         75.21801932, 77.09240397, 79.84156222, 80.81329918, 82.73763832};
    const double se[] = {1.133868862, 1.020288759, 1.108685178, 1.485618539, 1.311653285,
                         1.169033147, 1.306645801, 1.090905616, 0.979426096, 1.319452272};
    std::vector<SiiQuantileInput> rows;
    for (int i = 9; i >= 0; --i) // any order
        rows.push_back({double(i + 1), pop[i], le[i], se[i], kNaN, kNaN});
    return rows;
}

} // namespace

void TestInequalities::siiPointEstimate()
{
    SiiOptions options;
    options.repetitions = 1000;
    const SiiResult r = slopeIndexOfInequality(deciles(), ConfidenceLevels(), options);
    JSNA_COMPARE_REL(r.sii, 11.68886139101242, 1e-11);
    JSNA_COMPARE_REL(r.rii, 1.1656749904374035, 1e-12);
    JSNA_COMPARE_REL(r.intercept, 70.55296252109207, 1e-12);
    options.multiplier = -1;
    const SiiResult flipped = slopeIndexOfInequality(deciles(), ConfidenceLevels(), options);
    JSNA_COMPARE_REL(flipped.sii, -11.68886139101242, 1e-11);
    JSNA_COMPARE_REL(flipped.rii, 1.0 / 1.1656749904374035, 1e-12);
}

void TestInequalities::siiSimulationIsReproducibleAndSensible()
{
    SiiOptions options;
    options.repetitions = 100000;
    options.seed = 7;
    const SiiResult a = slopeIndexOfInequality(deciles(), ConfidenceLevels(), options);
    const SiiResult b = slopeIndexOfInequality(deciles(), ConfidenceLevels(), options);
    QCOMPARE(a.siiLimits[0].lower, b.siiLimits[0].lower);
    QCOMPARE(a.riiLimits[1].upper, b.riiLimits[1].upper);
    // The limits bracket the estimate, 99.8% is wider, and the 95% half-width is close to
    // 1.96 x the analytic standard error of the slope (sqrt(sum w_i^2 se_i^2) for the WLS weights).
    QVERIFY(a.siiLimits[0].lower < a.sii && a.sii < a.siiLimits[0].upper);
    QVERIFY(a.siiLimits[1].lower < a.siiLimits[0].lower && a.siiLimits[0].upper < a.siiLimits[1].upper);
    QVERIFY(a.riiLimits[0].lower < a.rii && a.rii < a.riiLimits[0].upper);
    const double halfWidth = (a.siiLimits[0].upper - a.siiLimits[0].lower) / 2.0;
    // Analytic value (R 4.2): qnorm(0.975) * sqrt(sum(w^2 se^2)) = 2.457280649.
    QVERIFY2(std::abs(halfWidth / 2.457280649 - 1.0) < 0.02, qPrintable(QString::number(halfWidth)));
    options.seed = 8;
    const SiiResult c = slopeIndexOfInequality(deciles(), ConfidenceLevels(), options);
    QVERIFY(std::abs(c.siiLimits[0].lower - a.siiLimits[0].lower) < 0.1);
}

void TestInequalities::siiErrors()
{
    std::vector<SiiQuantileInput> rows = deciles();
    rows[3].population = 0;
    QVERIFY_THROWS_EXCEPTION(StatsError, slopeIndexOfInequality(rows, ConfidenceLevels()));
    rows = deciles();
    rows.resize(4);
    QVERIFY_THROWS_EXCEPTION(StatsError, slopeIndexOfInequality(rows, ConfidenceLevels()));
    rows = deciles();
    rows[0].standardError = kNaN;
    QVERIFY_THROWS_EXCEPTION(StatsError, slopeIndexOfInequality(rows, ConfidenceLevels()));
}

void TestInequalities::siiScaleLimits()
{
    // The logit of 0 or 1 and the log of 0 are undefined: refused, naming the row, rather than limits
    // computed from sorted NaNs.
    std::vector<SiiQuantileInput> rows;
    for (int i = 0; i < 5; ++i)
        rows.push_back({double(i + 1), 100, 0.1 * (i + 1), kNaN, 0.05 * (i + 1), 0.15 * (i + 1)});
    SiiOptions options;
    options.repetitions = 1000;
    options.valueType = SiiValueType::Proportion;
    const SiiResult valid = slopeIndexOfInequality(rows, ConfidenceLevels(), options);
    QVERIFY(valid.siiLimits[0].lower < valid.sii && valid.sii < valid.siiLimits[0].upper);
    for (const auto& [value, lower, upper] : {std::tuple{0.0, 0.0, 0.1}, std::tuple{1.0, 0.9, 1.0}, std::tuple{0.5, 0.4, 1.0}}) {
        std::vector<SiiQuantileInput> bad = rows;
        bad[2] = {3, 100, value, kNaN, lower, upper};
        try {
            slopeIndexOfInequality(bad, ConfidenceLevels(), options);
            QFAIL("a proportion the logit cannot take was accepted");
        } catch (const StatsError& error) {
            QCOMPARE(error.row(), std::size_t(2));
        }
    }
    options.valueType = SiiValueType::Rate;
    rows[4].value = 0.0;
    QVERIFY_THROWS_EXCEPTION(StatsError, slopeIndexOfInequality(rows, ConfidenceLevels(), options));

    // All values zero with no uncertainty: the SII is 0, the RII 0/0, and its limits missing.
    std::vector<SiiQuantileInput> zeros;
    for (int i = 0; i < 5; ++i)
        zeros.push_back({double(i + 1), 100, 0.0, 0.0, kNaN, kNaN});
    options.valueType = SiiValueType::Other;
    const SiiResult r = slopeIndexOfInequality(zeros, ConfidenceLevels(), options);
    QCOMPARE(r.siiLimits[0].lower, 0.0);
    QCOMPARE(r.siiLimits[1].upper, 0.0);
    QVERIFY(std::isnan(r.rii) && std::isnan(r.riiLimits[0].lower) && std::isnan(r.riiLimits[1].upper));
}

QTEST_APPLESS_MAIN(TestInequalities)
#include "tst_inequalities.moc"
