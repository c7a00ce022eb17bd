// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `jsna stats` on small CSV files, run as a separate process. Expected values are the R
// reference values of tests/core/stats (PHEindicatormethods' formulas in R 4.2).
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCliStats : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void proportion();
    void malformedInputWritesNothing();
    void isr();
    void isrErrors();
    void sii();
    void siiFromCountsMatchesThePipeline();
    void siiErrors();
    void funnel();
    void funnelErrors();
    void compare();
    void compareErrors();
    void helpListsEveryOption();

private:
    QString path(const char* name) const { return m_dir->filePath(QLatin1String(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run jsna(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JSNA_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Run stats(const char* method, const QString& in, const QString& out, const QStringList& options = {})
{
    return jsna(QStringList{QStringLiteral("stats"), QLatin1String(method), QStringLiteral("--in"), in,
                            QStringLiteral("--out"), out} +
                options);
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// A CSV file as written by jsna (no quoted fields in these tests), addressed by column name.
struct Csv
{
    QStringList header;
    QList<QStringList> rows;

    explicit Csv(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        header = lines.value(0).split(u',');
        for (qsizetype i = 1; i < lines.size(); ++i)
            rows.append(lines[i].split(u','));
    }
    QString text(qsizetype row, const char* column) const
    {
        const qsizetype c = header.indexOf(QLatin1String(column));
        return c < 0 ? QStringLiteral("<no column>") : rows.value(row).value(c);
    }
    double number(qsizetype row, const char* column) const { return text(row, column).toDouble(); }
};

bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance * std::abs(expected);
}

#define JSNA_NEAR(actual, expected)                                                                               \
    QVERIFY2(near((actual), (expected)),                                                                          \
             qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)))

// The ISR data of tests/core/stats/tst_isr.cpp: area A as given, area B with populations / 1000 and 7
// observed events, all in the first band.
QByteArray isrInput(bool zeroReferencePopulation = false)
{
    const int obs[] = {27, 45, 55, 100, 125, 300, 295, 270, 275, 450, 455, 459, 345, 300, 270, 265, 100, 90, 35};
    const double pop[] = {84935, 80367, 72122, 79259, 99806, 87362, 81579, 71103, 70001, 69007,
                          63203, 52638, 46087, 40887, 32604, 28399, 21625, 13021, 7355};
    const int refCount[] = {50, 60, 70, 80, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600, 650, 700, 600, 500, 400};
    QByteArray csv = "area,age_band,count,population,ref_count,ref_population,ref_rate\n";
    for (const char* area : {"A", "B"}) {
        const bool b = area[0] == 'B';
        for (int i = 0; i < 19; ++i) {
            const double refPop = i == 2 ? 90000 : (b && i == 18 && zeroReferencePopulation ? 0 : 100000);
            csv += QByteArray(area) + ",band" + QByteArray::number(i) + ',' +
                   (b ? (i == 0 ? "7" : "") : QByteArray::number(obs[i])) + ',' +
                   QByteArray::number(b ? pop[i] / 1000 : pop[i], 'g', 17) + ',' + QByteArray::number(refCount[i]) + ',' +
                   QByteArray::number(refPop) + ',' + QByteArray::number(refCount[i] / refPop * 100000, 'g', 17) + '\n';
        }
    }
    return csv;
}

// Male life expectancy by decile for E06000001 (tests/core/stats/tst_inequalities.cpp).
QByteArray siiInput()
{
    const char* rows[] = {"1,13837,70.56313911,1.133868862",  "2,14519,72.61347473,1.020288759",
                          "3,14940,75.06710359,1.108685178",  "4,14599,75.20662276,1.485618539",
                          "5,12311,76.23469045,1.311653285",  "6,13196,75.21801932,1.169033147",
                          "7,13335,77.09240397,1.306645801",  "8,13388,79.84156222,1.090905616",
                          "9,13685,80.81329918,0.979426096",  "10,11779,82.73763832,1.319452272"};
    QByteArray csv = "area,quantile,population,value,se\n";
    for (const char* row : rows)
        csv += QByteArray("E06000001,") + row + '\n';
    return csv;
}

} // namespace

void TestCliStats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliStats::proportion()
{
    writeFile(path("in.csv"), "area,numerator,denominator\nA,65,100\n");
    QCOMPARE(stats("proportion", path("in.csv"), path("out.csv"), {QStringLiteral("--group"), QStringLiteral("area")}).code,
             0);
    const Csv out(path("out.csv"));
    QVERIFY(out.header.join(u',').startsWith(u"area,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl"));
    QCOMPARE(out.text(0, "area"), QStringLiteral("A"));
    JSNA_NEAR(out.number(0, "lower95_0cl"), 0.55254443296887967);
}

void TestCliStats::malformedInputWritesNothing()
{
    writeFile(path("in.csv"), "area,numerator,denominator\nA,65,100\nB,x,100\nC,-1,100\n");
    const Run run = stats("proportion", path("in.csv"), path("out.csv"), {QStringLiteral("--group"), QStringLiteral("area")});
    QCOMPARE(run.code, 4);
    QVERIFY2(run.err.contains("in.csv:3:2"), run.err.constData());
    QVERIFY(!QFile::exists(path("out.csv")));
    // A negative count is refused on its own line, not summed into its group.
    writeFile(path("in.csv"), "area,numerator,denominator\nA,65,100\nA,-5,100\n");
    const Run negative = stats("proportion", path("in.csv"), path("out.csv"), {QStringLiteral("--group"), QStringLiteral("area")});
    QCOMPARE(negative.code, 4);
    QVERIFY2(negative.err.contains("in.csv:3:2"), negative.err.constData());
    QVERIFY(!QFile::exists(path("out.csv")));
}

namespace {

QStringList opts(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestCliStats::isr()
{
    writeFile(path("in.csv"), isrInput());
    QCOMPARE(stats("isr", path("in.csv"), path("ratio.csv"), opts({"--group", "area", "--multiplier", "100"})).code, 0);
    const Csv ratio(path("ratio.csv"));
    QCOMPARE(ratio.header.join(u','), QStringLiteral("area,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl,"
                                                     "observed,expected,statistic,method,value_note"));
    QCOMPARE(ratio.rows.size(), 2);
    QCOMPARE(ratio.number(0, "observed"), 4261.0);
    JSNA_NEAR(ratio.number(0, "expected"), 3154.308788888889);
    JSNA_NEAR(ratio.number(0, "value"), 135.08506253444341);
    JSNA_NEAR(ratio.number(0, "lower95_0cl"), 131.05914919198139);
    JSNA_NEAR(ratio.number(0, "upper95_0cl"), 139.20320745304312);
    JSNA_NEAR(ratio.number(0, "lower99_8cl"), 128.78017904021797);
    JSNA_NEAR(ratio.number(0, "upper99_8cl"), 141.60308971813288);
    QCOMPARE(ratio.text(0, "method"), QStringLiteral("Byars"));
    // Area B: 7 events, exact Poisson limits.
    QCOMPARE(ratio.text(1, "method"), QStringLiteral("Exact"));
    JSNA_NEAR(ratio.number(1, "value"), 221.91866644944938);
    JSNA_NEAR(ratio.number(1, "lower95_0cl"), 89.222813613984564);
    JSNA_NEAR(ratio.number(1, "upper99_8cl"), 622.20215929771401);

    QCOMPARE(stats("isr", path("in.csv"), path("rate.csv"), opts({"--group", "area", "--type", "rate"})).code, 0);
    const Csv rate(path("rate.csv"));
    JSNA_NEAR(rate.number(0, "value"), 490.30874549538726);
    JSNA_NEAR(rate.number(0, "lower95_0cl"), 475.69617114126578);
    JSNA_NEAR(rate.number(0, "upper99_8cl"), 513.96677008803795);
    QVERIFY(rate.header.contains(QStringLiteral("reference_rate")));

    // Reference rates given directly, per 100,000: the same ratio.
    QCOMPARE(stats("isr", path("in.csv"), path("direct.csv"),
                   opts({"--group", "area", "--multiplier", "100", "--ref-rate", "ref_rate", "--ref-rate-per", "100000"}))
                 .code,
             0);
    JSNA_NEAR(Csv(path("direct.csv")).number(0, "value"), 135.08506253444341);
}

void TestCliStats::isrErrors()
{
    // A zero reference population (B's last band, line 39) makes the band's reference rate undefined.
    writeFile(path("in.csv"), isrInput(true));
    const Run zero = stats("isr", path("in.csv"), path("out.csv"), opts({"--group", "area"}));
    QCOMPARE(zero.code, 4);
    QVERIFY2(zero.err.contains("in.csv:39:6: reference population in age band band18"), zero.err.constData());
    QVERIFY(!QFile::exists(path("out.csv")));
    writeFile(path("dup.csv"), "area,age_band,count,population,ref_count,ref_population\nA,0-4,1,10,1,10\nA,0-4,1,10,1,10\n");
    const Run twice = stats("isr", path("dup.csv"), path("out.csv"));
    QCOMPARE(twice.code, 4);
    QVERIFY2(twice.err.contains("dup.csv:3:2: age band '0-4' appears twice"), twice.err.constData());
    // Options that contradict each other.
    QCOMPARE(stats("isr", path("dup.csv"), path("out.csv"), opts({"--ref-rate", "x", "--ref-count", "y"})).code, 2);
    QCOMPARE(stats("isr", path("dup.csv"), path("out.csv"), opts({"--ref-rate", "x", "--type", "rate"})).code, 2);
    QCOMPARE(stats("isr", path("dup.csv"), path("out.csv"), opts({"--type", "smr"})).code, 2);
    QVERIFY(!QFile::exists(path("out.csv")));
}

void TestCliStats::sii()
{
    writeFile(path("in.csv"), siiInput());
    const QStringList options = opts({"--group", "area", "--se", "se", "--rii"});
    QCOMPARE(stats("sii", path("in.csv"), path("a.csv"), options).code, 0);
    const Csv a(path("a.csv"));
    QCOMPARE(a.header.join(u','),
             QStringLiteral("area,value,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl,rii,rii_lower95_0cl,"
                            "rii_upper95_0cl,rii_lower99_8cl,rii_upper99_8cl,quantiles,repetitions,seed,statistic,method"));
    QVERIFY(near(a.number(0, "value"), 11.68886139101242, 1e-11));
    JSNA_NEAR(a.number(0, "rii"), 1.1656749904374035);
    QCOMPARE(a.text(0, "repetitions"), QStringLiteral("100000"));
    // Simulated limits: they bracket the value, 99.8% is wider, and the 95% half-width is within 2% of
    // the analytic 1.96 x SE of the slope (2.457280649 in R).
    const double lower = a.number(0, "lower95_0cl"), upper = a.number(0, "upper95_0cl");
    QVERIFY(a.number(0, "lower99_8cl") < lower && lower < a.number(0, "value") && a.number(0, "value") < upper &&
            upper < a.number(0, "upper99_8cl"));
    QVERIFY(a.number(0, "rii_lower95_0cl") < a.number(0, "rii") && a.number(0, "rii") < a.number(0, "rii_upper95_0cl"));
    QVERIFY2(std::abs((upper - lower) / 2 / 2.457280649 - 1) < 0.02, qPrintable(QString::number(upper - lower)));
    // The same seed gives the same file; another seed other (but close) limits.
    QCOMPARE(stats("sii", path("in.csv"), path("b.csv"), options).code, 0);
    QCOMPARE(readAll(path("b.csv")), readAll(path("a.csv")));
    QCOMPARE(stats("sii", path("in.csv"), path("c.csv"), options + opts({"--seed", "7"})).code, 0);
    const Csv c(path("c.csv"));
    QVERIFY(c.number(0, "lower95_0cl") != lower && std::abs(c.number(0, "lower95_0cl") - lower) < 0.1);
}

void TestCliStats::siiFromCountsMatchesThePipeline()
{
    // --count computes each quantile's proportion and Wilson 95% limits, as `jsna stats proportion` does.
    writeFile(path("in.csv"), "area,quantile,count,population\nA,1,120,1000\nA,2,100,1000\nA,3,90,1100\n"
                              "A,4,70,1000\nA,5,60,900\nB,1,30,400\nB,2,20,410\nB,3,25,380\nB,4,12,390\nB,5,9,420\n");
    const QStringList common = opts({"--group", "area", "--type", "proportion", "--repetitions", "2000", "--rii"});
    QCOMPARE(stats("sii", path("in.csv"), path("direct.csv"), common + opts({"--count", "count"})).code, 0);
    QCOMPARE(stats("proportion", path("in.csv"), path("p.csv"),
                   opts({"--group", "area,quantile", "--numerator", "count", "--denominator", "population"}))
                 .code,
             0);
    QCOMPARE(stats("sii", path("p.csv"), path("piped.csv"), common + opts({"--population", "total_pop"})).code, 0);
    QCOMPARE(readAll(path("direct.csv")), readAll(path("piped.csv")));
    QCOMPARE(Csv(path("direct.csv")).rows.size(), 2);
}

void TestCliStats::siiErrors()
{
    QByteArray input = siiInput();
    input.replace("4,14599,", "4,0,");
    writeFile(path("in.csv"), input);
    const Run zero = stats("sii", path("in.csv"), path("out.csv"), opts({"--se", "se"}));
    QCOMPARE(zero.code, 4);
    QVERIFY2(zero.err.contains("in.csv:5:3: the population must be greater than zero"), zero.err.constData());
    writeFile(path("few.csv"), "quantile,population,value,se\n1,10,1,1\n2,10,1,1\n3,10,1,1\n4,10,1,1\n");
    const Run few = stats("sii", path("few.csv"), path("out.csv"), opts({"--se", "se"}));
    QCOMPARE(few.code, 4);
    QVERIFY2(few.err.contains("few.csv:2:") && few.err.contains("between 5 and 100"), few.err.constData());
    writeFile(path("c.csv"), "quantile,population,count\n1,10,1\n2,10,0\n3,10,1\n4,10,1\n5,10,1\n");
    const Run logit = stats("sii", path("c.csv"), path("out.csv"), opts({"--type", "proportion", "--count", "count"}));
    QCOMPARE(logit.code, 4);
    QVERIFY2(logit.err.contains("c.csv:3:3:"), logit.err.constData());
    QCOMPARE(stats("sii", path("c.csv"), path("out.csv"), opts({"--count", "count"})).code, 2);
    QCOMPARE(stats("sii", path("c.csv"), path("out.csv"), opts({"--repetitions", "10"})).code, 2);
    QVERIFY(!QFile::exists(path("out.csv")));
}

void TestCliStats::funnel()
{
    // The R package's example proportions: all four far outside the funnel.
    writeFile(path("p.csv"), "area,numerator,denominator\nE1,10232,15232\nE2,12321,16123\nE3,15123,17932\nE4,13213,18475\n");
    QCOMPARE(stats("funnel", path("p.csv"), path("out.csv"), opts({"--area", "area", "--limits-out"}) << path("l.csv")).code, 0);
    const Csv out(path("out.csv"));
    QCOMPARE(out.header.join(u','), QStringLiteral("area,value,significance,statistic"));
    JSNA_NEAR(out.number(0, "value"), 10232.0 / 15232 * 100);
    QCOMPARE(out.text(0, "significance"), QStringLiteral("Low (0.001)"));
    QCOMPARE(out.text(1, "significance"), QStringLiteral("High (0.001)"));
    QCOMPARE(out.text(3, "significance"), QStringLiteral("Low (0.001)"));
    const Csv limits(path("l.csv"));
    QCOMPARE(limits.header.join(u','), QStringLiteral("denominator,baseline,lower95_0cl,upper95_0cl,lower99_8cl,upper99_8cl"));
    QCOMPARE(limits.rows.size(), 100);
    QCOMPARE(limits.number(0, "denominator"), 10000.0);
    QCOMPARE(limits.number(99, "denominator"), 20000.0);
    JSNA_NEAR(limits.number(50, "baseline"), (10232.0 + 12321 + 15123 + 13213) / (15232.0 + 16123 + 17932 + 18475) * 100);

    // Ratios: significance of each observed/expected, lines placed by R's Poisson bisection.
    writeFile(path("r.csv"), "area_code,observed,expected\nA,30,30\nB,60,40\nC,15,30\nD,100,98\n");
    QCOMPARE(stats("funnel", path("r.csv"), path("out.csv"),
                   opts({"--type", "ratio", "--confidence", "95", "--limits-out"}) << path("l.csv"))
                 .code,
             0);
    const Csv ratio(path("out.csv"));
    JSNA_NEAR(ratio.number(1, "value"), 150.0);
    const QStringList expected{QStringLiteral("Not significant"), QStringLiteral("High (0.025)"),
                               QStringLiteral("Low (0.025)"), QStringLiteral("Not significant")};
    for (qsizetype i = 0; i < 4; ++i)
        QCOMPARE(ratio.text(i, "significance"), expected[i]);
    const Csv lines(path("l.csv"));
    QCOMPARE(lines.header.join(u','), QStringLiteral("observed,baseline,lower95_0cl,upper95_0cl,lower95_0cl_expected,"
                                                     "upper95_0cl_expected"));
    const std::map<double, std::pair<double, double>> r{{1, {5.5716445854321845, 0.025317898204127373}},
                                                        {5, {11.668333103695819, 1.6234863244086331}},
                                                        {10, {18.390357987077753, 4.7953876285107411}}};
    int checked = 0;
    for (qsizetype i = 0; i < lines.rows.size(); ++i) {
        const auto it = r.find(lines.number(i, "observed"));
        if (it == r.end())
            continue;
        ++checked;
        JSNA_NEAR(lines.number(i, "lower95_0cl_expected"), it->second.first);
        JSNA_NEAR(lines.number(i, "upper95_0cl_expected"), it->second.second);
        JSNA_NEAR(lines.number(i, "lower95_0cl"), it->first / it->second.first * 100);
    }
    QCOMPARE(checked, 3);
}

void TestCliStats::funnelErrors()
{
    writeFile(path("p.csv"), "area_code,numerator,denominator\nE1,10,15\nE2,16,15\n");
    const Run over = stats("funnel", path("p.csv"), path("out.csv"), opts({"--limits-out"}) << path("l.csv"));
    QCOMPARE(over.code, 4);
    QVERIFY2(over.err.contains("p.csv:3:2: numerator is greater than its denominator"), over.err.constData());
    QVERIFY(!QFile::exists(path("out.csv")) && !QFile::exists(path("l.csv")));
    QCOMPARE(stats("funnel", path("p.csv"), path("out.csv"), opts({"--confidence", "90"})).code, 2);
    QCOMPARE(stats("funnel", path("p.csv"), path("out.csv"), opts({"--type", "ratio", "--ratio-type", "smr"})).code, 2);
}

void TestCliStats::compare()
{
    // Proportions (x 100) over six years against England's 15%: low is good.
    writeFile(path("in.csv"), "area,year,value,lower95_0cl,upper95_0cl,numerator,denominator,england\n"
                              "A,2018,50,46.9,53.1,500,1000,15\nA,2019,10,8.3,12,100,1000,15\n"
                              "A,2020,12,10.2,14.1,120,1000,15\nA,2021,14,12,16.3,140,1000,15\n"
                              "A,2023,18.5,16.2,21,185,1000,15\nA,2022,16,13.8,18.4,160,1000,15\nB,2023,20,,25,2,10,15\n");
    QCOMPARE(stats("compare", path("in.csv"), path("out.csv"),
                   opts({"--group", "area", "--comparator", "england", "--polarity", "low-is-good", "--period", "year",
                         "--trend-type", "proportion"}))
                 .code,
             0);
    const Csv out(path("out.csv"));
    QCOMPARE(out.header.join(u','), QStringLiteral("area,year,value,lower95_0cl,upper95_0cl,comparator,comparison,"
                                                   "trend,trend_chi_square,trend_reason"));
    const char* comparisons[] = {"Worse", "Better", "Better", "Similar", "Worse", "Similar", "Not compared"};
    for (qsizetype i = 0; i < 7; ++i)
        QCOMPARE(out.text(i, "comparison"), QLatin1String(comparisons[i]));
    // The trend (2019-2023, tests/core/stats/tst_benchmarking.cpp) is on the latest period's row only.
    QCOMPARE(out.text(4, "trend"), QStringLiteral("Increasing and getting worse"));
    QVERIFY(near(out.number(4, "trend_chi_square"), 36.41047234537934, 1e-11));
    QCOMPARE(out.text(5, "trend"), QString());
    QCOMPARE(out.text(6, "trend"), QStringLiteral("Cannot be calculated"));
    QCOMPARE(out.text(6, "trend_reason"), QStringLiteral("Not enough data points"));

    // Other values: weighted regression on value and limits; one comparator for every row.
    writeFile(path("o.csv"), "year,v,lo,hi\n2019,50,48,52\n2020,52,50,54\n2021,55,53,57\n2022,57,55,59\n2023,60,58,62\n");
    QCOMPARE(stats("compare", path("o.csv"), path("out.csv"),
                   opts({"--value", "v", "--lower", "lo", "--upper", "hi", "--comparator-value", "55", "--period", "year"}))
                 .code,
             0);
    const Csv other(path("out.csv"));
    QCOMPARE(other.text(0, "comparison"), QStringLiteral("Lower"));
    QCOMPARE(other.text(2, "comparison"), QStringLiteral("Similar"));
    QCOMPARE(other.text(4, "comparison"), QStringLiteral("Higher"));
    QCOMPARE(other.text(4, "trend"), QStringLiteral("Increasing"));
    QVERIFY(near(other.number(4, "trend_chi_square"), 60.022794085146913, 1e-9));
}

void TestCliStats::compareErrors()
{
    writeFile(path("in.csv"), "area,year,value,lower95_0cl,upper95_0cl\nA,2019,1,0,2\nA,2020,1,0,2\nA,2019,1,0,2\n");
    const Run twice = stats("compare", path("in.csv"), path("out.csv"),
                            opts({"--group", "area", "--period", "year", "--comparator-value", "1"}));
    QCOMPARE(twice.code, 4);
    QVERIFY2(twice.err.contains("in.csv:4:2: period 2019 appears twice"), twice.err.constData());
    writeFile(path("in.csv"), "area,year,value,lower95_0cl,upper95_0cl\nA,2019/20,1,0,2\n");
    const Run text = stats("compare", path("in.csv"), path("out.csv"), opts({"--period", "year", "--comparator-value", "1"}));
    QCOMPARE(text.code, 4);
    QVERIFY2(text.err.contains("in.csv:2:2:"), text.err.constData());
    // --level 99.8 reads lower99_8cl/upper99_8cl, which this file does not have.
    QCOMPARE(stats("compare", path("in.csv"), path("out.csv"), opts({"--level", "99.8", "--comparator-value", "1"})).code, 4);
    QCOMPARE(stats("compare", path("in.csv"), path("out.csv"), opts({"--comparator", "value", "--comparator-value", "1"})).code, 2);
    QCOMPARE(stats("compare", path("in.csv"), path("out.csv"), opts({"--polarity", "up"})).code, 2);
    QVERIFY(!QFile::exists(path("out.csv")));
}

void TestCliStats::helpListsEveryOption()
{
    const Run general = jsna(opts({"stats", "--help"}));
    QCOMPARE(general.code, 0);
    const QRegularExpression optionLine(QStringLiteral("^  --([a-z0-9-]+)( <)?"), QRegularExpression::MultilineOption);
    for (const char* method : {"proportion", "rate", "dsr", "isr", "mean", "life-expectancy", "sii", "quantile",
                               "funnel", "compare"}) {
        const QByteArray entry = QByteArray("\n  ") + method + ' ';
        QVERIFY2(general.out.contains(entry), method);
        const Run help = jsna(opts({"stats", method, "--help"}));
        QCOMPARE(help.code, 0);
        int count = 0;
        for (auto it = optionLine.globalMatch(QString::fromUtf8(help.out)); it.hasNext(); ++count) {
            const QRegularExpressionMatch m = it.next();
            const QString name = u"--" + m.captured(1);
            QVERIFY2(general.out.contains(name.toUtf8()), qPrintable(name));
            // Every option listed is accepted: the run gets as far as the (missing) input file.
            QStringList arguments = opts({"stats", method, "--in", "missing.csv", "--out", "x.csv"}) << name;
            if (!m.captured(2).isEmpty())
                arguments << QStringLiteral("95");
            const Run run = jsna(arguments);
            QVERIFY2(run.code == 3, qPrintable(QLatin1String(method) + u' ' + name + u": " + QString::fromUtf8(run.err)));
        }
        QVERIFY(count >= 4);
    }
    // An option of another method is refused.
    const Run wrong = jsna(opts({"stats", "isr", "--in", "a.csv", "--out", "b.csv", "--rii"}));
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains("rii"), wrong.err.constData());
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
