// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the File menu's work, offscreen: recent files and the last session, errors that keep
// the current project, Save a Copy, New, drag and drop, Open Demo.
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
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QWizard>

#include "core/project/project.h"
#include "core/project/project_summary.h"
#include "tests/common/test_support.h"
#include "tests/ui/gui_fixtures.h"
#include "tests/ui/window_probe.h"
#include "ui/commands/project_undo_stack.h"
#include "ui/overview/epidemiology_page.h"
#include "ui/overview/overview_page.h"
#include "ui/shell/app_settings.h"
#include "ui/shell/help_dialogs.h"
#include "ui/shell/import_bridge.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/project_properties_dialog.h"
#include "ui/shell/project_status.h"
#include "ui/shell/recent_files.h"
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

class TestUiProjectFiles final : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_project_files"));
        m_small = path(QStringLiteral("small.jsna"));
        jsna::test::writeSmallProject(m_small);
    }

    void init() { QSettings().clear(); }

    void recentFilesArePersistedAndMissingOnesMarked()
    {
        const QString second = path(QStringLiteral("second.jsna"));
        jsna::test::writeSmallProject(second);
        {
            MainWindow window;
            QVERIFY(window.controller().openProject(m_small));
            QVERIFY(window.controller().openProject(second));
            QCOMPARE(window.controller().project()->path(), second);
            window.close();
        }
        QCOMPARE(jsna::ui::AppSettings().recentFiles(), (QStringList{second, m_small}));
        QCOMPARE(jsna::ui::AppSettings().lastProject(), second);

        QVERIFY(QFile::remove(second));
        MainWindow window;
        QMenu menu;
        window.recentFiles().populateMenu(&menu);
        const QList<QAction*> items = menu.actions();
        QVERIFY(items.at(0)->text().contains(u"second.jsna") && items.at(0)->text().contains(u"(missing)"));
        QVERIFY(!items.at(0)->isEnabled());
        QVERIFY(items.at(1)->isEnabled());
        QVERIFY(items.last()->text().contains(u"Clear"));

        // Opening the missing one says why and drops it from the list.
        MessageBoxCatcher catcher;
        QVERIFY(!window.controller().openProject(second));
        QTRY_COMPARE(catcher.texts().size(), 1);
        QVERIFY(catcher.texts().first().contains(u"removed from the recent projects"));
        QCOMPARE(window.recentFiles().files(), QStringList{m_small});

        items.last()->trigger(); // a stale menu's Clear still clears
        QVERIFY(window.recentFiles().files().isEmpty());
    }

    void startSessionReopensTheLastProject()
    {
        {
            MainWindow window;
            QVERIFY(window.controller().openProject(m_small));
            window.showPage(MainWindow::Engagement);
            window.close();
        }
        MainWindow window;
        window.startSession({});
        QVERIFY(window.controller().project());
        QCOMPARE(window.controller().project()->path(), m_small);
        QCOMPARE(window.currentPage(), int(MainWindow::Engagement));
        window.controller().closeProject();
        QCOMPARE(jsna::ui::AppSettings().lastProject(), QString());
    }

    void aBadFileShowsTheErrorAndKeepsTheCurrentProject()
    {
        const QString bad = path(QStringLiteral("notes.jsna"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a project\n");
        file.close();

        MainWindow window;
        QVERIFY(window.controller().openProject(m_small));
        MessageBoxCatcher catcher;
        QVERIFY(!window.controller().openProject(bad));
        QTRY_COMPARE(catcher.texts().size(), 1);
        const QString text = catcher.texts().first();
        QVERIFY2(text.contains(bad) && text.contains(u"not an SQLite database"), qPrintable(text));
        QVERIFY(text.contains(u"current project stays open"));
        QCOMPARE(window.controller().project()->path(), m_small);
        QVERIFY(!jsna::ui::AppSettings().recentFiles().contains(bad));
        window.controller().closeProject();
    }

    void saveACopyWritesAFileThatOpens()
    {
        const QString copy = path(QStringLiteral("copy")); // the suffix is added
        MainWindow window;
        QVERIFY(window.controller().openProject(m_small));
        QSignalSpy finished(&window.controller(), &jsna::ui::ProjectController::copyFinished);
        QVERIFY(window.controller().saveCopyTo(copy));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toString(), copy + QStringLiteral(".jsna"));
        QCOMPARE(window.controller().project()->path(), m_small); // still working on the original

        auto opened = Project::open(copy + QStringLiteral(".jsna"));
        QCOMPARE(opened->title(), QString::fromLatin1(small::kTitle));
        const auto counts = jsna::project::tableCounts(opened->database());
        const auto values = std::find_if(counts.cbegin(), counts.cend(),
                                         [](const auto& c) { return c.table == u"indicator_values"; });
        QVERIFY(values != counts.cend());
        QCOMPARE(values->rows, small::kValues);

        // A copy over the open project itself is refused.
        MessageBoxCatcher catcher;
        QVERIFY(!window.controller().saveCopyTo(m_small));
        QTRY_COMPARE(catcher.texts().size(), 1);
        window.controller().closeProject();
    }

    void newProjectAddsTheSuffixAndPagesSayWhatToDo()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.controller().newProject(path(QStringLiteral("fresh"))));
        QCOMPARE(window.controller().project()->path(), path(QStringLiteral("fresh.jsna")));
        QCOMPARE(window.controller().project()->title(), QStringLiteral("fresh"));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(page);
            QTRY_VERIFY2(window.page(page)->guidance()->plainText().contains(u"no data yet"),
                         qPrintable(window.page(page)->guidance()->plainText()));
        }
        QCOMPARE(tileValue(window, MainWindow::Epidemiology, QStringLiteral("indicators")),
                 QStringLiteral("0"));
        window.controller().closeProject();
        // Creating over an existing project (the user confirmed in the dialog) replaces it.
        QVERIFY(window.controller().newProject(path(QStringLiteral("fresh.jsna"))));
        window.controller().closeProject();
    }

    void droppingAProjectOpensIt()
    {
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_small)});
        const QPoint centre = window.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(window.controller().project());
        QCOMPARE(window.controller().project()->path(), m_small);

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(path(QStringLiteral("notes.txt")))});
        QDragEnterEvent other(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.setAccepted(false);
        QCoreApplication::sendEvent(&window, &other);
        QVERIFY(!other.isAccepted());
        window.controller().closeProject();
    }

    void droppingACsvOpensTheImportWizard()
    {
        if (!jsna::ui::importWizardAvailable())
            QSKIP("this build has no import wizard (ui/import)");
        const QString csv = path(QStringLiteral("values.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Indicator,Area,Value\nSmoking,E09000099,16\n");
        file.close();

        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        const QPoint centre = window.rect().center();
        // With no project open there is nothing to import into.
        QDragEnterEvent refused(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QVERIFY(window.controller().openProject(m_small));
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        // The wizard runs modally: note it and close it from a timer inside its event loop.
        QStringList wizards;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&wizards] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* wizard = qobject_cast<QWizard*>(widget); wizard && wizard->isVisible()) {
                    wizards.append(wizard->windowTitle());
                    wizard->reject();
                }
            }
        });
        closer.start(20);
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(wizards.size(), 1);
        QCOMPARE(window.controller().project()->path(), m_small);
        window.controller().closeProject();
    }

    void openDemoFromTheWelcomePage()
    {
#if __has_include("core/demo/demo_file.h")
        QFile::remove(jsna::ui::ProjectController::demoProjectPath());
        MainWindow window;
        window.show();
        QVERIFY(window.isShowingWelcome());
        window.welcomePage()->demoButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.controller().project() != nullptr, 180000);
        QCOMPARE(window.controller().project()->path(), jsna::ui::ProjectController::demoProjectPath());
        QVERIFY(window.projectStatus()->syntheticBadge()->isVisible());
        QVERIFY(tileValue(window, MainWindow::Epidemiology, QStringLiteral("indicators")).toInt() > 0);
        QVERIFY(tableRows(window, MainWindow::Epidemiology, QStringLiteral("worse")) > 0);
        // A second time it opens the file already written.
        window.controller().closeProject();
        window.welcomePage()->demoButton()->click();
        QVERIFY(window.controller().project());
        window.controller().closeProject();
#else
        QSKIP("this tree has no demo generator (core/demo)");
#endif
    }
};

QTEST_MAIN(TestUiProjectFiles)
#include "tst_ui_project_files.moc"
