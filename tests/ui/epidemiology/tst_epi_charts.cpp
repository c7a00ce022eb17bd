// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QImage>
#include <QPrinter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "core/epidemiology/area_profile.h"
#include "core/epidemiology/epidemiology_data.h"
#include "core/epidemiology/funnel_query.h"
#include "core/epidemiology/inequality_query.h"
#include "core/epidemiology/population_query.h"
#include "core/epidemiology/trend_query.h"
#include "core/project/project.h"
#include "tests/core/epidemiology/epi_fixture.h"
#include "tests/ui/epidemiology/screenshot_support.h"
#include "ui/charts/chart_export.h"
#include "ui/charts/chart_panel.h"
#include "ui/charts/chart_renderer.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/funnel_chart.h"
#include "ui/charts/inequality_chart.h"
#include "ui/charts/pyramid_chart.h"
#include "ui/charts/spine_chart.h"
#include "ui/charts/spine_painter.h"
#include "ui/charts/trend_chart.h"

using namespace jsna;
using namespace jsna::ui::charts;
using epidemiology::ConfidenceLevel;
namespace fx = jsna::test::fixture;

class TestEpiCharts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // keep files for inspection when JSNA_KEEP_EXPORTS is set

    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<epidemiology::EpidemiologyData> m_data;
    QString bravo() const { return QString::fromUtf16(fx::kBravo); }

    QList<ChartSpec> allSpecs()
    {
        QList<ChartSpec> specs;
        specs.append(buildSpineChart(epidemiology::buildAreaProfile(*m_data, bravo(), ConfidenceLevel::P95)));
        specs.append(buildTrendChart(epidemiology::trendFor(*m_data, fx::kSmoking, bravo(), ConfidenceLevel::P95)));
        const epidemiology::InequalityData inequalities =
            epidemiology::inequalitiesFor(*m_data, fx::kSmoking, bravo(), {}, ConfidenceLevel::P95, 2000);
        specs.append(buildInequalityChart(inequalities, inequalities.breakdowns.at(0)));
        specs.append(buildPyramidChart(epidemiology::pyramidFor(*m_data, bravo(), 0)));
        specs.append(buildFunnelChart(epidemiology::funnelFor(*m_data, fx::kSmoking, bravo())));
        return specs;
    }

private slots:
    void initTestCase()
    {
        m_project = test::createEpiFixture(m_dir.filePath(QStringLiteral("fixture.jsna")));
        m_data = std::make_unique<epidemiology::EpidemiologyData>(*m_project);
    }

    void spineSpecCarriesRagAndOrientation()
    {
        const ChartSpec spec = buildSpineChart(epidemiology::buildAreaProfile(*m_data, bravo(), ConfidenceLevel::P95));
        QCOMPARE(spec.kind, ChartKind::Spine);
        QCOMPARE(spec.spine.size(), 5);
        const auto find = [&spec](const QString& name) {
            return *std::find_if(spec.spine.cbegin(), spec.spine.cend(), [&name](const SpineRow& r) { return r.indicator == name; });
        };
        const SpineRow smoking = find(QStringLiteral("Smoking prevalence in adults"));
        QCOMPARE(smoking.tone, Tone::Worse);
        QCOMPARE(ChartStyle::fromPalette(QPalette()).colour(smoking.tone), QColor(0xC0, 0x00, 0x00));
        QCOMPARE(smoking.value, QStringLiteral("20.0"));
        QCOMPARE(smoking.england, QStringLiteral("13.0"));
        QCOMPARE(smoking.worst, QStringLiteral("20.0")); // low is good: the worst is the highest
        QCOMPARE(smoking.best, QStringLiteral("10.0"));
        QVERIFY(!smoking.lowIsWorst);
        QVERIFY(smoking.trend.contains(QStringLiteral("Increasing and getting worse")));
        QVERIFY(smoking.tooltip.contains(QStringLiteral("Method: Fixture method")));
        QVERIFY(smoking.tooltip.contains(QStringLiteral("Source: Fixture source")));
        QVERIFY(smoking.tooltip.contains(QStringLiteral("95% CI 18.0 to 22.0")));
        // England's value is in the centre; the worst end (highest smoking) on the left.
        const QRectF rect(0, 0, 200, 20);
        QCOMPARE(spine::position(smoking, 13.0, rect), 100.0);
        QVERIFY(spine::position(smoking, 20.0, rect) < spine::position(smoking, 10.0, rect));
        QCOMPARE(find(QStringLiteral("Population aged 65 and over")).tone, Tone::Lower);
        QCOMPARE(ChartStyle::fromPalette(QPalette()).colour(Tone::Lower), QColor(0x55, 0x55, 0xE6));
        QCOMPARE(spec.table.rows.size(), 5);
        QVERIFY(spec.table.toTsv().startsWith(QStringLiteral("Indicator\tDomain\tPeriod")));
    }

    void trendSpec()
    {
        const ChartSpec spec = buildTrendChart(epidemiology::trendFor(*m_data, fx::kSmoking, bravo(), ConfidenceLevel::P95));
        QCOMPARE(spec.x.categories, (QStringList{QStringLiteral("2018"), QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022")}));
        QCOMPARE(spec.series.size(), 4); // band, Bravo, England, London
        QCOMPARE(spec.series.at(1).name, QStringLiteral("Bravo"));
        QCOMPARE(spec.series.at(1).points.last().tone, Tone::Worse);
        QCOMPARE(spec.series.at(1).points.first().tone, Tone::Similar);
        QVERIFY(spec.subtitle.contains(QStringLiteral("Increasing and getting worse")));
        QCOMPARE(spec.table.rows.size(), 5 + 5 + 5);
    }

    void inequalitySpec()
    {
        const epidemiology::InequalityData data =
            epidemiology::inequalitiesFor(*m_data, fx::kSmoking, bravo(), {}, ConfidenceLevel::P95, 2000);
        const ChartSpec spec = buildInequalityChart(data, data.breakdowns.at(0));
        QCOMPARE(spec.x.categories.first(), QStringLiteral("Most deprived quintile (IMD2019)"));
        QCOMPARE(spec.series.first().points.first().tone, Tone::Worse);  // 28 vs 20 overall
        QCOMPARE(spec.series.first().points.last().tone, Tone::Better);  // 12
        QVERIFY(spec.subtitle.contains(QStringLiteral("differ significantly")));
        QVERIFY(spec.notes.join(u' ').contains(QStringLiteral("SII -20.0")));
    }

    void rendererBuildsSeries()
    {
        const epidemiology::InequalityData data =
            epidemiology::inequalitiesFor(*m_data, fx::kSmoking, bravo(), {}, ConfidenceLevel::P95, 2000);
        QChart chart;
        ChartRenderer::populate(chart, buildInequalityChart(data, data.breakdowns.at(0)), ChartStyle::fromPalette(QPalette()));
        QVERIFY(chart.animationOptions() == QChart::NoAnimation);
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart.series().first());
        QVERIFY(bars);
        QStringList labels;
        for (QBarSet* set : bars->barSets())
            labels.append(set->label());
        QVERIFY(labels.contains(QStringLiteral("Worse")));
        for (QBarSet* set : bars->barSets())
            if (set->label() == u"Worse") {
                QCOMPARE(set->color(), QColor(0xC0, 0x00, 0x00));
                QCOMPARE(set->at(set->count() - 1), 28.0); // most deprived drawn on top: the last category
            }
    }

    void exportsAreWrittenAndReadable()
    {
        const ChartStyle style = exportStyle(QApplication::font());
        for (const ChartSpec& spec : allSpecs()) {
            const QString id = chartKindId(spec.kind);
            const QString png = m_dir.filePath(id + QStringLiteral(".png"));
            const QString svg = m_dir.filePath(id + QStringLiteral(".svg"));
            writePng(spec, png, style);
            writeSvg(spec, svg, style);
            const QImage image(png);
            QVERIFY2(!image.isNull(), qPrintable(id));
            QVERIFY(image.width() >= 1800);
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString root;
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
                    root = xml.name().toString();
            QVERIFY2(!xml.hasError(), qPrintable(id + u": " + xml.errorString() + u" at line " +
                                                  QString::number(xml.lineNumber()) + u" column " +
                                                  QString::number(xml.columnNumber()) + u" of " + svg));
            QCOMPARE(root, QStringLiteral("svg"));
            QVERIFY(QSvgRenderer(svg).isValid());
            const QString dir = qEnvironmentVariable("JSNA_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                QFile::copy(png, dir + QStringLiteral("/export_") + id + QStringLiteral(".png"));
        }
    }

    void printsToPdf()
    {
        const ChartSpec spec = buildSpineChart(epidemiology::buildAreaProfile(*m_data, bravo(), ConfidenceLevel::P95));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("spine.pdf"));
        printer.setOutputFileName(pdf);
        print(spec, printer, exportStyle(QApplication::font()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 10000);
        QVERIFY(file.read(5) == "%PDF-");
    }

    void copyPutsTsvOnClipboard()
    {
        const ChartSpec spec = buildPyramidChart(epidemiology::pyramidFor(*m_data, bravo(), 0));
        copyTable(spec);
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.startsWith(QStringLiteral("Age band\tMale\tFemale")));
        QCOMPARE(text.count(u'\n'), 20);
    }

    void panelsInLightAndDark()
    {
        const QList<ChartSpec> specs = allSpecs();
        for (const auto& [name, palette] : {std::pair{QStringLiteral("light"), test::lightPalette()},
                                            std::pair{QStringLiteral("dark"), test::darkPalette()}}) {
            for (const ChartSpec& spec : specs) {
                if (spec.kind == ChartKind::Spine)
                    continue;
                ui::charts::ChartPanel panel;
                panel.setPalette(palette);
                panel.setAutoFillBackground(true);
                panel.resize(1000, 620);
                panel.setSpec(spec);
                panel.show();
                QVERIFY(QTest::qWaitForWindowExposed(&panel));
                test::saveScreenshot(&panel, QStringLiteral("chart_%1_%2").arg(chartKindId(spec.kind), name));
                QCOMPARE(panel.chart()->backgroundBrush().color(), palette.color(QPalette::Base));
            }
        }
    }

    void cleanupTestCase()
    {
        m_data.reset();
        m_project.reset();
    }
};

QTEST_MAIN(TestEpiCharts)
#include "tst_epi_charts.moc"
