// SPDX-License-Identifier: GPL-3.0-or-later
// Every released schema version has a stored project file in tests/data/projects/vN.jsna, made by
// make_schema_fixture when that version was current. Each must upgrade to today's schema, keep its
// data, leave a backup of the original, and pass the full project check afterwards.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/project.h"
#include "core/project/project_check.h"
#include "core/project/schema.h"
#include "core/store/database.h"
#include "tests/common/test_support.h"

using namespace jsna;
using project::Project;

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void everyOlderVersionHasAFixture()
    {
        for (int version = 1; version < project::currentSchemaVersion(); ++version) {
            const QString fixture = test::dataPath(QStringLiteral("projects/v%1.jsna").arg(version));
            QVERIFY2(QFile::exists(fixture), qPrintable(QStringLiteral("missing fixture %1: run make_schema_fixture "
                                                                       "%2 before adding a new schema version")
                                                            .arg(fixture)
                                                            .arg(version)));
        }
    }

    void upgradesEachFixture_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= project::currentSchemaVersion(); ++version) {
            if (QFile::exists(test::dataPath(QStringLiteral("projects/v%1.jsna").arg(version))))
                QTest::addRow("v%d", version) << version;
        }
    }
    void upgradesEachFixture()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString file = test::copyFixture(QStringLiteral("projects/v%1.jsna").arg(version), dir.path());
        {
            auto project = Project::open(file);
            QCOMPARE(project->openResult().versionBefore, version);
            QCOMPARE(project->schemaVersion(), project::currentSchemaVersion());
            // Data written at the old version survives.
            store::Database& db = project->database();
            QCOMPARE(db.scalarText("SELECT name FROM areas WHERE code = 'E09000011'"), QStringLiteral("Greenwich"));
            QCOMPARE(db.scalarInt64("SELECT count(*) FROM indicator_values"), qint64{1});
            QCOMPARE(db.scalarInt64("SELECT sum(count) FROM populations"), qint64{19760});
            if (version < project::currentSchemaVersion()) {
                const QString backup = project->openResult().backupPath;
                QVERIFY(QFile::exists(backup));
                store::Database old(backup, store::Database::Mode::ReadOnly);
                QCOMPARE(old.userVersion(), version);
            } else {
                QVERIFY(project->openResult().backupPath.isEmpty());
            }
        }
        // Reopening finds nothing to do, and the upgraded file is sound.
        {
            auto again = Project::open(file);
            QCOMPARE(again->openResult().versionBefore, project::currentSchemaVersion());
        }
        const project::CheckReport report = project::checkProjectFile(file);
        QVERIFY2(report.isSound(), qPrintable(report.problems.join(u'\n')));
    }

    void checkReportsAMissingTable()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("damaged.jsna"));
        {
            auto project = Project::create(file);
            project->database().exec("DROP TABLE populations");
        }
        const project::CheckReport report = project::checkProjectFile(file);
        QVERIFY(!report.isSound());
        QVERIFY2(report.problems.contains(QStringLiteral("schema: table populations is missing")),
                 qPrintable(report.problems.join(u'\n')));
    }

    void checkReportsBrokenForeignKeys()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("orphans.jsna"));
        {
            auto project = Project::create(file);
            project->database().exec("PRAGMA foreign_keys = OFF;"
                                     "INSERT INTO populations VALUES ('E09999999', 2022, 'Male', '0-4', 10)");
        }
        const project::CheckReport report = project::checkProjectFile(file);
        QVERIFY(!report.isSound());
        QVERIFY2(report.problems.join(u'\n').contains(u"foreign key"), qPrintable(report.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
