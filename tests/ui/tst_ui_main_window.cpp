// SPDX-License-Identifier: GPL-3.0-or-later
// GUI smoke tests of the main window, offscreen: the stage pages' counts for a known project and for
// the demo, refresh on change, shortcuts, undo and redo of project properties, help, no display.
#include <QAction>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoGroup>

#include "core/project/project.h"
#include "core/project/project_summary.h"
#include "tests/common/test_support.h"
#include "tests/ui/gui_fixtures.h"
#include "tests/ui/window_probe.h"
#include "ui/commands/project_undo_stack.h"
#include "ui/epidemiology/epidemiology_workspace.h"
#include "ui/overview/epidemiology_page.h"
#include "ui/overview/overview_page.h"
#include "ui/shell/app_settings.h"
#include "ui/shell/help_dialogs.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/project_properties_dialog.h"
#include "ui/shell/project_status.h"
#include "ui/shell/recent_files.h"
#include "ui/shell/stage_workspaces.h"
#include "ui/shell/welcome_page.h"
#include "ui/widgets/badge_label.h"
#include "ui/widgets/fact_list.h"
#include "ui/widgets/guidance_panel.h"
#include "ui/widgets/stat_tile.h"

using jsna::project::Project;
using jsna::test::MessageBoxCatcher;
using jsna::test::tableRows;
using jsna::test::tileValue;
using jsna::ui::MainWindow;
using jsna::ui::OverviewPage;
namespace small = jsna::test::small_project;

class TestUiMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_small;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("JSNA Workbench Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_main_window"));
        m_small = path(QStringLiteral("small.jsna"));
        jsna::test::writeSmallProject(m_small);
    }

    void init() { QSettings().clear(); }

    void startsOnTheWelcomePageWithNoProject()
    {
        MainWindow window;
        window.startSession({});
        QVERIFY(window.isShowingWelcome());
        QVERIFY(!window.controller().project());
        QCOMPARE(window.windowTitle(), QStringLiteral("JSNA Workbench"));
        QVERIFY(!window.actions().saveCopy->isEnabled());
        QVERIFY(!window.actions().close->isEnabled());
        QVERIFY(!window.actions().undo->isEnabled());
        QVERIFY(window.actions().newProject->isEnabled());
    }

    void standardShortcuts()
    {
        MainWindow window;
        const jsna::ui::MainActions& a = window.actions();
        QCOMPARE(a.newProject->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(a.open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        QCOMPARE(a.saveCopy->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(a.close->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(a.quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(a.undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(a.redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(a.pages.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.pages.at(i)->shortcut(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        QVERIFY(!a.importData || a.importData->text().contains(u"Import"));
    }

    void opensAProjectAndEveryPageShowsItsCounts()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.controller().openProject(m_small));
        QVERIFY(!window.isShowingWelcome());
        QCOMPARE(window.windowTitle(), QStringLiteral("Testborough JSNA \u2014 JSNA Workbench"));

        QCOMPARE(tileValue(window, MainWindow::Home, QStringLiteral("areas")),
                 QString::number(small::kAreas));
        QCOMPARE(tileValue(window, MainWindow::Home, QStringLiteral("indicators")),
                 QString::number(small::kIndicators));
        QCOMPARE(tileValue(window, MainWindow::Home, QStringLiteral("values")),
                 QString::number(small::kValues));
        QCOMPARE(tileValue(window, MainWindow::Home, QStringLiteral("populations")), QStringLiteral("2"));
        auto* tables =
            window.page(MainWindow::Home)->findChild<jsna::ui::FactList*>(QStringLiteral("facts.tables"));
        QCOMPARE(tables->valueOf(QStringLiteral("indicator_values")), QString::number(small::kValues));

        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("areas")),
                 QString::number(small::kAreas));
        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("indicators")),
                 QString::number(small::kIndicators));
        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("values")),
                 QString::number(small::kValues));
        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("worse")), QStringLiteral("1"));
        QCOMPARE(tableRows(window, MainWindow::Epidemiology, QStringLiteral("worse")), 1);
        auto* epi = qobject_cast<jsna::ui::EpidemiologyPage*>(window.page(MainWindow::Epidemiology));
        QCOMPARE(epi->facts(QStringLiteral("areas"))->valueOf(QStringLiteral("LSOA")), QStringLiteral("4"));
        QCOMPARE(
            epi->facts(QStringLiteral("deprivation"))->valueOf(QStringLiteral("LSOAs with an IMD decile")),
            QStringLiteral("4 of 4"));
        QVERIFY(epi->guidance()->plainText().contains(u"Stage 2"));

        QCOMPARE(tileValue(window, MainWindow::Workshops, QStringLiteral("conclusions")),
                 QStringLiteral("1"));
        QCOMPARE(tileValue(window, MainWindow::Workshops, QStringLiteral("strengths")), QStringLiteral("1"));
        QCOMPARE(tableRows(window, MainWindow::Workshops, QStringLiteral("conclusions")), 1);

        QCOMPARE(tileValue(window, MainWindow::Engagement, QStringLiteral("gaps")), QStringLiteral("2"));
        QCOMPARE(tileValue(window, MainWindow::Engagement, QStringLiteral("widest")),
                 QStringLiteral("4.0\u00d7"));
        QCOMPARE(tableRows(window, MainWindow::Engagement, QStringLiteral("wards")), 2);
        QVERIFY(
            window.page(MainWindow::Engagement)->guidance()->plainText().contains(u"Most deprived quintile"));

        QCOMPARE(tileValue(window, MainWindow::Report, QStringLiteral("chapters")), QStringLiteral("3"));
        QCOMPARE(tileValue(window, MainWindow::Report, QStringLiteral("suppressed")),
                 QStringLiteral("1\u20137"));
        QCOMPARE(tileValue(window, MainWindow::Report, QStringLiteral("rounding")), QStringLiteral("5"));

        QCOMPARE(window.projectStatus()->pathLabel()->text(), m_small);
        QVERIFY(!window.projectStatus()->syntheticBadge()->isVisible());
        QVERIFY(!window.projectStatus()->readOnlyBadge()->isVisible());
        window.controller().closeProject();
    }

    void pagesRefreshWhenTheProjectChanges()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.controller().openProject(m_small));
        window.showPage(MainWindow::Report);
        Project* project = window.controller().project();
        project->setMeta(QStringLiteral("synthetic"), QStringLiteral("1"));
        QTRY_VERIFY(window.projectStatus()->syntheticBadge()->isVisible());
        QTRY_VERIFY(
            window.page(MainWindow::Report)->guidance()->plainText().contains(u"synthetic demo data"));
        project->setMeta(QStringLiteral("synthetic"), QStringLiteral("0"));
        QTRY_VERIFY(!window.projectStatus()->syntheticBadge()->isVisible());
        window.controller().closeProject();
    }

    void guidanceLinksOpenPagesAndWorkspaces()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.controller().openProject(m_small));
        OverviewPage* epidemiology = window.page(MainWindow::Epidemiology);
        emit epidemiology->linkActivated(QStringLiteral("jsna:page/3"));
        QCOMPARE(window.currentPage(), int(MainWindow::Engagement));
        emit epidemiology->linkActivated(QStringLiteral("jsna:workspace/1"));
        QCOMPARE(window.currentPage(), int(MainWindow::Epidemiology));
        QVERIFY(window.workspaces()->epidemiology());
        QVERIFY(window.workspaces()->epidemiology()->isVisible());
        QVERIFY(!epidemiology->isVisible());
        window.controller().closeProject();
    }

    void keyboardSwitchesPages()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.controller().openProject(m_small));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::Workshops));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::Home));
        window.controller().closeProject();
    }

    void propertiesEditIsUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.controller().openProject(m_small));
        QAction* undo = window.actions().undo;
        QAction* redo = window.actions().redo;
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        {
            jsna::ui::ProjectPropertiesDialog dialog(*window.controller().project(),
                                                     *window.controller().undoStack(), &window);
            QCOMPARE(dialog.titleEdit()->text(), QString::fromLatin1(small::kTitle));
            dialog.titleEdit()->setText(QStringLiteral("Renamed JSNA"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(window.controller().project()->title(), QStringLiteral("Renamed JSNA"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Renamed JSNA \u2014 JSNA Workbench"));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QVERIFY(undo->text().contains(u"project title"));

        undo->trigger();
        QCOMPARE(window.controller().project()->title(), QString::fromLatin1(small::kTitle));
        QCOMPARE(window.windowTitle(), QStringLiteral("Testborough JSNA \u2014 JSNA Workbench"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());

        redo->trigger();
        QCOMPARE(window.controller().project()->title(), QStringLiteral("Renamed JSNA"));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        // Several fields in one visit to the dialog are one undo step.
        {
            jsna::ui::ProjectPropertiesDialog dialog(*window.controller().project(),
                                                     *window.controller().undoStack(), &window);
            dialog.organisationEdit()->setText(QStringLiteral("Testborough Council"));
            dialog.titleEdit()->setText(QString::fromLatin1(small::kTitle));
            dialog.accept();
        }
        QCOMPARE(window.controller().undoStack()->count(), 2);
        undo->trigger();
        QCOMPARE(window.controller().project()->meta(QStringLiteral("organisation")), QString());
        QCOMPARE(window.controller().project()->title(), QStringLiteral("Renamed JSNA"));
        undo->trigger();
        QCOMPARE(window.controller().project()->title(), QString::fromLatin1(small::kTitle));

        // The history belongs to the project: closing it clears undo and redo.
        window.controller().closeProject();
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QVERIFY(!window.undoGroup()->activeStack());
    }

    void helpHasRealContent()
    {
        const QString about = jsna::ui::aboutText();
        QVERIFY(about.contains(QStringLiteral(JSNA_VERSION)));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(u"General Public License"));
        jsna::ui::UserGuideDialog guide;
        const QString text = guide.browser()->toPlainText();
        QVERIFY(text.contains(u"Stage 1"));
        QVERIFY(text.contains(u"There is no Save command"));
        QVERIFY(text.length() > 4000);
    }

    void demoProjectOpensWithItsCounts()
    {
        QVERIFY2(QFile::exists(QStringLiteral(JSNA_CLI_PATH)), "the jsna command line is not built");
        const QString demo = path(QStringLiteral("demo.jsna"));
        const jsna::test::CliRun made = jsna::test::runCli({QStringLiteral("demo"), demo});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const jsna::test::CliRun info = jsna::test::runCli({QStringLiteral("info"), demo});
        QCOMPARE(info.exitCode, 0);
        QHash<QString, QString> counts;
        for (const QString& line : info.out.split(u'\n', Qt::SkipEmptyParts))
            counts.insert(line.section(QStringLiteral(": "), 0, 0), line.section(QStringLiteral(": "), 1));

        MainWindow window;
        window.show();
        QVERIFY(window.controller().openProject(demo));
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        auto asShown = [&](const QString& key) {
            return uk.toString(counts.value(key).toLongLong());
        };
        QCOMPARE(tileValue(window, MainWindow::Home, QStringLiteral("areas")),
                 asShown(QStringLiteral("areas")));
        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("indicators")),
                 asShown(QStringLiteral("indicators")));
        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("values")),
                 asShown(QStringLiteral("indicator_values")));
        QVERIFY(window.projectStatus()->syntheticBadge()->isVisible());
        QVERIFY(tableRows(window, MainWindow::Epidemiology, QStringLiteral("worse")) > 0);
        QVERIFY2(tableRows(window, MainWindow::Engagement, QStringLiteral("gaps")) > 0,
                 qPrintable(window.page(MainWindow::Engagement)->guidance()->plainText()));
        QVERIFY(tableRows(window, MainWindow::Report, QStringLiteral("chapters")) > 0);
        window.controller().closeProject();
    }

    void withoutADisplayTheProgramSaysHowToRunIt()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(JSNA_GUI_PATH), {m_small});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"no display") && err.contains(u"xvfb-run -a") &&
                     err.contains(u"QT_QPA_PLATFORM=offscreen"),
                 qPrintable(err));

        process.start(QStringLiteral(JSNA_GUI_PATH), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("jsna-workbench " JSNA_VERSION));
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_main_window.moc"
