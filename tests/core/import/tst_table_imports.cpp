// SPDX-License-Identifier: GPL-3.0-or-later
// The importers other than Fingertips: generic long files with a saved mapping, counts and populations
// by age band, ONS mid-year estimates, IMD and geography lookups.
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/import/column_mapping.h"
#include "core/import/import_runner.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "tests/common/test_support.h"

using namespace Qt::Literals::StringLiterals;
using namespace jsna;
using import::ImportFormat;
using import::ImportOptions;
using import::ImportReport;
using import::MappedField;
using import::RejectedRow;

namespace {

const QString kUnknownArea =
    u"unknown area code 'E06000099' (import the areas first, from a Fingertips export, "
    "an IMD file or a lookup)"_s;

ImportOptions optionsFor(ImportFormat format, bool skipBadRows = false)
{
    ImportOptions options;
    options.format = format;
    options.skipBadRows = skipBadRows;
    return options;
}

} // namespace

class TestTableImports final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void detectsFormats_data();
    void detectsFormats();
    void mappingsAreSavedByName();
    void genericFileThroughASavedMapping();
    void countsByAgeBand();
    void populationsLongWithDecimalCommas();
    void onsMidYearEstimates();
    void imdFile();
    void lookupFile();

private:
    ImportReport run(const QString& relative, const ImportOptions& options)
    {
        NullProgress progress;
        return import::importFile(m_project->database(), test::dataPath(u"import/"_s + relative), options,
                                  progress);
    }
    store::Database& db() { return m_project->database(); }
    void addAreas()
    {
        db().exec(
            "INSERT INTO areas(code, name, area_type) VALUES ('E06000047', 'County Durham', 'upper-tier-la'),"
            " ('E06000001', 'Hartlepool', 'upper-tier-la')");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<project::Project> m_project;
};

void TestTableImports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_project = project::Project::create(m_dir->filePath(u"test.jsna"_s));
}

void TestTableImports::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestTableImports::detectsFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format"); // -1: nothing fits, use generic
    QTest::addColumn<int>("headerRow");
    QTest::newRow("generic") << u"generic/falls_long.csv"_s << -1 << 0;
    QTest::newRow("counts") << u"counts/deaths-all-causes.csv"_s << int(ImportFormat::Counts) << 0;
    QTest::newRow("population") << u"population/population_long.csv"_s << int(ImportFormat::Population) << 0;
    QTest::newRow("ons") << u"ons/mye2_persons_mid2022.csv"_s << int(ImportFormat::OnsPopulation) << 2;
    QTest::newRow("imd") << u"imd/imd2019_lsoa_extract.csv"_s << int(ImportFormat::Imd) << 0;
    QTest::newRow("lookup") << u"lookup/lsoa11_wd19_lad19.csv"_s << int(ImportFormat::Lookup) << 0;
}

void TestTableImports::detectsFormats()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, headerRow);
    const import::FilePreview preview = import::previewFile(test::dataPath(u"import/"_s + file));
    QCOMPARE(preview.detected ? int(*preview.detected) : -1, format);
    QCOMPARE(preview.headerRow, headerRow);
}

void TestTableImports::mappingsAreSavedByName()
{
    const QStringList header{u"Area"_s, u"Measure"_s, u"Year"_s,      u"Gender"_s,     u"Rate"_s,
                             u"LCI"_s,  u"UCI"_s,     u"Numerator"_s, u"Denominator"_s};
    import::ColumnMapping guessed = import::guessMapping(header);
    QCOMPARE(guessed.columns.value(MappedField::Indicator), u"Measure"_s);
    QCOMPARE(guessed.columns.value(MappedField::Period), u"Year"_s);
    QCOMPARE(guessed.columns.value(MappedField::Sex), u"Gender"_s);
    QCOMPARE(guessed.columns.value(MappedField::Value), u"Rate"_s);
    QCOMPARE(guessed.columns.value(MappedField::Lower95), u"LCI"_s);
    QCOMPARE(guessed.columns.value(MappedField::Count), u"Numerator"_s);
    QCOMPARE(guessed.problems(), QStringList{u"choose the column that holds the area code"_s});
    guessed.columns.insert(MappedField::AreaCode, u"Area"_s);
    QVERIFY(guessed.problems().isEmpty());

    guessed.name = u"Falls monthly"_s;
    guessed.valueType = indicators::ValueType::CrudeRate;
    import::MappingRepository mappings(db());
    mappings.save(guessed);
    QCOMPARE(mappings.names(), QStringList{u"Falls monthly"_s});
    QCOMPARE(mappings.find(u"Falls monthly"_s), std::optional<import::ColumnMapping>(guessed));
    mappings.remove(u"Falls monthly"_s);
    QCOMPARE(mappings.find(u"Falls monthly"_s), std::nullopt);
}

void TestTableImports::genericFileThroughASavedMapping()
{
    addAreas();
    import::ColumnMapping mapping =
        import::guessMapping({u"Area"_s, u"Measure"_s, u"Year"_s, u"Gender"_s, u"Rate"_s, u"LCI"_s, u"UCI"_s,
                              u"Numerator"_s, u"Denominator"_s});
    mapping.columns.insert(MappedField::AreaCode, u"Area"_s);
    mapping.name = u"falls"_s;
    mapping.valueType = indicators::ValueType::CrudeRate;
    import::MappingRepository(db()).save(mapping);

    ImportOptions options = optionsFor(ImportFormat::Generic);
    options.mappingName = u"falls"_s;
    ImportReport report = run(u"generic/falls_long.csv"_s, options);
    QVERIFY(!report.committed);
    const QList<RejectedRow> expected{
        {5, 1, u"Area"_s, u"E06000099"_s, kUnknownArea},
        {6, 4, u"Gender"_s, u"Other"_s, u"unknown sex 'Other' (expected Persons, Male or Female)"_s},
    };
    QCOMPARE(report.rejected, expected);

    options.skipBadRows = true;
    report = run(u"generic/falls_long.csv"_s, options);
    QVERIFY(report.committed);
    QCOMPARE(report.rowsAdded, 4);
    QCOMPARE(report.indicatorsCreated, 1);
    QCOMPARE(db().scalarText("SELECT name || '|' || value_type FROM indicators"),
             u"Emergency hospital admissions due to falls (65+)|crude-rate"_s);
    QCOMPARE(
        db().scalarText("SELECT value || '|' || lower95 || '|' || count || '|' || denominator || '|' || sex"
                        " FROM indicator_values WHERE area_code = 'E06000047' AND sex = 'Persons'"),
        u"2345.6|2200.1|2500.0|106580.0|Persons"_s);
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM indicator_values WHERE sex = 'Female'"), 1);
    QCOMPARE(db().scalarText("SELECT coalesce(value, 'null') || '|' || value_note FROM indicator_values"
                             " WHERE period = '2021/22'"),
             u"null|Suppressed in the source file"_s);
    QCOMPARE(db().scalarText("SELECT options FROM imports"),
             u"duplicates=replace; skip-bad-rows; mapping=falls"_s);

    options.mappingName = u"nope"_s;
    try {
        run(u"generic/falls_long.csv"_s, options);
        QFAIL("no error");
    } catch (const ProjectError& error) {
        QCOMPARE(error.message(), u"there is no saved mapping named 'nope' (saved mappings: falls)"_s);
    }
}

void TestTableImports::countsByAgeBand()
{
    addAreas();
    ImportReport report = run(u"counts/deaths-all-causes.csv"_s, optionsFor(ImportFormat::Counts));
    QVERIFY(!report.committed);
    const QList<RejectedRow> expected{
        {6, 4, u"Age band"_s, u"80+"_s, u"unknown age band '80+' (expected 0-4, 5-9, ..., 85-89, 90+)"_s},
        {7, 5, u"Deaths"_s, u"*"_s, u"suppressed count '*': counts by age band must be complete"_s},
        {8, 5, u"Deaths"_s, u"-1"_s, u"negative count -1"_s},
        {9, 0, QString(), QString(),
         u"duplicate key: line 2 has the same measure, area, year, sex and age band"_s},
        {10, 1, u"Area Code"_s, u"E06000099"_s, kUnknownArea},
    };
    QCOMPARE(report.rejected, expected);
    QCOMPARE(report.notes, QStringList{u"the counts are stored as the measure 'deaths-all-causes'"_s});
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM event_counts"), 0);

    report = run(u"counts/deaths-all-causes.csv"_s, optionsFor(ImportFormat::Counts, true));
    QCOMPARE(report.rowsAdded, 4);
    QCOMPARE(db().scalarText(
                 "SELECT group_concat(sex || ' ' || age_band || ' ' || count, '; ') FROM"
                 " (SELECT * FROM event_counts WHERE measure = 'deaths-all-causes' ORDER BY sex, age_band)"),
             u"Female 90+ 702.0; Male 0-4 3.0; Male 85-89 410.0; Male 90+ 388.0"_s);
}

void TestTableImports::populationsLongWithDecimalCommas()
{
    addAreas();
    const ImportReport report = run(u"population/population_long.csv"_s, ImportOptions{});
    QCOMPARE(report.format, ImportFormat::Population);
    QCOMPARE(report.delimiter, ';');
    QVERIFY(report.committed);
    QCOMPARE(report.rowsAdded, 3);
    QCOMPARE(db().scalarText("SELECT group_concat(age_band || '=' || count, ' ') FROM populations"),
             u"0-4=24012.5 5-9=26100.0 90+=4120.0"_s);
}

void TestTableImports::onsMidYearEstimates()
{
    addAreas();
    ImportReport report = run(u"ons/mye2_persons_mid2022.csv"_s, ImportOptions{});
    QCOMPARE(report.format, ImportFormat::OnsPopulation);
    QVERIFY(!report.committed);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.first().line, 6);
    QCOMPARE(report.rejected.first().column, 4);
    QCOMPARE(report.rejected.first().reason,
             u"the single years of age add up to 93730, not All ages 93,737"_s);

    report = run(u"ons/mye2_persons_mid2022.csv"_s, optionsFor(ImportFormat::OnsPopulation, true));
    QVERIFY(report.committed);
    QCOMPARE(report.rowsAdded, 1);
    QCOMPARE(report.notes, (QStringList{u"estimates for mid-2022, from the title"_s,
                                        u"every row is taken as Persons (no Sex column)"_s,
                                        u"skipped the note on line 7"_s}));
    QCOMPARE(db().scalarInt64("SELECT count(*) FROM populations WHERE area_code = 'E06000047' AND year = 2022"
                              " AND sex = 'Persons'"),
             19);
    QCOMPARE(db().scalarText("SELECT group_concat(count, ' ') FROM (SELECT count FROM populations"
                             " WHERE age_band IN ('0-4', '85-89', '90+') ORDER BY age_band)"),
             u"25100.0 25150.0 5060.0"_s);
    QCOMPARE(db().scalarInt64("SELECT sum(count) FROM populations"), 457730);
}

void TestTableImports::imdFile()
{
    ImportReport report = run(u"imd/imd2019_lsoa_extract.csv"_s, optionsFor(ImportFormat::Imd));
    QVERIFY(!report.committed);
    const QList<RejectedRow> expected{
        {4, 7, u"Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)"_s,
         u"11"_s, u"decile '11' is not a whole number from 1 to 10"_s},
        {5, 1, u"LSOA code (2011)"_s, u"W01000001"_s,
         u"'W01000001' is not an English LSOA code (E01 and 6 digits)"_s},
        {6, 1, u"LSOA code (2011)"_s, u"E01020616"_s, u"duplicate key: line 2 has the same LSOA"_s},
    };
    QCOMPARE(report.rejected, expected);

    report = run(u"imd/imd2019_lsoa_extract.csv"_s, optionsFor(ImportFormat::Imd, true));
    QCOMPARE(report.rowsAdded, 2);
    QCOMPARE(report.areasCreated, 3);
    QCOMPARE(report.notes, QStringList{u"stored as IMD2019 on 2011 LSOAs"_s});
    QCOMPARE(db().scalarText(
                 "SELECT edition || '|' || lsoa_vintage || '|' || score || '|' || rank || '|' || decile"
                 " FROM deprivation WHERE area_code = 'E01020616'"),
             u"IMD2019|2011|12.114|19875|7"_s);
    QCOMPARE(db().scalarText(
                 "SELECT name || '|' || area_type || '|' || parent_code FROM areas WHERE code = 'E01020617'"),
             u"County Durham 001B|lsoa|E06000047"_s);
}

void TestTableImports::lookupFile()
{
    ImportReport report = run(u"lookup/lsoa11_wd19_lad19.csv"_s, optionsFor(ImportFormat::Lookup));
    QVERIFY(!report.committed);
    const QList<RejectedRow> expected{
        {6, 6, u"LAD19CD"_s, u"E06000001"_s,
         u"ward E05008988 is in E06000047 on line 4 but in E06000001 here"_s},
        {7, 2, u"LSOA11CD"_s, u"E01020616"_s, u"duplicate key: line 2 has the same lsoa"_s},
    };
    QCOMPARE(report.rejected, expected);

    report = run(u"lookup/lsoa11_wd19_lad19.csv"_s, optionsFor(ImportFormat::Lookup, true));
    QCOMPARE(report.rowsAdded, 4);
    QCOMPARE(report.areasCreated, 9);
    QCOMPARE(report.notes, QStringList{u"links lsoa-ward, lsoa-la, ward-la, vintage '2019'"_s});
    QCOMPARE(
        db().scalarText("SELECT group_concat(relation || ':' || n, ' ') FROM (SELECT relation, count(*) AS n"
                        " FROM area_lookups WHERE vintage = '2019' GROUP BY relation ORDER BY relation)"),
        u"lsoa-la:4 lsoa-ward:4 ward-la:3"_s);
    QCOMPARE(
        db().scalarText("SELECT parent_code FROM area_lookups WHERE child_code = 'E01020618' AND relation = "
                        "'lsoa-ward'"),
        u"E05008988"_s);
    QCOMPARE(db().scalarText(
                 "SELECT name || '|' || area_type || '|' || parent_code FROM areas WHERE code = 'E05008987'"),
             u"Chester-le-Street North|ward|E06000047"_s);
}

QTEST_GUILESS_MAIN(TestTableImports)
#include "tst_table_imports.moc"
