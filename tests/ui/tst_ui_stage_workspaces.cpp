// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage 1 and Stage 2 pages pair their overview with the working views, which follow the open
// project and are gone before it closes.
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "tests/ui/gui_fixtures.h"
#include "ui/epidemiology/epidemiology_workspace.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/stage_workspaces.h"
#include "ui/workshop/workshop_stage.h"

using namespace jsna;

class TestStageWorkspaces final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workspacesFollowTheProject()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.jsna"));
        const QString second = m_dir.filePath(QStringLiteral("second.jsna"));
        test::writeSmallProject(first);
        test::writeSmallProject(second);
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        auto* epiTabs = qobject_cast<QTabWidget*>(window.workspaces()->epidemiologyContainer());
        auto* workshopTabs = qobject_cast<QTabWidget*>(window.workspaces()->workshopsContainer());
        QVERIFY(epiTabs && workshopTabs);
        QCOMPARE(epiTabs->count(), 1); // overview only, no project yet

        QVERIFY(window.controller().openProject(first));
        QCOMPARE(epiTabs->count(), 2);
        QCOMPARE(workshopTabs->count(), 2);
        QVERIFY(window.workspaces()->epidemiology() != nullptr);
        QVERIFY(window.workspaces()->workshops() != nullptr);

        window.showPage(ui::MainWindow::Epidemiology);
        window.workspaces()->showWorkspace(epiTabs);
        QTRY_VERIFY(epiTabs->currentWidget() == window.workspaces()->epidemiology());
        const QString shots = QStringLiteral(JSNA_UI_SHOTS_DIR);
        QDir().mkpath(shots);
        QTest::qWait(200);
        QVERIFY(window.grab().save(shots + QStringLiteral("/stage1-workspace.png")));
        window.showPage(ui::MainWindow::Workshops);
        window.workspaces()->showWorkspace(workshopTabs);
        QTest::qWait(200);
        QVERIFY(window.grab().save(shots + QStringLiteral("/stage2-workspace.png")));

        // Opening another project replaces the views; closing removes them.
        auto* before = window.workspaces()->epidemiology();
        QVERIFY(window.controller().openProject(second));
        QCOMPARE(epiTabs->count(), 2);
        QVERIFY(window.workspaces()->epidemiology() != before);
        window.controller().closeProject();
        QCOMPARE(epiTabs->count(), 1);
        QCOMPARE(workshopTabs->count(), 1);
        QVERIFY(window.workspaces()->epidemiology() == nullptr);
    }
};

QTEST_MAIN(TestStageWorkspaces)
#include "tst_ui_stage_workspaces.moc"
