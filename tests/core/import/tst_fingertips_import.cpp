// SPDX-License-Identifier: GPL-3.0-or-later
#include <thread>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/import/import_runner.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "tests/common/test_support.h"

using namespace Qt::Literals::StringLiterals;
using namespace jsna;
using import::ImportFormat;
using import::ImportOptions;
using import::ImportReport;
using import::RejectedRow;

namespace {

QString fingertipsPath(const QString& name)
{
    return test::dataPath(u"import/fingertips/"_s + name);
}

ImportOptions fingertips()
{
    ImportOptions options;
    options.format = ImportFormat::Fingertips;
    return options;
}

// Cancels at the first progress report.
class CancelingProgress final : public Progress
{
public:
    void setRange(qint64, qint64) override {}
    void setValue(qint64) override { m_asked = true; }
    void setLabel(const QString&) override {}
    bool isCanceled() const override { return m_asked; }

private:
    bool m_asked = false;
};

} // namespace

class TestFingertipsImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsTheCurrentExport();
    void roundTripKeepsEveryField();
    void reimportReplacesOrKeeps();
    void olderLayoutAndFingertipsRNames();
    void detectsTheFormat();
    void rejectsBadRowsAndWritesNothing();
    void skipsBadRowsAndSavesTheReport();
    void wrongHeaderIsAnError();
    void cancelRollsBack();
    void importsOnAWorkerConnection();
    void importsIntoAnUpgradedV2Project();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<project::Project> m_project;
    store::Database& db() { return m_project->database(); }
};

void TestFingertipsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = project::Project::create(m_dir->filePath(u"test.jsna"_s));
}

void TestFingertipsImport::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestFingertipsImport::importsTheCurrentExport()
{
    NullProgress progress;
    const ImportReport report =
        import::importFile(db(), fingertipsPath(u"export_27.csv"_s), fingertips(), progress);
    QVERIFY(report.committed);
    QCOMPARE(report.rowsRead, 8);
    QCOMPARE(report.rowsAdded, 8);
    QCOMPARE(report.rowsRejected, 0);
    QCOMPARE(report.areasCreated, 4);
    QCOMPARE(report.indicatorsCreated, 2);
    QCOMPARE(report.encoding, u"UTF-8"_s);
    QVERIFY(report.changedTables.contains(project::ChangeNotifier::Table::IndicatorValues));
    QVERIFY(report.notes.isEmpty());

    // Areas come with their types and parents.
    QCOMPARE(db().scalarText(
                 "SELECT area_type || '|' || coalesce(parent_code, '') FROM areas WHERE code = 'E92000001'"),
             u"england|"_s);
    QCOMPARE(db().scalarText("SELECT area_type || '|' || parent_code FROM areas WHERE code = 'E12000001'"),
             u"region|E92000001"_s);
    QCOMPARE(db().scalarText(
                 "SELECT name || '|' || area_type || '|' || parent_code FROM areas WHERE code = 'E06000047'"),
             u"County Durham|upper-tier-la|E12000001"_s);
    QCOMPARE(db().scalarText("SELECT name || '|' || value_type || '|' || polarity FROM indicators WHERE "
                             "fingertips_id = 90366"),
             u"Life expectancy at birth|other|not-applicable"_s);

    store::Statement row = db().prepare(
        "SELECT v.value, v.lower95, v.upper95, v.lower998, v.upper998, v.period_sortable, "
        "v.compared_to_england,"
        " v.compared_to_parent, v.recent_trend, v.new_data, v.time_period_range, v.confidence, v.provenance"
        " FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id"
        " WHERE i.fingertips_id = 90366 AND v.area_code = 'E06000047' AND v.sex = 'Male'");
    QVERIFY(row.step());
    QCOMPARE(row.real(0), 76.6);
    QCOMPARE(row.real(1), 76.28);
    QCOMPARE(row.real(2), 76.92);
    QCOMPARE(row.real(3), 76.02);
    QCOMPARE(row.real(4), 77.18);
    QCOMPARE(row.int64(5), 20200000);
    QCOMPARE(row.text(6), u"Worse 95%"_s);
    QCOMPARE(row.text(7), u"Similar"_s);
    QCOMPARE(row.text(8), u"Cannot be calculated"_s);
    QCOMPARE(row.text(9), u"New data"_s);
    QCOMPARE(row.text(10), u"3y"_s);
    QCOMPARE(row.text(11), u"95,99.8"_s);
    QCOMPARE(row.text(12), u"export_27.csv"_s);

    // Thousands separators in quoted counts; a suppressed value keeps its note; categories are kept.
    QCOMPARE(db().scalarInt64(
                 "SELECT count FROM indicator_values WHERE area_code = 'E06000047' AND age = '<75 yrs'"
                 " AND category = ''"),
             4801);
    QCOMPARE(db().scalarText("SELECT coalesce(value, 'null') || '|' || value_note FROM indicator_values"
                             " WHERE area_code = 'E06000001' AND age = '<75 yrs'"),
             u"null|Value suppressed for disclosure control"_s);
    QCOMPARE(db().scalarText("SELECT category FROM indicator_values WHERE category_type <> ''"),
             u"Most deprived decile (IMD2019)"_s);
    QCOMPARE(db().scalarText("SELECT format || '|' || rows_added || '|' || options FROM imports"),
             u"fingertips|8|duplicates=replace"_s);
}

void TestFingertipsImport::roundTripKeepsEveryField()
{
    // Every row of the export, read back from the project, field by field (Area Type is kept as the
    // project's area type, and Parent Code/Name as the area's parent, so those are not compared).
    const QString file = fingertipsPath(u"export_27.csv"_s);
    NullProgress progress;
    QVERIFY(import::importFile(db(), file, fingertips(), progress).committed);
    store::Statement stored = db().prepare(
        "SELECT i.name, a.name, v.value, v.lower95, v.upper95, v.lower998, v.upper998, v.count, "
        "v.denominator,"
        " v.value_note, v.recent_trend, v.compared_to_england, v.compared_to_parent, v.period_sortable, "
        "v.new_data,"
        " v.compared_to_goal, v.time_period_range FROM indicator_values v"
        " JOIN indicators i ON i.id = v.indicator_id JOIN areas a ON a.code = v.area_code"
        " WHERE i.fingertips_id = ?1 AND v.area_code = ?2 AND v.period = ?3 AND v.sex = ?4 AND v.age = ?5"
        " AND v.category_type = ?6 AND v.category = ?7");
    const auto number = [](QString text) -> std::optional<double> {
        if (text.isEmpty())
            return std::nullopt;
        return text.remove(u',').toDouble();
    };
    import::CsvReader reader(file);
    QStringList row;
    QVERIFY(reader.next(row)); // the header
    int rows = 0;
    while (reader.next(row)) {
        ++rows;
        stored.bind(1, row[0].toLongLong()).bind(2, row[4]).bind(3, row[11]).bind(4, row[7]).bind(5, row[8]);
        stored.bind(6, row[9]).bind(7, row[10]);
        QVERIFY2(stored.step(), qPrintable(row.join(u',')));
        QCOMPARE(stored.text(0), row[1]);
        QCOMPARE(stored.text(1), row[5]);
        for (int c = 0; c < 7; ++c)
            QCOMPARE(stored.optionalReal(2 + c), number(row[12 + c]));
        QCOMPARE(stored.text(9), row[19]);
        QCOMPARE(stored.text(10), row[20]);
        QCOMPARE(stored.text(11), row[21]);
        QCOMPARE(stored.text(12), row[22]);
        QCOMPARE(stored.int64(13), row[23].toLongLong());
        QCOMPARE(stored.text(14), row[24]);
        QCOMPARE(stored.text(15), row[25]);
        QCOMPARE(stored.text(16), row[26]);
        stored.reset();
    }
    QCOMPARE(rows, 8);
}

void TestFingertipsImport::reimportReplacesOrKeeps()
{
    NullProgress progress;
    const QString file = fingertipsPath(u"export_27.csv"_s);
    import::importFile(db(), file, fingertips(), progress);
    db().exec("UPDATE indicator_values SET value = 1");

    ImportOptions keep = fingertips();
    keep.duplicates = import::DuplicatePolicy::Keep;
    ImportReport report = import::importFile(db(), file, keep, progress);
    QCOMPARE(report.rowsKept, 8);
    QCOMPARE(report.rowsAdded + report.rowsReplaced + report.rowsRejected, 0);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values WHERE value = 1"), 8);

    report = import::importFile(db(), file, fingertips(), progress);
    QCOMPARE(report.rowsReplaced, 8);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values WHERE value = 1"), 0);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 8);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM imports"), 3);
}

void TestFingertipsImport::olderLayoutAndFingertipsRNames()
{
    NullProgress progress;
    ImportReport report =
        import::importFile(db(), fingertipsPath(u"export_26_target.csv"_s), fingertips(), progress);
    QCOMPARE(report.rowsAdded, 4);
    QCOMPARE(report.notes, QStringList{u"ignored column 'Target data'"_s});
    QCOMPARE(db().scalarText("SELECT time_period_range FROM indicator_values LIMIT 1"), QString());

    report = import::importFile(db(), fingertipsPath(u"fingertipsr.csv"_s), fingertips(), progress);
    QCOMPARE(report.rowsAdded, 0);
    QCOMPARE(report.rowsReplaced, 3);
    QVERIFY(report.notes.isEmpty());
    // R's NA is an empty field, not an area called "NA".
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM areas WHERE code = 'NA'"), 0);
    QCOMPARE(
        db().scalarText("SELECT compared_to_england FROM indicator_values WHERE area_code = 'E12000001'"),
        u"Worse 95%"_s);
}

void TestFingertipsImport::detectsTheFormat()
{
    for (const QString& name : {u"export_27.csv"_s, u"export_26_target.csv"_s, u"fingertipsr.csv"_s}) {
        const import::FilePreview preview = import::previewFile(fingertipsPath(name));
        QCOMPARE(preview.detected, std::optional<ImportFormat>(ImportFormat::Fingertips));
        QCOMPARE(preview.headerRow, 0);
    }
    QCOMPARE(import::previewFile(fingertipsPath(u"wrong_header.csv"_s)).detected, std::nullopt);
}

void TestFingertipsImport::rejectsBadRowsAndWritesNothing()
{
    // A proportion, so a count above its denominator is an error.
    db().exec("INSERT INTO indicators(fingertips_id, name, value_type, polarity) VALUES (92443, 'Smoking', "
              "'proportion', 'low-is-good')");
    NullProgress progress;
    const QString file = fingertipsPath(u"bad_rows.csv"_s);
    const ImportReport report = import::importFile(db(), file, fingertips(), progress);
    QVERIFY(!report.committed);
    QCOMPARE(report.rowsRead, 10);
    QCOMPARE(report.rowsRejected, 7);
    const QList<RejectedRow> expected{
        {3, 13, u"Value"_s, u"abc"_s, u"bad number 'abc'"_s},
        {4, 8, u"Sex"_s, u"Unknown"_s, u"unknown sex 'Unknown' (expected Persons, Male or Female)"_s},
        {5, 18, u"Count"_s, u"800"_s, u"count 800 is greater than the denominator 700"_s},
        {6, 14, u"Lower CI 95.0 limit"_s, u"14.5"_s,
         u"the 95% limits 14.5 to 16.8 do not bracket the value 14.3"_s},
        {7, 0, QString(), QString(),
         u"duplicate key: line 2 has the same indicator, area, period, sex, age and category"_s},
        {8, 1, u"Indicator ID"_s, u"x92443"_s, u"bad indicator ID 'x92443'"_s},
        {11, 0, QString(), QString(), u"4 fields where the header has 27"_s},
    };
    QCOMPARE(report.rejected, expected);
    QCOMPARE(report.describe(report.rejected.first()), file + u":3:13: bad number 'abc' (column 'Value')"_s);
    QCOMPARE(report.summary().last(),
             u"nothing was written because 7 rows have problems; skip bad rows to import the others"_s);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 0);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM areas"), 0);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM imports"), 0);
}

void TestFingertipsImport::skipsBadRowsAndSavesTheReport()
{
    NullProgress progress;
    ImportOptions options = fingertips();
    options.skipBadRows = true;
    options.rejectsPath = m_dir->filePath(u"rejected.csv"_s);
    const ImportReport report =
        import::importFile(db(), fingertipsPath(u"bad_rows.csv"_s), options, progress);
    QVERIFY(report.committed);
    // Without the proportion type the count check does not apply: 4 rows in, 6 out.
    QCOMPARE(report.rowsAdded, 4);
    QCOMPARE(report.rowsRejected, 6);
    QCOMPARE(report.rejectsPath, options.rejectsPath);
    QFile rejects(options.rejectsPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rejects.readAll().split('\n');
    QCOMPARE(lines.size(), 8); // header, 6 rows, final newline
    QCOMPARE(lines.at(0), "file,line,column,column name,value,reason");
    QVERIFY(lines.at(1).endsWith(",3,13,Value,abc,bad number 'abc'"));
    // '*' is a suppressed value, not an error; thousands separators are read.
    QCOMPARE(db().scalarText(
                 "SELECT coalesce(value, 'null') || '|' || coalesce(count, 'null') || '|' || value_note"
                 " FROM indicator_values WHERE period = '2016'"),
             u"null|null|Suppressed in the source file"_s);
    QCOMPARE(
        db().scalarText("SELECT count || '|' || denominator FROM indicator_values WHERE period = '2017'"),
        u"1234.0|8640.0"_s);
    QCOMPARE(db().scalarText("SELECT rows_rejected || '|' || options FROM imports"),
             u"6|duplicates=replace; skip-bad-rows"_s);
}

void TestFingertipsImport::wrongHeaderIsAnError()
{
    NullProgress progress;
    const QString file = fingertipsPath(u"wrong_header.csv"_s);
    try {
        import::importFile(db(), file, fingertips(), progress);
        QFAIL("no error");
    } catch (const ProjectError& error) {
        QCOMPARE(
            error.describe(),
            file + u":1: not a Fingertips data export: missing column(s) Indicator ID, Area Code, Sex, Age, "
                   "Time period, Value"_s);
    }
    try {
        import::importFile(db(), file, ImportOptions{}, progress);
        QFAIL("no error");
    } catch (const ProjectError& error) {
        QCOMPARE(error.message(),
                 u"cannot tell what kind of file this is from its header; choose a format (a "
                 "generic file also needs a column mapping)"_s);
    }
}

void TestFingertipsImport::cancelRollsBack()
{
    const QString file = m_dir->filePath(u"many.csv"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QFile header(fingertipsPath(u"export_27.csv"_s));
        QVERIFY(header.open(QIODevice::ReadOnly));
        out.write(header.readLine());
        for (int i = 0; i < 10000; ++i)
            out.write(QStringLiteral(
                          "90366,LE,,,E92000001,England,England,Persons,All ages,,,%1,80,,,,,,,,,,,,,,\n")
                          .arg(i)
                          .toUtf8());
    }
    CancelingProgress progress;
    const ImportReport report = import::importFile(db(), file, fingertips(), progress);
    QVERIFY(report.canceled);
    QVERIFY(!report.committed);
    QCOMPARE(report.summary().last(), u"canceled: nothing was written"_s);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 0);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM areas"), 0);
}

void TestFingertipsImport::importsOnAWorkerConnection()
{
    // The GUI keeps its project open; the worker thread writes through a connection of its own.
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 0);
    ImportReport report;
    std::thread worker([&] {
        NullProgress progress;
        report = import::importFileIntoProject(m_project->path(), fingertipsPath(u"export_27.csv"_s),
                                               fingertips(), progress);
    });
    worker.join();
    QVERIFY(report.committed);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values"), 8);
}

void TestFingertipsImport::importsIntoAnUpgradedV2Project()
{
    // A project saved at schema version 2 gains the import tables and label columns on opening.
    const QString file = test::copyFixture(u"projects/v2.jsna"_s, m_dir->path());
    auto old = project::Project::open(file);
    QCOMPARE(old->openResult().versionBefore, 2);
    NullProgress progress;
    const ImportReport report =
        import::importFile(old->database(), fingertipsPath(u"export_27.csv"_s), fingertips(), progress);
    QVERIFY(report.committed);
    QCOMPARE(report.rowsAdded, 8);
    QCOMPARE(old->database().scalarText("SELECT recent_trend FROM indicator_values WHERE value = 397.6"),
             u"Decreasing and getting better"_s);
    QCOMPARE(old->database().scalarInt64("SELECT count(*) FROM imports"), 1);
}

QTEST_GUILESS_MAIN(TestFingertipsImport)
#include "tst_fingertips_import.moc"
