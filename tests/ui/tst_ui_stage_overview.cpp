// SPDX-License-Identifier: GPL-3.0-or-later
// The queries behind the stage overview pages (core/project/stage_overview), on a project with
// known rows.
#include <QTemporaryDir>
#include <QTest>

#include "core/project/project.h"
#include "core/project/stage_overview.h"
#include "core/store/database.h"
#include "tests/ui/gui_fixtures.h"

using namespace jsna::project;
using jsna::indicators::Polarity;

class TestStageOverview final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.jsna"));
        m_project.reset();
        QFile::remove(path);
        jsna::test::writeSmallProject(path);
        m_project = Project::open(path);
    }

    void cleanup() { m_project.reset(); }

    void benchmarkComparison_data()
    {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<int>("polarity");
        QTest::addColumn<int>("expected");
        const int low = static_cast<int>(Polarity::LowIsGood);
        const int high = static_cast<int>(Polarity::HighIsGood);
        const int none = static_cast<int>(Polarity::NotApplicable);
        // Benchmark 10 throughout.
        QTest::newRow("low-is-good, above") << 11.0 << 12.0 << low << static_cast<int>(Comparison::Worse);
        QTest::newRow("low-is-good, below") << 8.0 << 9.0 << low << static_cast<int>(Comparison::Better);
        QTest::newRow("low-is-good, spans") << 9.0 << 11.0 << low << static_cast<int>(Comparison::Similar);
        QTest::newRow("high-is-good, above") << 11.0 << 12.0 << high << static_cast<int>(Comparison::Better);
        QTest::newRow("high-is-good, below") << 8.0 << 9.0 << high << static_cast<int>(Comparison::Worse);
        QTest::newRow("touching is similar") << 10.0 << 12.0 << high << static_cast<int>(Comparison::Similar);
        QTest::newRow("no polarity, above") << 11.0 << 12.0 << none << static_cast<int>(Comparison::Higher);
        QTest::newRow("no polarity, below") << 8.0 << 9.0 << none << static_cast<int>(Comparison::Lower);
    }

    void benchmarkComparison()
    {
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(int, polarity);
        QFETCH(int, expected);
        QCOMPARE(static_cast<int>(compareWithBenchmark(lower, upper, 10.0, static_cast<Polarity>(polarity))),
                 expected);
    }

    void missingLimitsAreNotCompared()
    {
        QCOMPARE(compareWithBenchmark(std::nullopt, 12.0, 10.0, Polarity::LowIsGood),
                 Comparison::NotCompared);
        QCOMPARE(compareWithBenchmark(11.0, 12.0, std::nullopt, Polarity::LowIsGood),
                 Comparison::NotCompared);
    }

    void focusAreaIsTheAreaWithMostValuesUnlessChosen()
    {
        QCOMPARE(focusArea(*m_project).code, QStringLiteral("E09000099"));
        QCOMPARE(englandArea(*m_project).code, QStringLiteral("E92000001"));
        m_project->setMeta(QString::fromUtf16(kFocusAreaMetaKey), QStringLiteral("E05000001"));
        QCOMPARE(focusArea(*m_project).name, QStringLiteral("North Ward"));
        m_project->setMeta(QString::fromUtf16(kFocusAreaMetaKey),
                           QStringLiteral("E00000000")); // not in the file
        QCOMPARE(focusArea(*m_project).code, QStringLiteral("E09000099"));
        const QList<FocusArea> candidates = focusAreaCandidates(*m_project);
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates.first().code, QStringLiteral("E09000099")); // local authorities first
    }

    void epidemiologyCounts()
    {
        using namespace jsna::test::small_project;
        const EpidemiologyOverview o = epidemiologyOverview(*m_project);
        QCOMPARE(o.areaCount, kAreas);
        QCOMPARE(o.indicatorCount, kIndicators);
        QCOMPARE(o.valueCount, kValues);
        QCOMPARE(o.indicatorsByDomain.size(), kDomains);
        QCOMPARE(o.indicatorsByDomain.first().label, QStringLiteral("Health improvement"));
        QCOMPARE(o.indicatorsByDomain.first().count, 2);
        QCOMPARE(o.areasByType.first().label, QStringLiteral("lsoa"));
        QCOMPARE(o.areasByType.first().count, 4);
        QCOMPARE(o.latestPeriod, QStringLiteral("2021"));
        QCOMPARE(o.populationYears, (QList<int>{2020, 2021}));
        QCOMPARE(o.focusPopulationYear, 2021);
        QCOMPARE(*o.focusPopulation, 4100.0); // no Persons rows: the sum over the sexes
        QCOMPARE(o.lsoaCount, 4);
        QCOMPARE(o.lsoasWithDeprivation, 4);
        QCOMPARE(o.deprivationEditions, QStringList{QStringLiteral("IMD2019")});
        QCOMPARE(o.latestIndicators.size(), 4);
    }

    void comparisonsAreLatestAndPolarityAware()
    {
        const EpidemiologyOverview o = epidemiologyOverview(*m_project);
        QCOMPARE(o.comparisons.size(), 4);
        QCOMPARE(o.countOf(Comparison::Worse), 1);
        QCOMPARE(o.countOf(Comparison::Better), 1);
        QCOMPARE(o.countOf(Comparison::Similar), 1);
        QCOMPARE(o.countOf(Comparison::Lower), 1);
        const IndicatorComparison& worst = o.comparisons.first();
        QCOMPARE(worst.name, QStringLiteral("Smoking prevalence in adults"));
        QCOMPARE(worst.period, QStringLiteral("2021")); // the latest period, not 2020
        QCOMPARE(worst.value, 16.0);
        QCOMPARE(worst.england, 13.0);
        QCOMPARE(o.comparisons.last().comparison, Comparison::Better);
        const QList<LabelCount> themes = worseByDomain(o.comparisons);
        QCOMPARE(themes.size(), 1);
        QCOMPARE(themes.first().label, QStringLiteral("Health improvement"));
    }

    void comparisonsUseTheMainAgeAndPersons()
    {
        // Sex rows beside Persons, and an age breakdown, are not headline comparisons.
        m_project->database().exec(R"sql(
INSERT INTO indicator_values(indicator_id, area_code, period, period_sortable, sex, age, value, lower95, upper95)
VALUES (2, 'E92000001', '2019 - 21', 20190000, 'Male', 'All ages', 79.0, 78.9, 79.1),
       (2, 'E09000099', '2019 - 21', 20190000, 'Male', 'All ages', 75.0, 74.0, 76.0),
       (4, 'E92000001', '2021', 20210000, 'Persons', '85+ yrs', 2.5, 2.4, 2.6),
       (4, 'E09000099', '2021', 20210000, 'Persons', '85+ yrs', 1.0, 0.8, 1.2);
)sql");
        const QList<IndicatorComparison> comparisons =
            compareWithEngland(*m_project, focusArea(*m_project), englandArea(*m_project));
        QCOMPARE(comparisons.size(), 4);
        for (const IndicatorComparison& c : comparisons) {
            QCOMPARE(c.sex, QStringLiteral("Persons"));
            QVERIFY(c.age != u"85+ yrs");
        }
        // With no Persons value, each sex is compared.
        m_project->database().exec("DELETE FROM indicator_values WHERE indicator_id = 2 AND sex = 'Persons'");
        m_project->database().exec(R"sql(
INSERT INTO indicator_values(indicator_id, area_code, period, period_sortable, sex, age, value, lower95, upper95)
VALUES (2, 'E92000001', '2019 - 21', 20190000, 'Female', 'All ages', 83.0, 82.9, 83.1),
       (2, 'E09000099', '2019 - 21', 20190000, 'Female', 'All ages', 83.1, 82.0, 84.0);
)sql");
        const QList<IndicatorComparison> bySex =
            compareWithEngland(*m_project, focusArea(*m_project), englandArea(*m_project));
        QCOMPARE(bySex.size(), 5);
        QCOMPARE(
            std::count_if(bySex.cbegin(), bySex.cend(), [](const auto& c) { return c.indicatorId == 2; }), 2);
    }

    void groupGapsAndWards()
    {
        const EngagementOverview o = engagementOverview(*m_project);
        QCOMPARE(o.breakdownTypes.size(), 2);
        QCOMPARE(o.gaps.size(), 2);
        const GroupGap& widest = o.gaps.first();
        QCOMPARE(widest.indicator, QStringLiteral("Smoking prevalence in adults"));
        QCOMPARE(widest.ratio, 4.0);
        QCOMPARE(widest.groups, 3);
        QCOMPARE(widest.highestGroup, QStringLiteral("Most deprived quintile"));
        QCOMPARE(widest.lowestGroup, QStringLiteral("Least deprived quintile"));
        QCOMPARE(widest.worstGroup,
                 QStringLiteral("Most deprived quintile"));         // low is good: highest is worst
        QCOMPARE(o.gaps.at(1).worstGroup, QStringLiteral("Asian")); // high is good: lowest is worst
        QCOMPARE(o.deprivationEdition, QStringLiteral("IMD2019"));
        QCOMPARE(o.wards.size(), 2);
        QCOMPARE(o.wards.first().name, QStringLiteral("North Ward"));
        QCOMPARE(o.wards.first().lsoas, 2);
        QCOMPARE(o.wards.first().mostDeprivedLsoas, 2);
        QCOMPARE(o.wards.last().mostDeprivedLsoas, 0);
    }

    void reportSourcesAndDisclosureDefaults()
    {
        const ReportOverview o = reportOverview(*m_project);
        QCOMPARE(o.chapters.size(), 3);
        QCOMPARE(o.chapters.first().domain, QStringLiteral("Health improvement"));
        QCOMPARE(o.chapters.first().indicators, 2);
        QCOMPARE(o.chapters.first().values, 8);
        QCOMPARE(o.chapters.first().latestPeriod, QStringLiteral("2021"));
        QVERIFY(o.hasPopulations);
        QVERIFY(o.hasDeprivation);
        QCOMPARE(o.disclosure.suppressFrom, 1);
        QCOMPARE(o.disclosure.suppressTo, 7);
        QCOMPARE(o.disclosure.roundTo, 5);
        QVERIFY(!o.disclosure.fromProject);
    }

    void disclosureReadFromProjectSettings()
    {
        m_project->database().exec("INSERT INTO project_settings(key, value) VALUES"
                                   " ('disclosure.suppress_to', '9'), ('disclosure.round_to', '10'),"
                                   " ('disclosure.suppress_from', 'not a number')");
        const DisclosureSettings d = disclosureSettings(*m_project);
        QCOMPARE(d.suppressFrom, 1); // unreadable: the default
        QCOMPARE(d.suppressTo, 9);
        QCOMPARE(d.roundTo, 10);
        QVERIFY(d.fromProject);
    }

    void workshopRecordsCount()
    {
        QCOMPARE(workshopRecords(*m_project).workshops, 0);
        m_project->database().exec("INSERT INTO workshops(id, title, held_on) VALUES (1, 'Smoking', "
                                   "'2024-03-01'), (2, 'Activity', '2024-04-10');"
                                   "INSERT INTO workshop_participants(workshop_id, stakeholder_group) VALUES "
                                   "(1, 'NHS'), (1, 'Residents'),"
                                   " (2, 'Residents')");
        const WorkshopRecords r = workshopRecords(*m_project);
        QCOMPARE(r.workshops, 2);
        QCOMPARE(r.participants, 3);
        QCOMPARE(r.latestWorkshops.first(), QStringLiteral("Activity (2024-04-10)"));
        QCOMPARE(r.stakeholderGroups.first().label, QStringLiteral("Residents"));
        QCOMPARE(r.stakeholderGroups.first().count, 2);
    }

    void emptyProjectHasNothing()
    {
        m_project.reset();
        auto empty = Project::create(m_dir.filePath(QStringLiteral("empty.jsna")));
        QVERIFY(projectTotals(*empty).isEmpty());
        const EpidemiologyOverview o = epidemiologyOverview(*empty);
        QVERIFY(!o.area.isValid());
        QVERIFY(o.comparisons.isEmpty());
        QVERIFY(engagementOverview(*empty).gaps.isEmpty());
        QVERIFY(reportOverview(*empty).chapters.isEmpty());
    }
};

QTEST_MAIN(TestStageOverview)
#include "tst_ui_stage_overview.moc"
