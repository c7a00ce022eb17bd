// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/epidemiology/area_comparison.h"
#include "core/epidemiology/area_profile.h"
#include "core/epidemiology/breakdown_order.h"
#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/funnel_query.h"
#include "core/epidemiology/inequality_query.h"
#include "core/epidemiology/population_query.h"
#include "core/epidemiology/trend_query.h"
#include "core/epidemiology/value_format.h"
#include "core/project/project.h"
#include "tests/common/test_support.h"
#include "tests/core/epidemiology/epi_fixture.h"

using namespace jsna;
using namespace jsna::epidemiology;
using stats::Comparison;
namespace fx = jsna::test::fixture;

class TestEpiQueries final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<EpidemiologyData> m_data;

    static QString code(const char16_t* c) { return QString::fromUtf16(c); }

    const ProfileRow& row(const AreaProfile& profile, qint64 id)
    {
        for (const ProfileRow& r : profile.rows)
            if (r.indicator.id == id)
                return r;
        qFatal("no row for indicator %lld", id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = test::createEpiFixture(m_dir.filePath(QStringLiteral("fixture.jsna")));
        m_data = std::make_unique<EpidemiologyData>(*m_project);
    }

    void headlineIndexKeepsLatestPersonsValues()
    {
        const HeadlineSet* smoking = m_data->headlines().of(fx::kSmoking);
        QVERIFY(smoking);
        QCOMPARE(smoking->period, QStringLiteral("2022"));
        QCOMPARE(smoking->sex, QStringLiteral("Persons"));
        QCOMPARE(smoking->values.size(), 8); // six boroughs, London, England
        QCOMPARE(*smoking->find(code(fx::kBravo))->value, 20.0);
        QVERIFY(!smoking->find(QStringLiteral("E09999999")));
        QCOMPARE(m_data->headlines().of(fx::kLifeExpectancy)->period, QStringLiteral("2020 - 22"));
        QCOMPARE(m_data->focusAreaCode(), code(fx::kBravo));
        QCOMPARE(m_data->parentCode(code(fx::kBravo)), code(fx::kLondon));
        QCOMPARE(m_data->englandCode(), code(fx::kEngland));
    }

    void profileComparesWithEnglandByPolarity()
    {
        const AreaProfile profile = buildAreaProfile(*m_data, code(fx::kBravo), ConfidenceLevel::P95);
        QCOMPARE(profile.area.name, QStringLiteral("Bravo"));
        QCOMPARE(profile.englandName, QStringLiteral("England"));
        QCOMPARE(profile.parentName, QStringLiteral("London"));
        QCOMPARE(profile.rows.size(), 5);
        QCOMPARE(row(profile, fx::kSmoking).comparison, Comparison::Worse);
        QCOMPARE(row(profile, fx::kActive).comparison, Comparison::Better);
        QCOMPARE(row(profile, fx::kCvd).comparison, Comparison::Similar);
        QCOMPARE(row(profile, fx::kOlder).comparison, Comparison::Lower);
        QCOMPARE(row(profile, fx::kLifeExpectancy).comparison, Comparison::Worse);
        QCOMPARE(row(profile, fx::kSmoking).parentComparison, Comparison::Worse); // London 14.5
        QCOMPARE(profile.countOf(Comparison::Worse), 2);
    }

    void profileAt998IsMoreCautious()
    {
        const AreaProfile profile = buildAreaProfile(*m_data, code(fx::kBravo), ConfidenceLevel::P998);
        QCOMPARE(row(profile, fx::kSmoking).comparison, Comparison::Worse);
        QCOMPARE(row(profile, fx::kActive).comparison, Comparison::Similar);
        QCOMPARE(row(profile, fx::kLifeExpectancy).comparison, Comparison::Similar);
    }

    void profileSpreadIsOverBoroughs()
    {
        const AreaProfile profile = buildAreaProfile(*m_data, code(fx::kBravo), ConfidenceLevel::P95);
        const Spread& s = row(profile, fx::kSmoking).spread;
        QCOMPARE(s.areas, 6);
        QCOMPARE(s.lowest, 10.0);
        QCOMPARE(s.q25, 12.5);
        QCOMPARE(s.median, 15.0);
        QCOMPARE(s.q75, 17.5);
        QCOMPARE(s.highest, 20.0);
        QCOMPARE(row(profile, fx::kSmoking).england->value.value(), 13.0);
    }

    void profileTrends()
    {
        const AreaProfile profile = buildAreaProfile(*m_data, code(fx::kBravo), ConfidenceLevel::P95);
        const ProfileRow& smoking = row(profile, fx::kSmoking);
        QCOMPARE(smoking.series.size(), 5);
        QCOMPARE(smoking.trend.direction, stats::TrendDirection::Increasing);
        QCOMPARE(smoking.trend.label, QStringLiteral("Increasing and getting worse"));
        const ProfileRow& le = row(profile, fx::kLifeExpectancy);
        QCOMPARE(le.trend.direction, stats::TrendDirection::CannotBeCalculated);
        QVERIFY2(le.trend.reason.contains(QStringLiteral("rolling")), qPrintable(le.trend.reason));
        QCOMPARE(row(profile, fx::kActive).trend.direction, stats::TrendDirection::CannotBeCalculated);
    }

    void compareAreasTable()
    {
        const QStringList codes = defaultComparisonAreas(*m_data, code(fx::kBravo));
        QCOMPARE(codes.first(), code(fx::kEngland));
        QCOMPARE(codes.at(1), code(fx::kLondon));
        QCOMPARE(codes.at(2), code(fx::kBravo));
        QCOMPARE(codes.size(), 8);
        const AreaComparison table = compareAreas(*m_data, codes, ConfidenceLevel::P95);
        QCOMPARE(table.areas.size(), 8);
        QCOMPARE(table.indicators.size(), 5);
        const qsizetype smokingRow = table.indicators.indexOf(*m_data->indicator(fx::kSmoking));
        QVERIFY(smokingRow >= 0);
        QCOMPARE(table.cells.at(smokingRow).at(0).comparison, Comparison::NotCompared); // England itself
        QCOMPARE(table.cells.at(smokingRow).at(2).comparison, Comparison::Worse);      // Bravo 20
        const qsizetype alpha = codes.indexOf(code(fx::kAlpha));
        QCOMPARE(table.cells.at(smokingRow).at(alpha).comparison, Comparison::Better); // Alpha 10 (8-12)
    }

    void trendWithComparators()
    {
        const TrendData trend = trendFor(*m_data, fx::kSmoking, code(fx::kBravo), ConfidenceLevel::P95);
        QCOMPARE(trend.focus.points.size(), 5);
        QCOMPARE(trend.comparators.size(), 2);
        QCOMPARE(trend.comparators.at(0).area.name, QStringLiteral("England"));
        QCOMPARE(trend.comparators.at(1).area.name, QStringLiteral("London"));
        QCOMPARE(trend.periods.size(), 5);
        QCOMPARE(trend.comparisons.size(), 5);
        QCOMPARE(trend.comparisons.first(), Comparison::Similar); // 15 (13-17) vs 14.4
        QCOMPARE(trend.comparisons.last(), Comparison::Worse);
        QCOMPARE(trend.trend.direction, stats::TrendDirection::Increasing);
    }

    void inequalitiesFlagAndGradient()
    {
        const InequalityData data =
            inequalitiesFor(*m_data, fx::kSmoking, code(fx::kBravo), {}, ConfidenceLevel::P95, 2000);
        QCOMPARE(data.period, QStringLiteral("2022"));
        QVERIFY(data.overall);
        QCOMPARE(data.breakdowns.size(), 3); // deprivation, sex, ethnicity
        const Breakdown& deprivation = data.breakdowns.at(0);
        QCOMPARE(deprivation.kind, BreakdownKind::Deprivation);
        QCOMPARE(deprivation.groups.size(), 5);
        QCOMPARE(deprivation.groups.first().label, QStringLiteral("Most deprived quintile (IMD2019)"));
        QCOMPARE(deprivation.groups.last().label, QStringLiteral("Least deprived quintile (IMD2019)"));
        QCOMPARE(deprivation.groups.at(1).label, QStringLiteral("Second most deprived quintile (IMD2019)"));
        QVERIFY(deprivation.groupsDiffer);
        QVERIFY(deprivation.gradient);
        QCOMPARE(*deprivation.gradient->gap, 16.0);
        JSNA_COMPARE_REL(*deprivation.gradient->ratio, 28.0 / 12.0, 1e-12);
        QVERIFY(deprivation.gradient->gapSignificant);
        QVERIFY2(deprivation.gradient->sii, qPrintable(deprivation.gradient->siiNote));
        // Equal populations, values falling 4 points per quintile: the SII (least minus most) is -20.
        JSNA_COMPARE_REL(deprivation.gradient->sii->sii, -20.0, 1e-9);
        QCOMPARE(deprivation.groups.first().vsArea, Comparison::Worse);

        const Breakdown& sex = data.breakdowns.at(1);
        QCOMPARE(sex.kind, BreakdownKind::Sex);
        QCOMPARE(sex.groups.first().label, QStringLiteral("Male"));
        QVERIFY(sex.groupsDiffer); // 21-25 vs 15-19

        const Breakdown& ethnic = data.breakdowns.at(2);
        QCOMPARE(ethnic.kind, BreakdownKind::Ethnicity);
        QVERIFY(!ethnic.groupsDiffer);
        QCOMPARE(data.flaggedCount(), 2);
    }

    void deprivationRanks_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("rank");
        QTest::newRow("most decile") << QStringLiteral("Most deprived decile (IMD2019)") << 10 << 1;
        QTest::newRow("second most") << QStringLiteral("Second most deprived decile (IMD2019)") << 10 << 2;
        QTest::newRow("third more") << QStringLiteral("Third more deprived decile (IMD2019)") << 10 << 3;
        QTest::newRow("fifth less") << QStringLiteral("Fifth less deprived decile (IMD2019)") << 10 << 6;
        QTest::newRow("second least") << QStringLiteral("Second least deprived decile (IMD2019)") << 10 << 9;
        QTest::newRow("least") << QStringLiteral("Least deprived decile (IMD2019)") << 10 << 10;
        QTest::newRow("least quintile") << QStringLiteral("Least deprived quintile (IMD2019)") << 5 << 5;
        QTest::newRow("digit") << QStringLiteral("3") << 5 << 3;
        QTest::newRow("decile n") << QStringLiteral("IMD decile 7") << 10 << 7;
        QTest::newRow("unknown") << QStringLiteral("Somewhere") << 10 << 0;
    }
    void deprivationRanks()
    {
        QFETCH(QString, label);
        QFETCH(int, groups);
        QFETCH(int, rank);
        QCOMPARE(deprivationRank(label, groups), rank);
    }

    void periodSpans()
    {
        QCOMPARE(periodSpanYears(QStringLiteral("2019 - 21")), 3);
        QCOMPARE(periodSpanYears(QStringLiteral("1999 - 01")), 3);
        QCOMPARE(periodSpanYears(QStringLiteral("2020/21")), 1);
        QCOMPARE(periodSpanYears(QStringLiteral("2021")), 1);
        QCOMPARE(formatIndicatorValue(12.345, QStringLiteral("%")), QStringLiteral("12.3%"));
        QCOMPARE(formatIndicatorValue(1234.5, QStringLiteral("per 100,000")), QStringLiteral("1,235 per 100,000"));
    }

    void populationPyramid()
    {
        const PyramidData pyramid = pyramidFor(*m_data, code(fx::kBravo), 0);
        QCOMPARE(pyramid.year, 2022);
        QCOMPARE(pyramid.bands.size(), 19);
        QCOMPARE(pyramid.comparator.name, QStringLiteral("England"));
        double percent = 0;
        for (const PyramidBand& b : pyramid.bands)
            percent += b.malePercent + b.femalePercent;
        JSNA_COMPARE_REL(percent, 100.0, 1e-9);
        QVERIFY(pyramid.hasComparator());
    }

    void funnelOfBoroughs()
    {
        const FunnelData funnel = funnelFor(*m_data, fx::kSmoking, code(fx::kBravo));
        QVERIFY2(funnel.unavailable.isEmpty(), qPrintable(funnel.unavailable));
        QCOMPARE(funnel.points.size(), 6);
        QCOMPARE(funnel.limits.size(), std::size_t(100));
        const auto bravo = std::find_if(funnel.points.cbegin(), funnel.points.cend(),
                                        [](const FunnelArea& p) { return p.area.name == u"Bravo"; });
        QCOMPARE(bravo->significance, stats::FunnelSignificance::High001); // 20% of 10,000 vs 15% average
        QVERIFY(!funnelLine(funnel, FunnelLimit::Upper998).isEmpty());
        const FunnelData none = funnelFor(*m_data, fx::kLifeExpectancy, code(fx::kBravo));
        QVERIFY(!none.unavailable.isEmpty());
        const FunnelData rates = funnelFor(*m_data, fx::kCvd, code(fx::kBravo));
        QVERIFY2(rates.unavailable.isEmpty(), qPrintable(rates.unavailable));
        QCOMPARE(rates.points.first().x, 200000.0);
    }

    void invalidatesOnValueChanges()
    {
        QSignalSpy changed(m_data.get(), &EpidemiologyData::changed);
        QVERIFY(m_data->headlinesLoaded());
        emit m_project->notifier().tablesChanged({project::ChangeNotifier::Table::IndicatorValues});
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_data->headlinesLoaded());
        emit m_project->notifier().tablesChanged({project::ChangeNotifier::Table::Settings});
        QCOMPARE(changed.count(), 1);
    }

    void cleanupTestCase()
    {
        m_data.reset();
        m_project.reset();
    }
};

QTEST_MAIN(TestEpiQueries)
#include "tst_epi_queries.moc"
