// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QChart>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include "ui/epidemiology/rotated_header_view.h"
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QLineEdit>
#include <QSortFilterProxyModel>

#include "core/epidemiology/epidemiology_data.h"
#include "core/evidence/evidence_repository.h"
#include "core/project/project.h"
#include "tests/core/epidemiology/epi_fixture.h"
#include "tests/ui/epidemiology/screenshot_support.h"
#include "ui/charts/chart_panel.h"
#include "ui/charts/chart_toolbar.h"
#include "ui/epidemiology/add_evidence_dialog.h"
#include "ui/epidemiology/area_profile_view.h"
#include "ui/epidemiology/compare_areas_view.h"
#include "ui/epidemiology/epi_selection.h"
#include "ui/epidemiology/epidemiology_workspace.h"
#include "ui/epidemiology/evidence_panel.h"
#include "ui/epidemiology/funnel_view.h"
#include "ui/epidemiology/indicator_browser.h"
#include "ui/epidemiology/inequalities_view.h"
#include "ui/epidemiology/models/area_profile_model.h"
#include "ui/epidemiology/models/evidence_model.h"
#include "ui/epidemiology/models/tartan_model.h"
#include "ui/epidemiology/population_view.h"
#include "ui/epidemiology/trends_view.h"

using namespace jsna;
using namespace jsna::ui::epidemiology;
using Page = EpidemiologyWorkspace::Page;
namespace fx = jsna::test::fixture;

class TestEpiViews final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<EpidemiologyWorkspace> m_workspace;

    EpidemiologyWorkspace& ws() { return *m_workspace; }

    // The colour drawn near the left edge of a cell (inside the cell's fill, away from the text).
    static QColor cellColour(QAbstractItemView* view, const QModelIndex& index)
    {
        const QImage image = view->viewport()->grab().toImage();
        const QRect rect = view->visualRect(index);
        const qreal dpr = image.devicePixelRatio();
        return image.pixelColor(QPoint(int((rect.left() + 4) * dpr), int(rect.center().y() * dpr)));
    }

    void screenshots(const QString& suffix)
    {
        const QList<std::pair<Page, QString>> pages{{Page::Indicators, QStringLiteral("indicators")},
                                                    {Page::Profile, QStringLiteral("profile")},
                                                    {Page::Compare, QStringLiteral("compare")},
                                                    {Page::Trends, QStringLiteral("trends")},
                                                    {Page::Inequalities, QStringLiteral("inequalities")},
                                                    {Page::Population, QStringLiteral("population")},
                                                    {Page::Funnel, QStringLiteral("funnel")}};
        for (const auto& [page, name] : pages) {
            ws().showPage(page);
            QApplication::processEvents();
            test::saveScreenshot(&ws(), QStringLiteral("workspace_%1_%2").arg(name, suffix));
        }
    }

private slots:
    void init()
    {
        m_project = test::createEpiFixture(m_dir.filePath(QStringLiteral("views-%1.jsna").arg(++m_counter)));
        m_stack = std::make_unique<QUndoStack>();
        m_workspace = std::make_unique<EpidemiologyWorkspace>(*m_project, *m_stack);
        ws().resize(1440, 900);
        ws().show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws()));
        QTRY_VERIFY(ws().data().headlinesLoaded());
    }
    void cleanup()
    {
        m_workspace.reset();
        m_stack.reset();
        m_project.reset();
    }

    void startsOnTheFocusAreaProfile()
    {
        QCOMPARE(ws().currentPage(), Page::Profile);
        QCOMPARE(ws().selection().areaCode(), QString::fromUtf16(fx::kBravo));
        QVERIFY(ws().areaBox()->currentText().startsWith(QStringLiteral("Bravo")));
        AreaProfileModel* model = ws().profile()->model();
        QTRY_COMPARE(model->profile().rows.size(), 5);
        const QModelIndex smoking = model->indexOf(fx::kSmoking, AreaProfileModel::Column::Value);
        QCOMPARE(smoking.data().toString(), QStringLiteral("20.0"));
        QTreeView* tree = ws().profile()->tree();
        tree->scrollTo(smoking);
        // The known "Worse" indicator is drawn in Fingertips red, the "Lower" one in the darker blue.
        QCOMPARE(cellColour(tree, smoking), QColor(0xC0, 0x00, 0x00));
        QCOMPARE(cellColour(tree, model->indexOf(fx::kOlder, AreaProfileModel::Column::Value)), QColor(0x55, 0x55, 0xE6));
        QCOMPARE(cellColour(tree, model->indexOf(fx::kActive, AreaProfileModel::Column::Value)), QColor(0x92, 0xD0, 0x50));
        QVERIFY(model->indexOf(fx::kSmoking, AreaProfileModel::Column::Trend).data().toString().contains(
            QStringLiteral("Increasing and getting worse")));
    }

    void confidenceLevelRecolours()
    {
        ws().levelBox()->setCurrentIndex(1);
        emit ws().levelBox()->activated(1);
        QCOMPARE(ws().selection().level(), jsna::epidemiology::ConfidenceLevel::P998);
        AreaProfileModel* model = ws().profile()->model();
        QTRY_COMPARE(model->profile().level, jsna::epidemiology::ConfidenceLevel::P998);
        const QModelIndex active = model->indexOf(fx::kActive, AreaProfileModel::Column::Value);
        QCOMPARE(cellColour(ws().profile()->tree(), active), QColor(0xFF, 0xC0, 0x00)); // Similar at 99.8%
    }

    void switchingAreaUpdatesVisibleViewOnly()
    {
        const int alpha = ws().areaBox()->findData(QString::fromUtf16(fx::kAlpha));
        QVERIFY(alpha >= 0);
        ws().areaBox()->setCurrentIndex(alpha);
        emit ws().areaBox()->activated(alpha);
        QCOMPARE(ws().profile()->model()->profile().area.name, QStringLiteral("Alpha"));
        QCOMPARE(ws().profile()->model()->indexOf(fx::kSmoking, AreaProfileModel::Column::Value).data(Qt::BackgroundRole).value<QColor>(),
                 QColor(0x92, 0xD0, 0x50)); // Alpha 10% (8-12) vs England 13%: Better
        // Hidden views refresh when shown.
        ws().showPage(Page::Population);
        QCOMPARE(ws().population()->pyramid().area.name, QStringLiteral("Alpha"));
    }

    void indicatorBrowserSearchesAndDefines()
    {
        ws().showPage(Page::Indicators);
        IndicatorBrowser* browser = ws().indicators();
        QTest::keyClicks(browser->search(), QStringLiteral("cardio"));
        QCOMPARE(browser->proxy()->rowCount(), 1);
        const QModelIndex domain = browser->proxy()->index(0, 0);
        const QModelIndex cvd = browser->proxy()->index(0, 0, domain);
        browser->tree()->setCurrentIndex(cvd);
        QCOMPARE(ws().selection().indicatorId(), fx::kCvd);
        const QString definition = browser->definition()->toPlainText();
        QVERIFY(definition.contains(QStringLiteral("Under 75 mortality from cardiovascular disease")));
        QVERIFY(definition.contains(QStringLiteral("per 100,000")));
        QVERIFY(definition.contains(QStringLiteral("Low is good")));
        QVERIFY(definition.contains(QStringLiteral("Fixture source")));
        QVERIFY(definition.contains(QStringLiteral("Fixture caveats.")));
        QVERIFY(definition.contains(QStringLiteral("2022")));
        QCOMPARE(ws().indicatorBox()->currentText(), QStringLiteral("Under 75 mortality from cardiovascular disease"));
    }

    void compareAreasColoursAndSorts()
    {
        ws().showPage(Page::Compare);
        QTableView* table = ws().compare()->table();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        QVERIFY(proxy);
        QCOMPARE(proxy->columnCount(), TartanModel::kFixedColumns + 8);
        int smokingRow = -1;
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(TartanModel::IndicatorIdRole).toLongLong() == fx::kSmoking)
                smokingRow = r;
        const QModelIndex bravo = proxy->index(smokingRow, TartanModel::kFixedColumns + 2);
        QCOMPARE(bravo.data().toString(), QStringLiteral("20.0"));
        table->scrollTo(bravo);
        QCOMPARE(cellColour(table, bravo), QColor(0xC0, 0x00, 0x00));
        table->sortByColumn(TartanModel::kFixedColumns + 2, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, TartanModel::kFixedColumns + 2).data().toString(), QStringLiteral("80.0"));
    }

    void trendsInequalitiesPopulationFunnel()
    {
        ws().selection().setIndicatorId(fx::kSmoking);
        ws().showPage(Page::Trends);
        const jsna::ui::charts::ChartSpec& trend = ws().trends()->panel()->spec();
        QVERIFY(trend.subtitle.contains(QStringLiteral("Increasing and getting worse")));
        QCOMPARE(trend.series.size(), 4);
        QVERIFY(!ws().trends()->panel()->chart()->series().isEmpty());

        ws().showPage(Page::Inequalities);
        InequalitiesView* inequalities = ws().inequalities();
        QCOMPARE(inequalities->breakdowns()->count(), 3);
        QVERIFY(inequalities->breakdowns()->item(0)->text().startsWith(QStringLiteral("\u26A0")));
        QVERIFY(!inequalities->breakdowns()->item(2)->text().startsWith(QStringLiteral("\u26A0")));
        QVERIFY(inequalities->summary()->text().contains(QStringLiteral("2 of 3 breakdowns")));
        QVERIFY(inequalities->panel()->spec().notes.join(u' ').contains(QStringLiteral("SII -20.0")));
        inequalities->selectBreakdown(1);
        QVERIFY(inequalities->panel()->spec().title.contains(QStringLiteral("by sex")));

        ws().showPage(Page::Population);
        QCOMPARE(ws().population()->panel()->spec().title, QStringLiteral("Population: Bravo, 2022"));

        ws().showPage(Page::Funnel);
        QCOMPARE(ws().funnel()->funnel().points.size(), 6);
        QVERIFY(!ws().funnel()->panel()->spec().isEmpty());
        ws().selection().setIndicatorId(fx::kLifeExpectancy);
        QVERIFY(ws().funnel()->panel()->spec().isEmpty()); // no counts behind life expectancy
    }

    void addToEvidenceFromAChartIsUndoable()
    {
        ws().selection().setIndicatorId(fx::kSmoking);
        ws().showPage(Page::Trends);
        QToolButton* add = ws().trends()->panel()->toolbar()->button(QStringLiteral("addEvidence"));
        QVERIFY(add && add->isEnabled());
        add->click();
        auto* dialog = ws().trends()->findChild<AddEvidenceDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->findingEdit()->toPlainText().contains(QStringLiteral("increasing and getting worse")));
        dialog->findingEdit()->setPlainText(QStringLiteral("Smoking is rising in Bravo while falling in England"));
        dialog->accept();

        EvidenceModel* model = ws().evidence()->model();
        QCOMPARE(model->rowCount(), 1);
        const evidence::EvidenceItem item = *model->item(model->index(0, 0));
        QCOMPARE(item.data.finding, QStringLiteral("Smoking is rising in Bravo while falling in England"));
        QCOMPARE(item.data.chartKind, QStringLiteral("trend"));
        QCOMPARE(item.data.indicatorId, std::optional<qint64>(fx::kSmoking));
        QCOMPARE(item.data.areaCodes.first(), QString::fromUtf16(fx::kBravo));
        QCOMPARE(item.data.period, QStringLiteral("2018 to 2022"));
        QCOMPARE(m_stack->count(), 1);

        // From the inequalities view, the breakdown is part of the selection.
        ws().showPage(Page::Inequalities);
        QVERIFY(ws().inequalities()->recordEvidence(QStringLiteral("Steep deprivation gradient")) > 0);
        QCOMPARE(model->item(model->index(0, 0))->data.breakdown,
                 QStringLiteral("LSOA11 deprivation quintiles in England (IMD2019)"));

        // Delete both from the panel; undo brings them back; undo again removes the second add.
        ws().evidence()->table()->selectAll();
        ws().evidence()->deleteButton()->click();
        QCOMPARE(model->rowCount(), 0);
        m_stack->undo();
        QCOMPARE(model->rowCount(), 2);
        m_stack->undo();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(evidence::EvidenceRepository(*m_project).all().size(), 1);

        // "Show" goes back to where a finding came from.
        ws().showPage(Page::Profile);
        ws().evidence()->table()->selectRow(0);
        ws().evidence()->findChild<QPushButton*>(QStringLiteral("showEvidence"))->click();
        QCOMPARE(ws().currentPage(), Page::Trends);
    }

    void tartanHeaderShowsAreaNamesUpright()
    {
        QStandardItemModel model(2, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("Indicator"), QStringLiteral("Period"), QStringLiteral("England"),
                                         QStringLiteral("Bravo")});
        QTableView view;
        view.setModel(&model);
        auto* header = new RotatedHeaderView(2, &view);
        view.setHorizontalHeader(header);
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(header->height() > header->fontMetrics().horizontalAdvance(QStringLiteral("England")));
        // Text is drawn in the rotated sections (dark pixels on the light header).
        const QImage image = header->grab().toImage();
        const int x0 = header->sectionViewportPosition(2);
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = x0; x < x0 + header->sectionSize(2); ++x)
                dark += image.pixelColor(x, y).lightnessF() < 0.4;
        QVERIFY(dark > 20);
    }

    void screenshotsLightAndDark()
    {
        ws().selection().setIndicatorId(fx::kSmoking);
        ws().setPalette(test::lightPalette());
        screenshots(QStringLiteral("light"));
        ws().setPalette(test::darkPalette());
        screenshots(QStringLiteral("dark"));
        ws().showPage(Page::Profile);
        QCOMPARE(cellColour(ws().profile()->tree(),
                            ws().profile()->model()->indexOf(fx::kSmoking, AreaProfileModel::Column::Value)),
                 QColor(0xC0, 0x00, 0x00)); // benchmark colours do not change with the palette
    }
};

QTEST_MAIN(TestEpiViews)
#include "tst_epi_views.moc"
