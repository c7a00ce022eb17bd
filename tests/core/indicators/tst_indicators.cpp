// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/project_error.h"
#include "core/geography/area_repository.h"
#include "core/indicators/age_bands.h"
#include "core/indicators/indicator_repository.h"
#include "core/indicators/indicator_value_repository.h"
#include "core/indicators/population_repository.h"
#include "core/project/project.h"

using namespace jsna;
using namespace jsna::indicators;

class TestIndicators final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    int m_counter = 0;

    Indicator smoking() const
    {
        Indicator indicator;
        indicator.fingertipsId = 92443;
        indicator.name = QStringLiteral("Smoking prevalence in adults (18+)");
        indicator.unit = QStringLiteral("%");
        indicator.valueType = ValueType::Proportion;
        indicator.multiplier = 100;
        indicator.polarity = Polarity::LowIsGood;
        indicator.domain = QStringLiteral("B: Health improvement");
        return indicator;
    }

private slots:
    void init()
    {
        m_project = project::Project::create(
            m_dir.filePath(QStringLiteral("test-%1.jsna").arg(++m_counter)));
        geography::AreaRepository(m_project->database())
            .upsert({QStringLiteral("E09000011"), QStringLiteral("Greenwich"), QStringLiteral("upper-tier-la"), {}});
    }
    void cleanup() { m_project.reset(); }

    void ageBands()
    {
        QCOMPARE(fiveYearAgeBands().size(), 19);
        QCOMPARE(fiveYearAgeBands().constFirst(), QStringLiteral("0-4"));
        QCOMPARE(fiveYearAgeBandFor(4), QStringLiteral("0-4"));
        QCOMPARE(fiveYearAgeBandFor(5), QStringLiteral("5-9"));
        QCOMPARE(fiveYearAgeBandFor(89), QStringLiteral("85-89"));
        QCOMPARE(fiveYearAgeBandFor(104), QStringLiteral("90+"));
    }

    void storageSpellingsRoundTrip()
    {
        for (Polarity p : {Polarity::LowIsGood, Polarity::HighIsGood, Polarity::NotApplicable})
            QCOMPARE(polarityFromStorage(toStorage(p)), p);
        for (ValueType t : {ValueType::Proportion, ValueType::Dsr, ValueType::LifeExpectancy, ValueType::Other})
            QCOMPARE(valueTypeFromStorage(toStorage(t)), t);
        QVERIFY_THROWS_EXCEPTION(ProjectError, polarityFromStorage(QStringLiteral("RAG - Low is good")));
    }

    void saveUpdatesByFingertipsId()
    {
        IndicatorRepository repository(m_project->database());
        Indicator indicator = smoking();
        const qint64 id = repository.save(indicator);
        QVERIFY(id > 0);
        indicator.name = QStringLiteral("Smoking prevalence in adults (18+) - current smokers (APS)");
        QCOMPARE(repository.save(indicator), id); // same Fingertips id: updated, not duplicated
        QCOMPARE(repository.count(), qint64{1});
        Indicator expected = indicator;
        expected.id = id;
        QCOMPARE(repository.find(id), std::optional<Indicator>(expected));
    }

    void valuesUpsertAndQuery()
    {
        const qint64 id = IndicatorRepository(m_project->database()).save(smoking());
        IndicatorValueRepository values(m_project->database());
        IndicatorValue v;
        v.indicatorId = id;
        v.areaCode = QStringLiteral("E09000011");
        v.sex = QStringLiteral("Persons");
        v.age = QStringLiteral("18+ yrs");
        for (int year : {2021, 2019, 2020}) {
            v.period = QString::number(year);
            v.periodSortable = year * 10000;
            v.value = 10.0 + year - 2019;
            values.upsert(v);
        }
        v.categoryType = QStringLiteral("Ethnic groups");
        v.category = QStringLiteral("White");
        values.upsert(v);
        QCOMPARE(values.count(), qint64{4});
        QCOMPARE(values.latestPeriod(id), QStringLiteral("2021"));
        ValueQuery headlineQuery;
        headlineQuery.indicatorId = id;
        headlineQuery.areaCode = QStringLiteral("E09000011");
        const QList<IndicatorValue> headline = values.find(headlineQuery);
        QCOMPARE(headline.size(), 3);
        QCOMPARE(headline.at(0).period, QStringLiteral("2019")); // ordered by sortable period
        QCOMPARE(headline.at(2).value, std::optional<double>(12.0));
        ValueQuery all;
        all.indicatorId = id;
        all.anyCategory = true;
        QCOMPARE(values.find(all).size(), 4);
        v.value = 99.0; // same key: replaced
        values.upsert(v);
        QCOMPARE(values.count(), qint64{4});
    }

    void populationsSortByAgeBand()
    {
        PopulationRepository populations(m_project->database());
        for (const QString& band : {QStringLiteral("10-14"), QStringLiteral("90+"), QStringLiteral("0-4"),
                                    QStringLiteral("5-9")})
            populations.upsertPopulation({QStringLiteral("E09000011"), 2022, QStringLiteral("Male"), band, 100});
        QStringList order;
        for (const BandCount& row : populations.population(QStringLiteral("E09000011"), 2022))
            order.append(row.ageBand);
        QCOMPARE(order, (QStringList{QStringLiteral("0-4"), QStringLiteral("5-9"), QStringLiteral("10-14"),
                                     QStringLiteral("90+")}));
        QCOMPARE(populations.totalPopulation(QStringLiteral("E09000011"), 2022, QStringLiteral("Male")), 400.0);
        populations.upsertEventCount(QStringLiteral("deaths-all-causes"),
                                     {QStringLiteral("E09000011"), 2022, QStringLiteral("Male"), QStringLiteral("90+"), 31});
        QCOMPARE(populations.measures(), QStringList{QStringLiteral("deaths-all-causes")});
        QCOMPARE(populations.eventCounts(QStringLiteral("deaths-all-causes"), QStringLiteral("E09000011"), 2022)
                     .constFirst()
                     .count,
                 31.0);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
