// SPDX-License-Identifier: GPL-3.0-or-later
// The demo generator: determinism, sizes, plausibility, consistency, limits, gradients, and `jsna demo`.
#include <array>
#include <cmath>
#include <map>
#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/demo/demo_file.h"
#include "core/demo/demo_generator.h"
#include "core/demo/geography.h"
#include "core/demo/indicator_catalogue.h"
#include "core/foundation/progress.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/project/project_check.h"
#include "core/store/database.h"
#include "tests/common/test_support.h"

using namespace jsna;

namespace {

// Every table's rows in a fixed order, as SQLite quotes them (project_meta without its creation time).
QByteArray contentHash(const QString& path)
{
    store::Database db(path, store::Database::Mode::ReadOnly);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const std::array<std::pair<const char*, const char*>, 9> tables{{
        {"areas", "code"},
        {"area_lookups", "child_code, relation"},
        {"deprivation", "area_code"},
        {"populations", "area_code, year, sex, age_band"},
        {"event_counts", "measure, area_code, year, sex, age_band"},
        {"indicators", "id"},
        {"indicator_values", "id"},
        {"project_settings", "key"},
        {"project_meta", "key"},
    }};
    for (const auto& [table, order] : tables) {
        QStringList columns;
        store::Statement info = db.prepare(qPrintable(QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                                          .arg(QLatin1String(table))));
        while (info.step())
            columns.append(QStringLiteral("quote(%1)").arg(info.text(0)));
        const bool meta = QLatin1String(table) == u"project_meta";
        const QString sql = QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4")
                                .arg(columns.join(QStringLiteral(" || '|' || ")), QLatin1String(table),
                                     meta ? QStringLiteral("WHERE key <> 'created'") : QString(), QLatin1String(order));
        store::Statement rows = db.prepare(sql.toUtf8().constData());
        hash.addData(sql.toUtf8());
        while (rows.step())
            hash.addData(rows.text(0).toUtf8().append('\n'));
    }
    return hash.result().toHex();
}

class CancelAfter final : public Progress
{
public:
    explicit CancelAfter(int checks) : m_checks(checks) {}
    void setRange(qint64, qint64) override {}
    void setValue(qint64) override {}
    void setLabel(const QString&) override {}
    bool isCanceled() const override { return --m_checks < 0; }

private:
    mutable int m_checks;
};

} // namespace

class TestDemo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoSummary m_summary;
    std::unique_ptr<store::Database> m_db;

    double scalar(const QString& sql)
    {
        store::Statement statement = m_db->prepare(sql.toUtf8().constData());
        return statement.step() ? statement.real(0) : std::nan("");
    }
    // Rows of (a, b) from a query, for pairwise checks.
    QList<std::pair<double, double>> pairs(const char* sql)
    {
        QList<std::pair<double, double>> rows;
        store::Statement statement = m_db->prepare(sql);
        while (statement.step())
            rows.append({statement.real(0), statement.real(1)});
        return rows;
    }
    QString indicatorId(qint64 fingertipsId)
    {
        return QString::number(scalar(QStringLiteral("SELECT id FROM indicators WHERE fingertips_id = %1").arg(fingertipsId)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.jsna"));
        NullProgress progress;
        m_summary = demo::writeDemoProject(m_path, progress);
        m_db = std::make_unique<store::Database>(m_path, store::Database::Mode::ReadOnly);
    }
    void cleanupTestCase() { m_db.reset(); }

    void sameSeedSameRowsOtherSeedOtherRows()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.jsna"));
        NullProgress progress;
        demo::writeDemoProject(again, progress);
        QCOMPARE(contentHash(again), contentHash(m_path));
        // Another seed: other LSOA ranks and other counts (compared in memory, which is cheaper).
        const demo::DemoModel seven = demo::buildDemoModel(7);
        const demo::DemoModel usual = demo::buildDemoModel(demo::kDefaultSeed);
        QCOMPARE(seven.lsoas.size(), usual.lsoas.size());
        int sameRanks = 0;
        for (std::size_t i = 0; i < usual.lsoas.size(); ++i)
            sameRanks += seven.area(seven.lsoas[i]).imdRank == usual.area(usual.lsoas[i]).imdRank ? 1 : 0;
        QVERIFY(sameRanks < 10);
        QVERIFY(seven.populationOf(seven.borough)[0].total() != usual.populationOf(usual.borough)[0].total());
    }

    void sizes()
    {
        QVERIFY(m_summary.wards >= 18 && m_summary.wards <= 22);
        QVERIFY(m_summary.lsoas >= 140 && m_summary.lsoas <= 160);
        QCOMPARE(m_summary.years, 8);
        QVERIFY(m_summary.indicators >= 38 && m_summary.indicators <= 45);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM areas WHERE area_type = 'ward'")), m_summary.wards);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM areas WHERE area_type = 'lsoa'")), m_summary.lsoas);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM areas WHERE area_type = 'upper-tier-la'")), 9.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT year) FROM populations")), 8.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicators")), m_summary.indicators);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicator_values")), m_summary.values);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT measure) FROM event_counts")), 7.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicators WHERE fingertips_id IS NOT NULL")), 31.0);
    }

    void geographyIsConsistent()
    {
        // Every LSOA sits in a ward of the borough, and has a sound IMD2019 score, rank and decile.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM areas l JOIN area_lookups lw ON lw.child_code = l.code AND lw.relation = "
                     "'lsoa-ward' JOIN area_lookups wl ON wl.child_code = lw.parent_code AND wl.relation = 'ward-la'"
                     " WHERE l.area_type = 'lsoa' AND wl.parent_code = 'E06000990' AND l.parent_code = lw.parent_code")),
                 m_summary.lsoas);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deprivation WHERE edition = 'IMD2019' AND decile = "
                                       "(rank - 1) * 10 / 32844 + 1")),
                 m_summary.lsoas);
        const auto byRank = pairs("SELECT rank, score FROM deprivation ORDER BY rank");
        for (qsizetype i = 1; i < byRank.size(); ++i)
            QVERIFY(byRank[i].second <= byRank[i - 1].second);
        const double mostDeprived = scalar(QStringLiteral("SELECT count(*) FROM deprivation WHERE decile = 1"));
        const double leastDeprived = scalar(QStringLiteral("SELECT count(*) FROM deprivation WHERE decile = 10"));
        QVERIFY2(mostDeprived > 2 * leastDeprived && leastDeprived > 0, "an inner-city skew, with some affluence");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM areas WHERE code LIKE 'E06000990' OR code = 'E12000008'"
                                       " OR code = 'E92000001'")),
                 3.0);
    }

    void populationsAddUpAndArePlausible()
    {
        // LSOAs sum to their ward, wards to the borough, for every year, sex and band.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM populations w JOIN (SELECT l.parent_code AS ward, p.year, p.sex, p.age_band,"
                     " sum(p.count) AS total FROM populations p JOIN areas l ON l.code = p.area_code AND l.area_type ="
                     " 'lsoa' GROUP BY 1, 2, 3, 4) s ON s.ward = w.area_code AND s.year = w.year AND s.sex = w.sex"
                     " AND s.age_band = w.age_band WHERE s.total = w.count")),
                 m_summary.wards * 8.0 * 2 * 19);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM populations b JOIN (SELECT p.year, p.sex, p.age_band, sum(p.count) AS total"
                     " FROM populations p JOIN areas w ON w.code = p.area_code AND w.area_type = 'ward' GROUP BY 1, 2,"
                     " 3) s ON s.year = b.year AND s.sex = b.sex AND s.age_band = b.age_band WHERE b.area_code = "
                     "'E06000990' AND s.total = b.count")),
                 8.0 * 2 * 19);
        const double england = scalar(QStringLiteral("SELECT sum(count) FROM populations WHERE area_code = 'E92000001' AND year = 2019"));
        QVERIFY2(england > 55e6 && england < 58e6, qPrintable(QString::number(england)));
        const double borough = scalar(QStringLiteral("SELECT sum(count) FROM populations WHERE area_code = 'E06000990' AND year = 2019"));
        QVERIFY(borough > 200e3 && borough < 320e3);
        // Women outnumber men at 85+; more babies than people over 90.
        QVERIFY(scalar(QStringLiteral("SELECT sum(CASE sex WHEN 'Female' THEN count ELSE -count END) FROM populations"
                                      " WHERE area_code = 'E92000001' AND year = 2019 AND age_band IN ('85-89', '90+')")) > 0);
        QVERIFY(scalar(QStringLiteral("SELECT sum(CASE age_band WHEN '0-4' THEN count ELSE -count END) FROM populations"
                                      " WHERE area_code = 'E06000990' AND age_band IN ('0-4', '90+')")) > 0);
    }

    void eventCountsNestAndAddUp()
    {
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM event_counts a JOIN event_counts c ON c.area_code = a.area_code AND c.year ="
                     " a.year AND c.sex = a.sex AND c.age_band = a.age_band AND c.measure = 'deaths-cvd-under-75' JOIN"
                     " event_counts k ON k.area_code = a.area_code AND k.year = a.year AND k.sex = a.sex AND k.age_band"
                     " = a.age_band AND k.measure = 'deaths-cancer-under-75' WHERE a.measure = 'deaths-all-causes' AND"
                     " c.count + k.count > a.count")),
                 0.0);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM event_counts e JOIN populations p USING (area_code, year, sex, age_band)"
                     " WHERE e.measure = 'deaths-all-causes' AND e.count > p.count")),
                 0.0);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(count) FROM event_counts e JOIN areas a ON a.code = e.area_code AND"
                                       " a.area_type = 'lsoa' WHERE measure = 'admissions-falls-65plus'")),
                 scalar(QStringLiteral("SELECT sum(count) FROM event_counts WHERE area_code = 'E06000990' AND"
                                       " measure = 'admissions-falls-65plus'")));
    }

    void valuesArePlausible()
    {
        const QString le = indicatorId(90366);
        const auto lifeExpectancy = pairs(qPrintable(QStringLiteral(
            "SELECT m.value, f.value FROM indicator_values m JOIN indicator_values f ON f.indicator_id = m.indicator_id"
            " AND f.area_code = m.area_code AND f.period = m.period AND f.category = m.category AND f.sex = 'Female'"
            " JOIN areas a ON a.code = m.area_code AND a.area_type <> 'ward'"
            " WHERE m.indicator_id = %1 AND m.sex = 'Male' AND m.category_type = ''").arg(le)));
        QCOMPARE(lifeExpectancy.size(), 11 * 8);
        for (const auto& [male, female] : lifeExpectancy) {
            QVERIFY2(male >= 76 && male <= 86 && female >= 76 && female <= 86,
                     qPrintable(QStringLiteral("%1 %2").arg(male).arg(female)));
            QVERIFY(female > male);
        }
        const auto smoking = pairs(qPrintable(QStringLiteral(
            "SELECT value, count FROM indicator_values WHERE indicator_id = %1 AND sex = 'Persons' AND category_type = ''")
                                                  .arg(indicatorId(92443))));
        QVERIFY(smoking.size() >= 8 * 11);
        for (const auto& [value, count] : smoking)
            QVERIFY2(value >= 8 && value <= 25 && count > 0, qPrintable(QString::number(value)));
        const double year6 = scalar(QStringLiteral("SELECT max(abs(value - 23)) FROM indicator_values WHERE indicator_id = %1"
                                                   " AND category_type = '' AND area_code NOT LIKE 'E05%'").arg(indicatorId(90323)));
        QVERIFY(year6 < 10);
    }

    void limitsBracketValuesAndWidenAt998()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicator_values WHERE value IS NOT NULL AND NOT (lower998 <="
                                       " lower95 AND lower95 <= value AND value <= upper95 AND upper95 <= upper998 AND"
                                       " upper998 - lower998 > upper95 - lower95)")),
                 0.0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicator_values WHERE confidence <> '95,99.8' OR method = ''"
                                       " OR provenance NOT LIKE 'synthetic demo generator%'")),
                 0.0);
        // Suppressed values say why (e.g. DSRs on fewer than 10 events).
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM indicator_values WHERE value IS NULL AND value_note = ''")), 0.0);
    }

    void boroughHasAMixAgainstEngland()
    {
        std::map<QString, int> outcomes;
        store::Statement statement = m_db->prepare(
            "SELECT i.polarity, b.lower95, b.upper95, e.value FROM indicators i JOIN indicator_values b ON"
            " b.indicator_id = i.id AND b.area_code = 'E06000990' AND b.category_type = '' JOIN indicator_values e ON"
            " e.indicator_id = i.id AND e.area_code = 'E92000001' AND e.category_type = '' AND e.period = b.period AND"
            " e.sex = b.sex AND e.age = b.age WHERE b.sex IN ('Persons', 'Female') AND b.period_sortable = (SELECT"
            " max(period_sortable) FROM indicator_values WHERE indicator_id = i.id) AND i.polarity <> 'not-applicable'"
            " AND b.value IS NOT NULL");
        while (statement.step()) {
            const bool highIsGood = statement.text(0) == u"high-is-good";
            const double lower = statement.real(1), upper = statement.real(2), england = statement.real(3);
            const char16_t* outcome = lower > england   ? (highIsGood ? u"better" : u"worse")
                                      : upper < england ? (highIsGood ? u"worse" : u"better")
                                                        : u"similar";
            ++outcomes[QString::fromUtf16(outcome)];
        }
        QVERIFY2(outcomes[QStringLiteral("worse")] >= 8, "clearly worse on several");
        QVERIFY2(outcomes[QStringLiteral("better")] >= 3, "better on some");
        QVERIFY2(outcomes[QStringLiteral("similar")] >= 5, "similar on others");
    }

    void deprivationGradients()
    {
        for (const qint64 id : {40401, 40501, 21001}) {
            const auto gaps = pairs(qPrintable(QStringLiteral(
                "SELECT m.value, l.value FROM indicator_values m JOIN indicator_values l ON l.indicator_id = m.indicator_id"
                " AND l.area_code = m.area_code AND l.period = m.period AND l.sex = m.sex AND l.category = 'Least"
                " deprived quintile (IMD2019)' WHERE m.indicator_id = %1 AND m.category = 'Most deprived quintile"
                " (IMD2019)' AND m.area_code = 'E92000001'").arg(indicatorId(id))));
            QCOMPARE(gaps.size(), 8);
            for (const auto& [most, least] : gaps)
                QVERIFY2(most > 1.3 * least, qPrintable(QString::number(id)));
        }
        // The borough too, over its eight years together, and life expectancy the other way round.
        const auto cvd = pairs(qPrintable(QStringLiteral(
            "SELECT avg(CASE WHEN category LIKE 'Most%' THEN value END), avg(CASE WHEN category LIKE 'Least%' THEN value"
            " END) FROM indicator_values WHERE indicator_id = %1 AND area_code = 'E06000990' AND category_type LIKE"
            " '%quintiles%' AND sex = 'Persons'").arg(indicatorId(40401))));
        QVERIFY(cvd.constFirst().first > 1.3 * cvd.constFirst().second);
        QVERIFY(scalar(QStringLiteral("SELECT avg(CASE WHEN category LIKE 'Least%' THEN value END) - avg(CASE WHEN category"
                                      " LIKE 'Most%' THEN value END) FROM indicator_values WHERE indicator_id = %1 AND"
                                      " area_code = 'E06000990' AND category_type LIKE '%quintiles%'").arg(indicatorId(90366))) > 3);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM indicator_values WHERE category_type = 'Ethnic groups'")) >= 5 * 8 * 2);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM indicator_values WHERE area_code LIKE 'E05%'")) >= 20 * 8 * 5);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT age) FROM indicator_values WHERE indicator_id = %1").arg(indicatorId(21001))) >= 4);
    }

    void metaSettingsAndCheck()
    {
        auto project = project::Project::inspect(m_path);
        QVERIFY(project->isSynthetic());
        QVERIFY(project->title().contains(u"synthetic"));
        QCOMPARE(project->meta(QStringLiteral("area_code")), QStringLiteral("E06000990"));
        QVERIFY(project->meta(QStringLiteral("description")).contains(u"Synthetic demo data"));
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM project_settings WHERE key = 'disclosure.suppress_to'")), 7.0);
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM project_settings WHERE key = 'disclosure.round_to'")), 5.0);
        const project::CheckReport report = project::checkProjectFile(m_path);
        QVERIFY2(report.isSound(), qPrintable(report.problems.join(u'\n')));
    }

    void cancelLeavesNoFileAndFullProjectsAreRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("canceled.jsna"));
        CancelAfter progress(5);
        QVERIFY_THROWS_EXCEPTION(Canceled, demo::writeDemoProject(path, progress));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Hidden | QDir::Files).isEmpty());
        NullProgress never;
        QVERIFY_THROWS_EXCEPTION(ProjectError, demo::writeDemoProject(m_path, never)); // exists, no replace
        QVERIFY_THROWS_EXCEPTION(ProjectError, demo::writeDemoProject(m_dir.filePath(QStringLiteral("no/such/dir.jsna")), never));
        auto project = project::Project::open(m_path);
        QSignalSpy spy(&project->notifier(), &project::ChangeNotifier::tablesChanged);
        QVERIFY_THROWS_EXCEPTION(ProjectError, demo::generateDemo(*project, never));
        QCOMPARE(spy.count(), 0);
    }

    void commandLine()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.jsna"));
        test::CliRun run = test::runCli({QStringLiteral("demo"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("wrote %1: Harbourgate (synthetic), 20 wards").arg(file)), qPrintable(run.out));
        run = test::runCli({QStringLiteral("demo"), file});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"--force"));
        QCOMPARE(test::runCli({QStringLiteral("demo"), file, QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(test::runCli({QStringLiteral("demo"), file, QStringLiteral("--seed"), QStringLiteral("x")}).exitCode, 2);
        run = test::runCli({QStringLiteral("info"), file});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString& expected :
             {QStringLiteral("synthetic: yes"), QStringLiteral("areas: %1").arg(m_summary.areas),
              QStringLiteral("indicators: %1").arg(m_summary.indicators),
              QStringLiteral("indicator_values: %1").arg(m_summary.values),
              QStringLiteral("populations: %1").arg(m_summary.populationRows),
              QStringLiteral("event_counts: %1").arg(m_summary.eventRows),
              QStringLiteral("deprivation: %1").arg(m_summary.lsoas),
              QStringLiteral("area_lookups: %1").arg(m_summary.lsoas + m_summary.wards),
              QStringLiteral("project_settings: 3")})
            QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + run.out));
        QCOMPARE(test::runCli({QStringLiteral("check"), file}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
