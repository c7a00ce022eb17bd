// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the workshop views for review (build/<dir>/workshop-shots/*.png), and the presenter
// following the capture live.
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "tests/ui/workshop/workshop_fixture.h"
#include "ui/workshop/capture_input.h"
#include "ui/workshop/capture_view.h"
#include "ui/workshop/presenter_window.h"
#include "ui/workshop/search_view.h"
#include "ui/workshop/workshop_stage.h"

using namespace jsna;
using namespace jsna::ui::workshop;

class TestWorkshopScreens final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_workshop = 0;

    static void save(QWidget& widget, const QString& name)
    {
        QDir().mkpath(QStringLiteral(JSNA_WORKSHOP_SHOTS_DIR));
        const QString path = QStringLiteral(JSNA_WORKSHOP_SHOTS_DIR "/%1.png").arg(name);
        QVERIFY2(widget.grab().save(path), qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("shots.jsna")));
        m_stack = std::make_unique<QUndoStack>();
        m_workshop = test::fillSampleWorkshop(*m_project);
    }
    void cleanupTestCase()
    {
        m_stack.reset();
        m_project.reset();
    }

    void captureView()
    {
        CaptureView view(*m_project, *m_stack);
        view.setWorkshop(m_workshop);
        view.resize(1100, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::keyClicks(view.input(),
                         QStringLiteral("? Could the pharmacy deliver with the prescription #transport"));
        save(view, QStringLiteral("capture"));
    }

    void presenterFollowsCapture()
    {
        PresenterWindow presenter(*m_project, *m_stack);
        presenter.setWorkshop(m_workshop);
        presenter.resize(1280, 720);
        presenter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&presenter));
        save(presenter, QStringLiteral("presenter-notes"));
        presenter.setDarkHighContrast(true);
        save(presenter, QStringLiteral("presenter-notes-dark"));
        presenter.setMode(PresenterWindow::Mode::Themes);
        save(presenter, QStringLiteral("presenter-themes-dark"));
        presenter.setDarkHighContrast(false);
        save(presenter, QStringLiteral("presenter-themes"));

        // A note filed in the capture view shows in the presenter at once.
        presenter.setMode(PresenterWindow::Mode::LatestNotes);
        CaptureView capture(*m_project, *m_stack);
        capture.setWorkshop(m_workshop);
        QTest::keyClicks(capture.input(), QStringLiteral("! Map bus routes against GP surgeries"));
        QTest::keyClick(capture.input(), Qt::Key_Return);
        const QImage after = presenter.grab().toImage();
        presenter.setMode(PresenterWindow::Mode::Themes);
        presenter.setMode(PresenterWindow::Mode::LatestNotes);
        QCOMPARE(presenter.grab().toImage(), after); // drawn from the live models, nothing cached stale
        save(presenter, QStringLiteral("presenter-live"));
    }

    void stagePages()
    {
        WorkshopStage stage(*m_project, *m_stack);
        stage.resize(1366, 800);
        stage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stage));
        const QList<std::pair<WorkshopStage::Tab, QString>> pages{
            {WorkshopStage::Tab::Capture, QStringLiteral("stage-capture")},
            {WorkshopStage::Tab::Details, QStringLiteral("stage-details")},
            {WorkshopStage::Tab::Themes, QStringLiteral("stage-themes")},
            {WorkshopStage::Tab::Prioritise, QStringLiteral("stage-prioritise")},
            {WorkshopStage::Tab::Conclusions, QStringLiteral("stage-conclusions")},
            {WorkshopStage::Tab::Search, QStringLiteral("stage-search")}};
        for (const auto& [tab, name] : pages) {
            stage.showTab(tab);
            if (tab == WorkshopStage::Tab::Search) {
                stage.search()->queryEdit()->setText(QStringLiteral("carers transport"));
                stage.search()->queryEdit()->setText(QStringLiteral("carers"));
                stage.search()->search();
            }
            QCoreApplication::processEvents();
            save(stage, name);
        }
    }
};

QTEST_MAIN(TestWorkshopScreens)
#include "tst_workshop_screens.moc"
