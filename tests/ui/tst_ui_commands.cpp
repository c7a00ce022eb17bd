// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable edits façade (ui/commands): write first, push on success, undo/redo write through,
// consecutive edits merge.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "ui/commands/commands.h"
#include "ui/commands/project_undo_stack.h"

using jsna::project::Project;
using jsna::ui::commands::ProjectUndoStack;
using jsna::ui::commands::setProjectMeta;

class TestUiCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_serial = 0;

    static QString title() { return QStringLiteral("title"); }

private slots:
    void init()
    {
        m_project = Project::create(m_dir.filePath(QStringLiteral("p%1.jsna").arg(++m_serial)),
                                    QStringLiteral("Original"));
    }

    void cleanup() { m_project.reset(); }

    void pushUndoRedoRestoreTheFile()
    {
        ProjectUndoStack stack;
        QSignalSpy changed(&m_project->notifier(), &jsna::project::ChangeNotifier::metadataChanged);
        setProjectMeta(*m_project, stack, title(), QStringLiteral("Renamed"));
        QCOMPARE(m_project->title(), QStringLiteral("Renamed"));
        QCOMPARE(changed.count(), 1); // one write, not a second one from the first redo()
        QVERIFY(stack.canUndo());
        QVERIFY(!stack.canRedo());
        QCOMPARE(stack.undoText(), QStringLiteral("Change project title"));
        stack.undo();
        QCOMPARE(m_project->title(), QStringLiteral("Original"));
        QVERIFY(!stack.canUndo());
        QVERIFY(stack.canRedo());
        stack.redo();
        QCOMPARE(m_project->title(), QStringLiteral("Renamed"));
        // The file itself holds the value: reopen and read.
        const QString path = m_project->path();
        m_project.reset();
        m_project = Project::open(path);
        QCOMPARE(m_project->title(), QStringLiteral("Renamed"));
    }

    void unchangedValuePushesNothing()
    {
        ProjectUndoStack stack;
        setProjectMeta(*m_project, stack, title(), QStringLiteral("Original"));
        QCOMPARE(stack.count(), 0);
    }

    void consecutiveEditsOfOneKeyMerge()
    {
        ProjectUndoStack stack;
        setProjectMeta(*m_project, stack, title(), QStringLiteral("R"));
        setProjectMeta(*m_project, stack, title(), QStringLiteral("Re"));
        setProjectMeta(*m_project, stack, title(), QStringLiteral("Ren"));
        QCOMPARE(stack.count(), 1);
        setProjectMeta(*m_project, stack, QStringLiteral("organisation"), QStringLiteral("Council"));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(m_project->meta(QStringLiteral("organisation")), QString());
        stack.undo();
        QCOMPARE(m_project->title(), QStringLiteral("Original"));
    }

    void editingBackToTheStartLeavesNothingToUndo()
    {
        ProjectUndoStack stack;
        setProjectMeta(*m_project, stack, title(), QStringLiteral("Changed"));
        setProjectMeta(*m_project, stack, title(), QStringLiteral("Original"));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(m_project->title(), QStringLiteral("Original"));
    }

    void failedWriteThrowsAndPushesNothing()
    {
        const QString path = m_project->path();
        m_project.reset();
        auto readOnly = Project::inspect(path);
        ProjectUndoStack stack;
        QVERIFY_THROWS_EXCEPTION(jsna::ProjectError,
                                 setProjectMeta(*readOnly, stack, title(), QStringLiteral("Renamed")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(readOnly->title(), QStringLiteral("Original"));
    }
};

QTEST_GUILESS_MAIN(TestUiCommands)
#include "tst_ui_commands.moc"
