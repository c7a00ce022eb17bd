// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/project_error.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/transaction.h"

using namespace jsna;
using namespace jsna::store;

class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void statementRoundTripsTypes()
    {
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n REAL)");
        db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)")
            .bind(1, qint64{1} << 40)
            .bind(2, 0.1)
            .bind(3, QStringLiteral("Ynys Môn – ‘quoted’ \"and\" 'apostrophe'"))
            .bind(4, std::optional<double>{})
            .run();
        Statement select = db.prepare("SELECT i, r, s, n FROM t");
        QVERIFY(select.step());
        QCOMPARE(select.int64(0), qint64{1} << 40);
        QCOMPARE(select.real(1), 0.1);
        QCOMPARE(select.text(2), QStringLiteral("Ynys Môn – ‘quoted’ \"and\" 'apostrophe'"));
        QVERIFY(select.isNull(3));
        QVERIFY(!select.optionalReal(3).has_value());
        QVERIFY(!select.step());
    }

    void invalidSqlThrowsWithMessage()
    {
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        try {
            db.prepare("SELEC 1");
            QFAIL("expected an error");
        } catch (const ProjectError& error) {
            QVERIFY2(error.message().contains(u"syntax error"), qPrintable(error.message()));
        }
    }

    void cachedStatementIsResetBetweenUses()
    {
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        db.exec("CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1), (2), (3)");
        for (int round = 0; round < 3; ++round) {
            Statement& count = db.cached("SELECT count(*) FROM t WHERE v >= ?1");
            count.bind(1, 2);
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), qint64{2});
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        db.exec("CREATE TABLE t (v INTEGER)");
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
        } // destroyed without commit
        QCOMPARE(db.scalarInt64("SELECT count(*) FROM t"), qint64{0});
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t VALUES (1)");
            transaction.commit();
        }
        QCOMPARE(db.scalarInt64("SELECT count(*) FROM t"), qint64{1});
    }

    void migrationsApplyInOrderAndStopAtFailure()
    {
        Database db(QStringLiteral(":memory:"), Database::Mode::Create);
        static const Migration steps[] = {
            {1, 1, "create a", [](Database& d) { d.exec("CREATE TABLE a (x)"); }},
            {2, 1, "create b", [](Database& d) { d.exec("CREATE TABLE b (x)"); }},
            {3, 3, "broken", [](Database& d) {
                 d.exec("CREATE TABLE c (x)");
                 d.exec("INSERT INTO missing VALUES (1)");
             }},
        };
        try {
            applyMigrations(db, steps);
            QFAIL("expected the third step to fail");
        } catch (const ProjectError& error) {
            QVERIFY2(error.message().contains(u"schema version 3 (broken)"), qPrintable(error.message()));
        }
        QCOMPARE(db.userVersion(), 2);
        QVERIFY(db.tableExists(QStringLiteral("b")));
        QVERIFY(!db.tableExists(QStringLiteral("c"))); // the failed step left nothing behind
        QCOMPARE(readSchemaState(db).minCompatibleVersion, 1);
    }

    void backupWritesACompleteCopy()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.db")), Database::Mode::Create);
        db.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (v); INSERT INTO t VALUES (42)");
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        db.backupTo(copy);
        Database reopened(copy, Database::Mode::ReadOnly);
        QCOMPARE(reopened.scalarInt64("SELECT v FROM t"), qint64{42});
        QCOMPARE(reopened.scalarText("PRAGMA journal_mode"), QStringLiteral("delete"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
