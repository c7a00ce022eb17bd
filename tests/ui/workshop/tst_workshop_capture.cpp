// SPDX-License-Identifier: GPL-3.0-or-later
// The capture view driven from the keyboard, as a facilitator uses it: typing and Enter files notes,
// prefixes and Ctrl+1..6 set kinds, "@" links evidence, the list edits, moves, votes and deletes,
// and everything is undoable.
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/evidence/evidence_repository.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/capture_input.h"
#include "ui/workshop/capture_view.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/note_card_delegate.h"

using namespace jsna;
using namespace jsna::workshop;
using namespace jsna::ui::workshop;

class TestWorkshopCapture final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CaptureView> m_view;
    qint64 m_workshop = 0;
    int m_counter = 0;

    QList<Note> notes() { return NoteRepository(*m_project).notesOf(m_workshop); }
    // QTest::keyClicks() knows ASCII only; other characters ("Zoë") are sent as text.
    static void typeText(QWidget* widget, const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    void type(const QString& text)
    {
        typeText(m_view->input(), text);
        QTest::keyClick(m_view->input(), Qt::Key_Return);
    }
    void selectRow(int row)
    {
        m_view->list()->setFocus();
        m_view->list()->setCurrentIndex(m_view->model()->index(row, int(NoteListModel::Column::Text)));
    }

private slots:
    void init()
    {
        m_project =
            project::Project::create(m_dir.filePath(QStringLiteral("capture-%1.jsna").arg(++m_counter)));
        m_stack = std::make_unique<QUndoStack>();
        m_workshop =
            WorkshopRepository(*m_project).add({QStringLiteral("Falls"), {}, {}, false, {}, {}, {}}).id;
        evidence::EvidenceRepository(*m_project)
            .add({QStringLiteral("Smoking in pregnancy is twice the England rate"), {}, {}, {}, {}, {}});
        m_view = std::make_unique<CaptureView>(*m_project, *m_stack);
        m_view->reloadLinkTargets();
        m_view->setWorkshop(m_workshop);
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        m_view->input()->setFocus();
    }
    void cleanup()
    {
        m_view.reset();
        m_stack.reset();
        m_project.reset();
    }

    void enterFilesNotesWithPrefixKinds()
    {
        type(QStringLiteral("Carers feel unheard #carers"));
        type(QStringLiteral("? Why are rates rising"));
        type(QStringLiteral("! Ask the ICB for ward data"));
        type(QStringLiteral("i: strength classes in libraries"));
        type(QStringLiteral("* Zoë: it's the walk, not the fear"));
        type(QStringLiteral("= Falls are a priority"));
        type(QStringLiteral("   ")); // nothing to file
        const QList<Note> filed = notes();
        QCOMPARE(filed.size(), 6);
        QCOMPARE(filed.at(0).data.kind, NoteKind::Observation);
        QCOMPARE(filed.at(0).tags, QStringList{QStringLiteral("carers")});
        QCOMPARE(filed.at(1).data.kind, NoteKind::Question);
        QCOMPARE(filed.at(1).data.text, QStringLiteral("Why are rates rising"));
        QCOMPARE(filed.at(2).data.kind, NoteKind::Action);
        QCOMPARE(filed.at(3).data.kind, NoteKind::Idea);
        QCOMPARE(filed.at(4).data.kind, NoteKind::Insight);
        QCOMPARE(filed.at(4).data.text, QStringLiteral("Zoë: it's the walk, not the fear"));
        QCOMPARE(filed.at(5).data.kind, NoteKind::Conclusion);
        QVERIFY(m_view->input()->text().isEmpty());
        QCOMPARE(m_view->model()->rowCount(), 6);
        QVERIFY(filed.at(0).createdMs > 0);
        // Each filing is one undo step.
        QCOMPARE(m_stack->count(), 6);
        m_stack->undo();
        QCOMPARE(m_view->model()->rowCount(), 5);
        m_stack->redo();
        QCOMPARE(m_view->model()->rowCount(), 6);
    }

    void shortcutsSetKindAndGroup()
    {
        QTest::keyClick(m_view->input(), Qt::Key_3, Qt::ControlModifier); // Question
        QCOMPARE(m_view->draftKind(), NoteKind::Question);
        QTest::keyClick(m_view->input(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(m_view->groupBox()->hasFocus());
        QTest::keyClicks(m_view->groupBox(), QStringLiteral("Residents"));
        QTest::keyClick(m_view->groupBox(), Qt::Key_Return); // back to the capture line
        QVERIFY(m_view->input()->hasFocus());
        type(QStringLiteral("Who runs the lunch clubs?"));
        type(QStringLiteral("Lunch clubs closed in 2020"));
        const QList<Note> filed = notes();
        QCOMPARE(filed.at(0).data.kind, NoteKind::Question);
        QCOMPARE(filed.at(0).data.stakeholderGroup, QStringLiteral("Residents"));
        QCOMPARE(filed.at(1).data.kind, NoteKind::Observation); // the kind resets after filing
        QCOMPARE(filed.at(1).data.stakeholderGroup, QStringLiteral("Residents")); // attribution stays
        QTest::keyClick(m_view->input(), Qt::Key_5, Qt::ControlModifier);         // Action
        type(QStringLiteral("? typed prefix wins")); // a prefix overrides the shortcut's kind
        QCOMPARE(notes().at(2).data.kind, NoteKind::Question);
    }

    void kindKeysWinOverWindowShortcuts()
    {
        // The main window switches pages with Ctrl+1..5; in the capture line the keys set the kind.
        QAction page(m_view.get());
        page.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        page.setShortcutContext(Qt::WindowShortcut);
        m_view->addAction(&page);
        QSignalSpy triggered(&page, &QAction::triggered);
        QTest::keyClick(m_view->input(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_view->draftKind(), NoteKind::Question);
        QCOMPARE(triggered.count(), 0);
    }

    void atLinksEvidence()
    {
        QTest::keyClicks(m_view->input(), QStringLiteral("Midwives agree @pregn"));
        QAbstractItemView* popup = m_view->input()->completer()->popup();
        QVERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(m_view->input()->text().startsWith(
            QStringLiteral("Midwives agree @Smoking in pregnancy is twice the")));
        QTest::keyClicks(m_view->input(), QStringLiteral("#smoking"));
        QTest::keyClick(m_view->input(), Qt::Key_Return);
        const Note note = notes().constFirst();
        QCOMPARE(note.data.links.size(), 1);
        QCOMPARE(note.data.links.constFirst().target, NoteLink::Target::Evidence);
        QCOMPARE(note.tags, QStringList{QStringLiteral("smoking")});
        // Ctrl+L starts a link; a link whose text was deleted again is not kept.
        QTest::keyClicks(m_view->input(), QStringLiteral("Check"));
        QTest::keyClick(m_view->input(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_view->input()->text().endsWith(QStringLiteral(" @")));
        QVERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Return);
        m_view->input()->setText(QStringLiteral("Check nothing"));
        QTest::keyClick(m_view->input(), Qt::Key_Return);
        QVERIFY(notes().at(1).data.links.isEmpty());
    }

    void listKeysMoveVoteDeleteAndUndo()
    {
        type(QStringLiteral("first"));
        type(QStringLiteral("second"));
        type(QStringLiteral("third"));
        selectRow(2);
        QTest::keyClick(m_view->list(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(notes().at(1).data.text, QStringLiteral("third"));
        QCOMPARE(m_view->model()->noteIdAt(m_view->list()->currentIndex().row()),
                 notes().at(1).id); // selection follows
        QTest::keyClick(m_view->list(), Qt::Key_Plus);
        QTest::keyClick(m_view->list(), Qt::Key_Plus);
        QCOMPARE(notes().at(1).data.votes, 2);
        QTest::keyClick(m_view->list(), Qt::Key_2, Qt::ControlModifier); // Insight, for the selected note
        QCOMPARE(notes().at(1).data.kind, NoteKind::Insight);
        QTest::keyClick(m_view->list(), Qt::Key_Delete);
        QCOMPARE(notes().size(), 2);
        m_stack->undo(); // delete
        m_stack->undo(); // kind
        m_stack->undo(); // both votes, merged
        QCOMPARE(notes().at(1).data.votes, 0);
        QCOMPARE(notes().at(1).data.kind, NoteKind::Observation);
        m_stack->undo(); // move
        QCOMPARE(notes().at(2).data.text, QStringLiteral("third"));
        QTest::keyClick(m_view->list(), Qt::Key_Escape);
        QVERIFY(m_view->input()->hasFocus());
    }

    void editingIsDebouncedWrittenThroughAndOneStep()
    {
        type(QStringLiteral("Carer"));
        const int steps = m_stack->count();
        selectRow(0);
        QTest::keyClick(m_view->list(), Qt::Key_F2);
        auto* editor = m_view->list()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->setCursorPosition(int(editor->text().size()));
        QTest::keyClicks(editor, QStringLiteral("s say"));
        // Written through after the pause, while the editor is still open.
        QTRY_COMPARE_WITH_TIMEOUT(notes().constFirst().data.text, QStringLiteral("Carers say"),
                                  NoteCardDelegate::kDebounceMs * 5);
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral(" buses"));
        QTRY_COMPARE_WITH_TIMEOUT(notes().constFirst().data.text, QStringLiteral("Carers say buses"),
                                  NoteCardDelegate::kDebounceMs * 5);
        QCOMPARE(editor->text(), QStringLiteral("Carers say buses")); // typing was never disturbed
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_stack->count(), steps + 1); // the whole editing session is one step
        m_stack->undo();
        QCOMPARE(notes().constFirst().data.text, QStringLiteral("Carer"));
    }

    void failedFilingKeepsTheText()
    {
        WorkshopRepository(*m_project).remove(m_workshop); // behind the view's back
        QTest::keyClicks(m_view->input(), QStringLiteral("not lost"));
        QTest::keyClick(m_view->input(), Qt::Key_Return);
        QCOMPARE(m_view->input()->text(), QStringLiteral("not lost"));
    }
};

QTEST_MAIN(TestWorkshopCapture)
#include "tst_workshop_capture.moc"
