// SPDX-License-Identifier: GPL-3.0-or-later
// `jsna import` end to end: exit codes, the printed report and the rejected-rows file.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/test_support.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestImportCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsAFingertipsExport();
    void badRowsMeanNothingIsWritten();
    void skippingBadRowsSavesTheReport();
    void usageAndFileErrors();

private:
    Run jsna(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(JSNA_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString fixture(const QString& name)
    {
        return jsna::test::copyFixture(u"import/fingertips/"_s + name, m_dir->path());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestImportCli::init()
{
    if (!QFile::exists(QStringLiteral(JSNA_CLI_PATH)))
        QSKIP("jsna is not built");
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = m_dir->filePath(u"cli.jsna"_s);
    QCOMPARE(jsna({u"new"_s, m_project}).exitCode, 0);
}

void TestImportCli::importsAFingertipsExport()
{
    const QString data = fixture(u"export_27.csv"_s);
    Run run = jsna({u"import"_s, m_project, data});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, u"export_27.csv (Fingertips data export, UTF-8, delimiter ,)\n"
                      "8 rows read: 8 added, 0 replaced, 0 kept as they were, 0 rejected\n"
                      "new: 4 areas, 2 indicators\n"
                      "written\n"_s);

    run = jsna({u"import"_s, m_project, data, u"--duplicates"_s, u"keep"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"8 rows read: 0 added, 0 replaced, 8 kept as they were, 0 rejected"_s),
             qPrintable(run.out));
}

void TestImportCli::badRowsMeanNothingIsWritten()
{
    const QString data = fixture(u"bad_rows.csv"_s);
    const Run run = jsna({u"import"_s, m_project, data});
    QCOMPARE(run.exitCode, 4);
    const QStringList errors = run.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 6);
    QCOMPARE(errors.first(), u"jsna: "_s + data + u":3:13: bad number 'abc' (column 'Value')"_s);
    QCOMPARE(errors.last(), u"jsna: "_s + data + u":11: 4 fields where the header has 27"_s);
    QVERIFY2(
        run.out.endsWith(u"nothing was written because 6 rows have problems; skip bad rows to import the "
                         "others\n"_s),
        qPrintable(run.out));
    QVERIFY(!QFile::exists(data + u".rejected.csv"_s));
}

void TestImportCli::skippingBadRowsSavesTheReport()
{
    const QString data = fixture(u"bad_rows.csv"_s);
    const Run run = jsna({u"import"_s, m_project, data, u"--skip-bad-rows"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"10 rows read: 4 added, 0 replaced, 0 kept as they were, 6 rejected"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"rejected rows saved to "_s + data + u".rejected.csv"_s), qPrintable(run.out));
    QFile report(data + u".rejected.csv"_s);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(report.readAll().count('\n'), 7);
}

void TestImportCli::usageAndFileErrors()
{
    const QString data = fixture(u"export_27.csv"_s);
    Run run = jsna({u"import"_s, m_project, data, u"--format"_s, u"excel"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"jsna: import: unknown format 'excel' (see: jsna import --help)\n"_s);

    run = jsna({u"import"_s, m_project, m_dir->filePath(u"missing.csv"_s)});
    QCOMPARE(run.exitCode, 3);

    run = jsna({u"import"_s, m_dir->filePath(u"missing.jsna"_s), data});
    QCOMPARE(run.exitCode, 3);

    const QString wrong = fixture(u"wrong_header.csv"_s);
    run = jsna({u"import"_s, m_project, wrong, u"--format"_s, u"fingertips"_s});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err,
             u"jsna: "_s + wrong +
                 u":1: not a Fingertips data export: missing column(s) Indicator ID, Area Code, Sex, Age, "
                 "Time period, Value\n"_s);

    run = jsna({u"import"_s, m_project, wrong, u"--format"_s, u"generic"_s});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err,
             u"jsna: "_s + wrong + u": a generic file needs a column mapping: name a saved mapping\n"_s);

    run = jsna({u"import"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--skip-bad-rows"_s));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
