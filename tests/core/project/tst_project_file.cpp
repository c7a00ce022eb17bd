// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/project/project_summary.h"
#include "core/project/schema.h"
#include "core/store/database.h"
#include "core/store/project_file.h"

using namespace jsna;
using project::Project;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Opens path and returns the error message, or an empty string if it opened.
QString openError(const QString& path)
{
    try {
        Project::open(path);
    } catch (const ProjectError& error) {
        return error.message();
    }
    return {};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestProjectFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void createThenReopen()
    {
        const QString file = path(QStringLiteral("new.jsna"));
        {
            auto created = Project::create(file, QStringLiteral("Greenwich JSNA 2026"));
            QCOMPARE(created->schemaVersion(), project::currentSchemaVersion());
            QCOMPARE(created->database().applicationId(), project::kApplicationId);
            QCOMPARE(created->database().scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
            QCOMPARE(created->database().scalarInt64("PRAGMA foreign_keys"), qint64{1});
            created->database().exec("INSERT INTO areas VALUES ('E92000001', 'England', 'england', NULL)");
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || QFile(file + QStringLiteral("-wal")).size() == 0);
        QVERIFY(!QFile::exists(store::ProjectFile::lockPathFor(file)));
        auto reopened = Project::open(file);
        QCOMPARE(reopened->title(), QStringLiteral("Greenwich JSNA 2026"));
        QCOMPARE(reopened->database().scalarInt64("SELECT count(*) FROM areas"), qint64{1});
        QCOMPARE(reopened->openResult().versionBefore, project::currentSchemaVersion());
        QVERIFY(reopened->openResult().backupPath.isEmpty());
        QVERIFY(!reopened->isReadOnly());
    }

    void createRefusesAnExistingFile()
    {
        const QString file = path(QStringLiteral("exists.jsna"));
        writeFile(file, "keep me");
        QVERIFY_THROWS_EXCEPTION(ProjectError, Project::create(file));
        QCOMPARE(fileHash(file), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
    }

    void foreignKeysAreEnforced()
    {
        auto project = Project::create(path(QStringLiteral("fk.jsna")));
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 project->database().exec("INSERT INTO areas VALUES ('X', 'x', 'ward', 'MISSING')"));
    }

    void refusesBadFilesWithoutChangingThem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("text") << QByteArray("Indicator ID,Indicator Name\n1,x\n")
                              << QStringLiteral("not an SQLite database");
        QTest::newRow("binary garbage") << QByteArray(4096, '\xA5') << QStringLiteral("not an SQLite database");
        QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("not an SQLite database");
    }
    void refusesBadFilesWithoutChangingThem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("bad-%1.jsna").arg(QString::fromLatin1(QTest::currentDataTag())));
        writeFile(file, bytes);
        const QByteArray before = fileHash(file);
        const QString message = openError(file);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    void refusesMissingFile()
    {
        QCOMPARE(openError(path(QStringLiteral("nowhere.jsna"))), QStringLiteral("no such file"));
    }

    void refusesForeignSqliteDatabase()
    {
        const QString file = path(QStringLiteral("foreign.sqlite"));
        {
            store::Database db(file, store::Database::Mode::Create);
            db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('someone')");
        }
        const QByteArray before = fileHash(file);
        const QString message = openError(file);
        QVERIFY2(message.contains(u"made by another program"), qPrintable(message));
        QCOMPARE(fileHash(file), before);
    }

    void refusesTruncatedFile()
    {
        const QString file = path(QStringLiteral("truncated.jsna"));
        {
            auto project = Project::create(file);
            project->database().exec("CREATE TABLE padding (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                     "SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO padding SELECT "
                                     "randomblob(200) FROM n");
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        const QString message = openError(file);
        QVERIFY2(message.contains(u"truncated"), qPrintable(message));
    }

    void refusesCorruptFile()
    {
        const QString file = path(QStringLiteral("corrupt.jsna"));
        { Project::create(file); }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (qsizetype i = 100; i < bytes.size(); ++i) // keep the header, scramble the pages
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QString message = openError(file);
        QVERIFY2(message.contains(u"malformed") || message.contains(u"not a database") ||
                     message.contains(u"another program"),
                 qPrintable(message));
    }

    void newerIncompatibleVersionIsRefusedUntouched()
    {
        const QString file = path(QStringLiteral("newer.jsna"));
        const int future = project::currentSchemaVersion() + 5;
        {
            auto project = Project::create(file);
            project->database().setUserVersion(future);
            project->database().exec(QStringLiteral("UPDATE project_meta SET value = '%1' "
                                                    "WHERE key = 'min_compatible_version'")
                                         .arg(future));
        }
        const QByteArray before = fileHash(file);
        const QString message = openError(file);
        QVERIFY2(message.contains(u"newer JSNA Workbench") && message.contains(QString::number(future)),
                 qPrintable(message));
        QCOMPARE(fileHash(file), before);
    }

    void newerCompatibleVersionOpensReadOnly()
    {
        const QString file = path(QStringLiteral("newer-compatible.jsna"));
        {
            auto project = Project::create(file);
            project->database().setUserVersion(project::currentSchemaVersion() + 1);
        }
        auto project = Project::open(file);
        QVERIFY(project->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(ProjectError, project->setMeta(QStringLiteral("title"), QStringLiteral("x")));
    }

    void secondInstanceIsRefused()
    {
        const QString file = path(QStringLiteral("locked.jsna"));
        auto first = Project::create(file);
        const QString message = openError(file);
        QVERIFY2(message.contains(u"already open in another instance"), qPrintable(message));
    }

    void staleLockFromCrashedProcessDoesNotBlock()
    {
        const QString file = path(QStringLiteral("stale.jsna"));
        { Project::create(file); }
        // Leave a lock behind as a crashed process would: a valid lock file whose process is gone.
        QProcess finished;
        finished.start(QStringLiteral("true"));
        QVERIFY(finished.waitForFinished());
        const qint64 deadPid = finished.processId();
        {
            QLockFile lock(store::ProjectFile::lockPathFor(file));
            QVERIFY(lock.tryLock());
            QFile lockFile(store::ProjectFile::lockPathFor(file));
            QVERIFY(lockFile.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = lockFile.readAll().split('\n');
            lockFile.close();
            lines[0] = QByteArray::number(deadPid > 0 ? deadPid : 999999);
            QFile::remove(store::ProjectFile::lockPathFor(file));
            lock.unlock();
            writeFile(store::ProjectFile::lockPathFor(file), lines.join('\n'));
        }
        QVERIFY(QFile::exists(store::ProjectFile::lockPathFor(file)));
        QCOMPARE(openError(file), QString());
    }

    void saveCopyIsCompleteAndOpens()
    {
        const QString file = path(QStringLiteral("original.jsna"));
        const QString copy = path(QStringLiteral("copy.jsna"));
        auto project = Project::create(file, QStringLiteral("Original"));
        project->database().exec("INSERT INTO areas VALUES ('E92000001', 'England', 'england', NULL)");
        project->saveCopy(copy);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        auto reopened = Project::open(copy);
        QCOMPARE(reopened->title(), QStringLiteral("Original"));
        QCOMPARE(reopened->database().scalarInt64("SELECT count(*) FROM areas"), qint64{1});
        QVERIFY_THROWS_EXCEPTION(ProjectError, project->saveCopy(file));
    }

    void saveCopyToUnwritablePlaceLeavesNothing()
    {
        auto project = Project::create(path(QStringLiteral("source.jsna")));
        const QString target = path(QStringLiteral("no-such-folder/copy.jsna"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, project->saveCopy(target));
        QVERIFY(!QFile::exists(target));
    }

    void tableCountsListEveryTable()
    {
        auto project = Project::create(path(QStringLiteral("counts.jsna")));
        project->database().exec("INSERT INTO areas VALUES ('E92000001', 'England', 'england', NULL)");
        QStringList names;
        qint64 areas = -1;
        for (const project::TableCount& count : project::tableCounts(project->database())) {
            names.append(count.table);
            if (count.table == u"areas")
                areas = count.rows;
        }
        QCOMPARE(areas, qint64{1});
        for (const char* table : {"areas", "indicators", "indicator_values", "populations", "deprivation",
                                  "area_lookups", "event_counts", "project_meta"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
