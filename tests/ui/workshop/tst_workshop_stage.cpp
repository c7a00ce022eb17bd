// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage 2 page: themes by keyboard and drag and drop, scoring by digits, agreeing conclusions,
// searching and opening a note, editing details, exports, and deleting a workshop with undo.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_repository.h"
#include "tests/ui/workshop/workshop_fixture.h"
#include "ui/workshop/capture_input.h"
#include "ui/workshop/capture_view.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/conclusions_view.h"
#include "ui/workshop/models/note_filter_proxy.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/models/priority_model.h"
#include "ui/workshop/models/search_result_model.h"
#include "ui/workshop/models/theme_model.h"
#include "ui/workshop/presenter_window.h"
#include "ui/workshop/priority_view.h"
#include "ui/workshop/search_view.h"
#include "ui/workshop/theme_board.h"
#include "ui/workshop/workshop_details.h"
#include "ui/workshop/workshop_stage.h"

using namespace jsna;
using namespace jsna::workshop;
using namespace jsna::ui::workshop;

class TestWorkshopStage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<WorkshopStage> m_stage;
    qint64 m_workshop = 0;
    int m_counter = 0;

    QList<Note> notes() { return NoteRepository(*m_project).notesOf(m_workshop); }

private slots:
    void init()
    {
        m_project =
            project::Project::create(m_dir.filePath(QStringLiteral("stage-%1.jsna").arg(++m_counter)));
        m_stack = std::make_unique<QUndoStack>();
        m_workshop = test::fillSampleWorkshop(*m_project);
        m_stage = std::make_unique<WorkshopStage>(*m_project, *m_stack);
        m_stage->resize(1280, 800);
        m_stage->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
        QCOMPARE(m_stage->workshopId(), m_workshop);
    }
    void cleanup()
    {
        m_stage.reset();
        m_stack.reset();
        m_project.reset();
    }

    void themesByKeyboardAndDrop()
    {
        m_stage->showTab(WorkshopStage::Tab::Themes);
        ThemeBoard* board = m_stage->themes();
        new QAbstractItemModelTester(board->notesFilter(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, board);
        QListView* notesView = board->notesView();
        QCOMPARE(notesView->model()->rowCount(), 4); // the notes in no theme
        // Select two notes, press Ctrl+T: a new theme holds them, as one undo step.
        board->setTitlePrompt([] { return QStringLiteral("Knowing the numbers"); });
        notesView->setFocus();
        notesView->selectionModel()->select(notesView->model()->index(0, 0), QItemSelectionModel::Select);
        notesView->selectionModel()->select(notesView->model()->index(1, 0), QItemSelectionModel::Select);
        const int steps = m_stack->count();
        QTest::keyClick(notesView, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_stack->count(), steps + 1);
        QCOMPARE(notesView->model()->rowCount(), 2);
        const QList<Theme> themes = ThemeRepository(*m_project).themesOf(m_workshop);
        QCOMPARE(themes.constLast().data.title, QStringLiteral("Knowing the numbers"));
        QCOMPARE(ThemeRepository(*m_project).noteCounts(m_workshop).value(themes.constLast().id), 2);
        // A assigns the selected notes to the current theme.
        board->themesView()->setCurrentIndex(board->themes()->index(0, 0));
        notesView->setFocus();
        notesView->selectionModel()->select(notesView->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(notesView, Qt::Key_A);
        QCOMPARE(notesView->model()->rowCount(), 1);
        // + and - vote for the current theme.
        board->themesView()->setFocus();
        const int votes = themes.constFirst().data.votes;
        QTest::keyClick(board->themesView(), Qt::Key_Plus);
        QTest::keyClick(board->themesView(), Qt::Key_Plus);
        QCOMPARE(ThemeRepository(*m_project).find(themes.constFirst().id)->data.votes, votes + 2);
        // Dropping notes on a theme assigns them.
        std::unique_ptr<QMimeData> mime(notesView->model()->mimeData({notesView->model()->index(0, 0)}));
        QVERIFY(
            board->themes()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, board->themes()->index(1, 0)));
        QCOMPARE(notesView->model()->rowCount(), 0);
        m_stack->undo();
        QCOMPARE(notesView->model()->rowCount(), 1);
    }

    void scoringByDigits()
    {
        m_stage->showTab(WorkshopStage::Tab::Prioritise);
        QTableView* scores = m_stage->priorities()->scoresView();
        const int first = int(PriorityModel::Column::FirstCriterion);
        scores->setFocus();
        scores->setCurrentIndex(scores->model()->index(3, first)); // "Data gaps", unscored
        for (int key : {Qt::Key_5, Qt::Key_5, Qt::Key_5, Qt::Key_5, Qt::Key_5, Qt::Key_5, Qt::Key_5})
            QTest::keyClick(scores, Qt::Key(key));
        // Now top of the ranking, with its score visible.
        QTableView* ranking = m_stage->priorities()->rankingView();
        QCOMPARE(ranking->model()->index(0, int(PriorityModel::Column::Theme)).data().toString(),
                 QStringLiteral("Data gaps"));
        QCOMPARE(ranking->model()->index(0, int(PriorityModel::Column::Score)).data().toString(),
                 QStringLiteral("5.00"));
        QCOMPARE(ranking->model()->index(0, int(PriorityModel::Column::Rank)).data().toInt(), 1);
        scores->setCurrentIndex(scores->model()->index(3, first));
        QTest::keyClick(scores, Qt::Key_Delete);
        QVERIFY(!scores->model()->index(3, first).data().isValid());
        m_stack->undo();
        QCOMPARE(scores->model()->index(3, first).data().toInt(), 5);
    }

    void agreeingConclusionsAndTheirEvidence()
    {
        m_stage->showTab(WorkshopStage::Tab::Conclusions);
        ConclusionsView* view = m_stage->conclusions();
        QCOMPARE(view->conclusionsView()->model()->rowCount(), 1);
        view->conclusionsView()->setFocus();
        view->conclusionsView()->setCurrentIndex(view->conclusionsView()->model()->index(0, 0));
        QTest::keyClick(view->conclusionsView(), Qt::Key_Space);
        QVERIFY(NoteRepository(*m_project).agreedConclusions(m_workshop).isEmpty()); // it was agreed: now not
        QTest::keyClick(view->conclusionsView(), Qt::Key_Space);
        QCOMPARE(NoteRepository(*m_project).agreedConclusions(m_workshop).size(), 1);
        // Ticking a second evidence item links it too.
        QListWidget* evidence = view->evidenceList();
        QTRY_COMPARE(evidence->count(), 2);
        for (int row = 0; row < evidence->count(); ++row)
            evidence->item(row)->setCheckState(Qt::Checked);
        QTRY_COMPARE(NoteRepository(*m_project).agreedConclusions(m_workshop).constFirst().data.links.size(),
                     2);
    }

    void searchOpensTheNote()
    {
        m_stage->showTab(WorkshopStage::Tab::Search);
        SearchView* search = m_stage->search();
        QVERIFY(search->queryEdit()->hasFocus());
        QTest::keyClicks(search->queryEdit(), QStringLiteral("zoe walk"));
        search->search();
        QCOMPARE(search->results()->rowCount(), 1);
        QVERIFY(search->results()
                    ->index(0, 0)
                    .data(SearchResultModel::HtmlRole)
                    .toString()
                    .contains(QStringLiteral("<mark>Zoë</mark>")));
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        QCOMPARE(m_stage->capture()->isVisible(), true);
        const QModelIndex current = m_stage->capture()->list()->currentIndex();
        QVERIFY(current.data(NoteListModel::TextRole).toString().startsWith(QStringLiteral("Zoë:")));
        // Filters narrow it.
        m_stage->showTab(WorkshopStage::Tab::Search);
        search->queryEdit()->clear();
        search->kindFilter()->setCurrentIndex(search->kindFilter()->findData(int(NoteKind::Question)));
        search->search();
        QCOMPARE(search->results()->rowCount(), 2);
    }

    void detailsAreUndoable()
    {
        m_stage->showTab(WorkshopStage::Tab::Details);
        QLineEdit* title = m_stage->details()->titleEdit();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Falls workshop"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(WorkshopRepository(*m_project).find(m_workshop)->data.title,
                 QStringLiteral("Falls workshop"));
        m_stack->undo();
        QCOMPARE(WorkshopRepository(*m_project).find(m_workshop)->data.title,
                 QStringLiteral("Healthy ageing: falls and isolation"));
        QTRY_COMPARE(title->text(), QStringLiteral("Healthy ageing: falls and isolation"));
        const int participants = int(WorkshopRepository(*m_project).participantsOf(m_workshop).size());
        m_stage->details()->addParticipant();
        QCOMPARE(WorkshopRepository(*m_project).participantsOf(m_workshop).size(), participants + 1);
    }

    void exportsAndPresenter()
    {
        const QString html = m_dir.filePath(QStringLiteral("summary.html"));
        const QString csv = m_dir.filePath(QStringLiteral("notes.csv"));
        m_stage->exportHtml(html);
        m_stage->exportCsv(csv);
        QVERIFY(QFile(html).size() > 1000);
        QVERIFY(QFile(csv).size() > 100);
        m_stage->showPresenter();
        QVERIFY(m_stage->presenter()->isVisible());
    }

    void newAndDeletedWorkshopsAndUndo()
    {
        m_stage->newWorkshop(QStringLiteral("Smoking in pregnancy"));
        const qint64 added = m_stage->workshopId();
        QVERIFY(added != m_workshop);
        QCOMPARE(m_stage->workshopList()->model()->rowCount(), 2);
        QCOMPARE(m_stage->capture()->model()->rowCount(), 0);
        QVERIFY(m_stage->capture()->input()->isEnabled());
        m_stage->selectWorkshop(m_workshop);
        const qsizetype before = notes().size();
        // Deleting (the stage asks first; the façade call is what its Yes runs) shows another workshop.
        ui::workshop::commands::removeWorkshop(*m_project, *m_stack, m_workshop);
        QCOMPARE(m_stage->workshopId(), added);
        QCOMPARE(m_stage->workshopList()->model()->rowCount(), 1);
        m_stack->undo();
        QCOMPARE(m_stage->workshopList()->model()->rowCount(), 2);
        QCOMPARE(notes().size(), before);
        m_stage->selectWorkshop(m_workshop);
        QCOMPARE(m_stage->capture()->model()->rowCount(), int(before));
    }
};

QTEST_MAIN(TestWorkshopStage)
#include "tst_workshop_stage.moc"
