// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage 1 workspace on the synthetic demo borough (core/demo): every view has something to show,
// and screenshots of each in light and dark palettes.
#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/demo/demo_file.h"
#include "core/epidemiology/epidemiology_data.h"
#include "core/foundation/progress.h"
#include "core/project/project.h"
#include "tests/ui/epidemiology/screenshot_support.h"
#include "ui/charts/chart_panel.h"
#include "ui/epidemiology/area_profile_view.h"
#include "ui/epidemiology/epi_selection.h"
#include "ui/epidemiology/epidemiology_workspace.h"
#include "ui/epidemiology/funnel_view.h"
#include "ui/epidemiology/inequalities_view.h"
#include "ui/epidemiology/models/area_profile_model.h"
#include "ui/epidemiology/population_view.h"
#include "ui/epidemiology/trends_view.h"

using namespace jsna;
using namespace jsna::ui::epidemiology;
using Page = EpidemiologyWorkspace::Page;

class TestEpiDemo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    QUndoStack m_stack;
    std::unique_ptr<EpidemiologyWorkspace> m_workspace;

    qint64 indicatorNamed(const QString& prefix)
    {
        for (const indicators::Indicator& i : m_workspace->data().indicators())
            if (i.name.startsWith(prefix))
                return i.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.jsna"));
        NullProgress progress;
        demo::writeDemoProject(path, progress);
        m_project = project::Project::open(path);
        m_workspace = std::make_unique<EpidemiologyWorkspace>(*m_project, m_stack);
        m_workspace->resize(1440, 900);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        QTRY_VERIFY(m_workspace->data().headlinesLoaded());
    }

    void profileOfTheBorough()
    {
        const AreaProfileModel* model = m_workspace->profile()->model();
        QTRY_VERIFY(!model->profile().rows.isEmpty());
        QVERIFY(model->profile().area.name.startsWith(QStringLiteral("Harbourgate")));
        QVERIFY(model->profile().rows.size() >= 30);
        int compared = 0;
        for (const jsna::epidemiology::ProfileRow& row : model->profile().rows)
            compared += row.comparison != stats::Comparison::NotCompared;
        QVERIFY2(compared >= model->profile().rows.size() / 2, qPrintable(QString::number(compared)));
        // Life expectancy is published for males and females (no persons figure): a row for each.
        QStringList lifeExpectancy;
        for (const jsna::epidemiology::ProfileRow& row : model->profile().rows)
            if (row.indicator.name == u"Life expectancy at birth")
                lifeExpectancy.append(row.label());
        lifeExpectancy.sort();
        QCOMPARE(lifeExpectancy, (QStringList{QStringLiteral("Life expectancy at birth (Female)"),
                                              QStringLiteral("Life expectancy at birth (Male)")}));
    }

    void inequalitiesAndFunnel()
    {
        const qint64 lifeExpectancy = indicatorNamed(QStringLiteral("Life expectancy at birth"));
        const qint64 smoking = indicatorNamed(QStringLiteral("Smoking prevalence in adults"));
        QVERIFY(lifeExpectancy != 0 && smoking != 0);
        m_workspace->selection().setIndicatorId(lifeExpectancy);
        m_workspace->showPage(Page::Inequalities);
        const jsna::epidemiology::InequalityData& data = m_workspace->inequalities()->inequalities();
        QVERIFY(!data.breakdowns.isEmpty());
        bool gradient = false;
        for (const jsna::epidemiology::Breakdown& b : data.breakdowns)
            gradient = gradient || (b.gradient && b.gradient->sii);
        QVERIFY(gradient);
        m_workspace->selection().setIndicatorId(smoking);
        m_workspace->showPage(Page::Funnel);
        QVERIFY2(m_workspace->funnel()->funnel().unavailable.isEmpty(), qPrintable(m_workspace->funnel()->funnel().unavailable));
        m_workspace->showPage(Page::Population);
        QVERIFY(!m_workspace->population()->pyramid().isEmpty());
        m_workspace->showPage(Page::Trends);
        QVERIFY(m_workspace->trends()->trend().focus.points.size() >= 5);
    }

    void screenshots()
    {
        const QList<std::pair<Page, QString>> pages{
            {Page::Indicators, QStringLiteral("indicators")}, {Page::Profile, QStringLiteral("profile")},
            {Page::Compare, QStringLiteral("compare")},       {Page::Trends, QStringLiteral("trends")},
            {Page::Inequalities, QStringLiteral("inequalities")}, {Page::Population, QStringLiteral("population")},
            {Page::Funnel, QStringLiteral("funnel")}};
        for (const auto& [suffix, palette] : {std::pair{QStringLiteral("light"), test::lightPalette()},
                                              std::pair{QStringLiteral("dark"), test::darkPalette()}}) {
            m_workspace->setPalette(palette);
            for (const auto& [page, name] : pages) {
                m_workspace->showPage(page);
                QApplication::processEvents();
                QVERIFY(!test::saveScreenshot(m_workspace.get(), QStringLiteral("demo_%1_%2").arg(name, suffix)).isEmpty());
            }
        }
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_project.reset();
    }
};

QTEST_MAIN(TestEpiDemo)
#include "tst_epi_demo.moc"
