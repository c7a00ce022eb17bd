// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "core/geography/area_repository.h"
#include "core/geography/deprivation_repository.h"
#include "core/project/project.h"

using namespace jsna;
using namespace jsna::geography;

class TestGeography final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    int m_counter = 0;

private slots:
    void init()
    {
        m_project = project::Project::create(
            m_dir.filePath(QStringLiteral("test-%1.jsna").arg(++m_counter)));
    }
    void cleanup() { m_project.reset(); }

    void areaTypeFromCodePrefix_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("type");
        QTest::newRow("england") << QStringLiteral("E92000001") << QStringLiteral("england");
        QTest::newRow("london borough") << QStringLiteral("E09000011") << QStringLiteral("upper-tier-la");
        QTest::newRow("county") << QStringLiteral("E10000003") << QStringLiteral("upper-tier-la");
        QTest::newRow("district") << QStringLiteral("E07000008") << QStringLiteral("lower-tier-la");
        QTest::newRow("lsoa") << QStringLiteral("E01000001") << QStringLiteral("lsoa");
        QTest::newRow("wales") << QStringLiteral("W06000001") << QString();
    }
    void areaTypeFromCodePrefix()
    {
        QFETCH(QString, code);
        QFETCH(QString, type);
        QCOMPARE(areaTypeForCode(code), type);
    }

    void upsertFindAndHierarchy()
    {
        AreaRepository areas(m_project->database());
        const Area england{QStringLiteral("E92000001"), QStringLiteral("England"), QStringLiteral("england"), {}};
        const Area borough{QStringLiteral("E09000011"), QStringLiteral("Greenwich"), QStringLiteral("upper-tier-la"),
                           QStringLiteral("E92000001")};
        areas.upsert(england);
        areas.upsert(borough);
        QCOMPARE(areas.find(QStringLiteral("E09000011")), std::optional<Area>(borough));
        QVERIFY(!areas.find(QStringLiteral("E09999999")));
        QCOMPARE(areas.children(QStringLiteral("E92000001")), QList<Area>{borough});
        Area renamed = borough;
        renamed.name = QStringLiteral("Royal Borough of Greenwich");
        areas.upsert(renamed);
        QCOMPARE(areas.count(), qint64{2});
        QCOMPARE(areas.find(QStringLiteral("E09000011"))->name, renamed.name);
        QCOMPARE(areas.countByType().value(QStringLiteral("upper-tier-la")), qint64{1});

        areas.upsert({QStringLiteral("E01000001"), QStringLiteral("Greenwich 001A"), QStringLiteral("lsoa"),
                      QStringLiteral("E09000011")});
        areas.upsertLookup(QStringLiteral("E01000001"), QStringLiteral("lsoa-la"), QStringLiteral("2021"),
                           QStringLiteral("E09000011"));
        QCOMPARE(areas.lookup(QStringLiteral("lsoa-la")).value(QStringLiteral("E01000001")),
                 QStringLiteral("E09000011"));
    }

    void deprivationRoundTrip()
    {
        AreaRepository areas(m_project->database());
        areas.upsert({QStringLiteral("E01000001"), QStringLiteral("Greenwich 001A"), QStringLiteral("lsoa"), {}});
        DeprivationRepository deprivation(m_project->database());
        const Deprivation row{QStringLiteral("E01000001"), QStringLiteral("IMD2019"), 2011, 41.5, qint64{2011}, 1};
        deprivation.upsert(row);
        QCOMPARE(deprivation.forEdition(QStringLiteral("IMD2019")), QList<Deprivation>{row});
        QCOMPARE(deprivation.editions(), QStringList{QStringLiteral("IMD2019")});
    }
};

QTEST_GUILESS_MAIN(TestGeography)
#include "tst_geography.moc"
