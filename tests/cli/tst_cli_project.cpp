// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of `jsna new|info|check` and their errors, run as a user would run them.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/schema.h"
#include "tests/common/test_support.h"

using jsna::test::CliRun;

using jsna::test::runCli;

class TestCliProject final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void helpListsCommandsAndExitCodes()
    {
        const CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* word : {"new", "info", "check", "Exit codes", "file error"})
            QVERIFY2(run.out.contains(QLatin1String(word)), word);
        const CliRun sub = runCli({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains(u"Exits 0 only if the file is sound"));
    }

    void unknownCommandIsAUsageError()
    {
        const CliRun run = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"unknown command 'frobnicate'"));
    }

    void newInfoCheck()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.jsna"));
        CliRun run = runCli({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Test borough")});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("info"), file});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("title: Test borough")));
        QVERIFY(lines.contains(QStringLiteral("schema_version: %1").arg(jsna::project::currentSchemaVersion())));
        QVERIFY(lines.contains(QStringLiteral("areas: 0")));
        QVERIFY(lines.contains(QStringLiteral("indicator_values: 0")));
        for (const QString& line : lines)
            QVERIFY2(line.contains(QStringLiteral(": ")), qPrintable(line));
        run = runCli({QStringLiteral("check"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"ok"));
        // A second `new` on the same path is refused and leaves the project alone.
        run = runCli({QStringLiteral("new"), file});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(file) && run.err.contains(u"already exists"));
    }

    void badPathsNameTheFileAndReason()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.jsna"));
        CliRun run = runCli({QStringLiteral("info"), missing});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err.trimmed(), QStringLiteral("jsna: %1: no such file").arg(missing));

        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        run = runCli({QStringLiteral("check"), text});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(text) && run.err.contains(u"not an SQLite database"), qPrintable(run.err));

        run = runCli({QStringLiteral("new"), m_dir.filePath(QStringLiteral("no/such/dir/x.jsna"))});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"no/such/dir/x.jsna"));

        run = runCli({QStringLiteral("info")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
