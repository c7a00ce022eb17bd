// SPDX-License-Identifier: GPL-3.0-or-later
// Every workshop edit through the façade: it writes, pushes one step, and undo and redo restore the
// exact stored state; merges, no-ops and failures behave as the façade promises.
#include <functional>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/commands/workshop_commands.h"

using namespace jsna;
using namespace jsna::workshop;
namespace cmd = jsna::ui::workshop::commands;

class TestWorkshopCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_workshop = 0;
    int m_counter = 0;

    // Everything stored, with the "last changed" times left out (undo writes them anew).
    struct State
    {
        QList<Workshop> workshops;
        QList<QList<Participant>> participants;
        QList<QList<qint64>> workshopEvidence;
        QList<QList<Note>> notes;
        QList<QList<Theme>> themes;
        QList<QList<ThemeScore>> scores;
        QList<Criterion> criteria;
        QList<evidence::EvidenceData> evidence;
        bool operator==(const State&) const = default;
    };
    State state()
    {
        State s;
        WorkshopRepository workshops(*m_project);
        s.workshops = workshops.all();
        for (const Workshop& w : std::as_const(s.workshops)) {
            s.participants << workshops.participantsOf(w.id);
            s.workshopEvidence << workshops.evidenceOf(w.id);
            QList<Note> notes = NoteRepository(*m_project).notesOf(w.id);
            for (Note& note : notes)
                note.updatedMs = 0;
            s.notes << notes;
            s.themes << ThemeRepository(*m_project).themesOf(w.id);
            s.scores << PriorityRepository(*m_project).scoresOf(w.id);
        }
        s.criteria = PriorityRepository(*m_project).criteria();
        for (const evidence::EvidenceItem& item : evidence::EvidenceRepository(*m_project).all())
            s.evidence << item.data;
        std::sort(s.evidence.begin(), s.evidence.end(),
                  [](const auto& a, const auto& b) { return a.finding < b.finding; });
        return s;
    }

    // Runs an edit that must push exactly one step, then checks undo and redo restore each state.
    void checkUndoRedo(const std::function<void()>& edit, const char* what)
    {
        const State before = state();
        const int steps = m_stack->count();
        edit();
        const State after = state();
        QVERIFY2(!(after == before), what);
        QVERIFY2(m_stack->count() == steps + 1, what);
        m_stack->undo();
        QVERIFY2(state() == before, what);
        m_stack->redo();
        QVERIFY2(state() == after, what);
        m_stack->undo();
        m_stack->redo();
        QVERIFY2(state() == after, what);
    }

    NoteData text(const QString& t, NoteKind kind = NoteKind::Observation)
    {
        NoteData data;
        data.text = t;
        data.kind = kind;
        return data;
    }

private slots:
    void init()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("cmd-%1.jsna").arg(++m_counter)));
        m_stack = std::make_unique<QUndoStack>();
        m_workshop =
            WorkshopRepository(*m_project).add({QStringLiteral("Ageing well"), {}, {}, false, {}, {}, {}}).id;
    }
    void cleanup()
    {
        m_stack.reset();
        m_project.reset();
    }

    void everyNoteEditUndoes()
    {
        project::Project& p = *m_project;
        QUndoStack& s = *m_stack;
        m_project->database().exec("INSERT INTO indicators(id, name, value_type, polarity) VALUES (4, "
                                   "'Falls', 'dsr', 'low-is-good')");
        qint64 a = 0;
        checkUndoRedo(
            [&] { a = cmd::fileNote(p, s, m_workshop, text(QStringLiteral("Carers #respite"))).id; }, "file");
        const qint64 b =
            cmd::fileNote(p, s, m_workshop, text(QStringLiteral("Zoë: buses"), NoteKind::Idea)).id;
        checkUndoRedo([&] { cmd::editNoteText(p, s, a, QStringLiteral("Carers need #respite breaks"), 7); },
                      "text");
        checkUndoRedo([&] { cmd::setNotesKind(p, s, {a, b}, NoteKind::Question); }, "kind");
        checkUndoRedo([&] { cmd::setNotesGroup(p, s, {a}, QStringLiteral("Residents")); }, "group");
        checkUndoRedo([&] { cmd::setNotesAgreed(p, s, {b}, true); }, "agreed");
        checkUndoRedo([&] { cmd::setNoteLinks(p, s, a, {{NoteLink::Target::Indicator, 4}}); }, "links");
        checkUndoRedo([&] { cmd::changeNoteVotes(p, s, {a, b}, 2); }, "votes");
        checkUndoRedo([&] { QVERIFY(cmd::moveNote(p, s, b, -1)); }, "move");
        const qint64 theme = cmd::addTheme(p, s, m_workshop, {QStringLiteral("Transport"), {}, 0}).id;
        checkUndoRedo([&] { cmd::setNotesTheme(p, s, {a, b}, theme); }, "theme");
        checkUndoRedo([&] { cmd::removeNotes(p, s, {a, b}); }, "remove");
    }

    void everyThemeEditUndoes()
    {
        project::Project& p = *m_project;
        QUndoStack& s = *m_stack;
        const qint64 a = cmd::fileNote(p, s, m_workshop, text(QStringLiteral("a"))).id;
        const qint64 b = cmd::fileNote(p, s, m_workshop, text(QStringLiteral("b"))).id;
        qint64 theme = 0;
        checkUndoRedo(
            [&] {
                theme = cmd::addTheme(p, s, m_workshop, {QStringLiteral("Isolation"), {}, 0}).id;
            },
            "add theme");
        checkUndoRedo(
            [&] {
                cmd::addThemeWithNotes(p, s, m_workshop, QStringLiteral("Access"), {a, b});
            },
            "theme from notes");
        checkUndoRedo(
            [&] {
                cmd::editTheme(p, s, theme, {QStringLiteral("Loneliness"), QStringLiteral("d"), 0});
            },
            "edit theme");
        checkUndoRedo([&] { cmd::changeThemeVotes(p, s, theme, 3); }, "theme votes");
        const qint64 criterion = PriorityRepository(p).criteria().constFirst().id;
        checkUndoRedo([&] { cmd::setScore(p, s, theme, criterion, 4); }, "score");
        checkUndoRedo([&] { cmd::setScore(p, s, theme, criterion, std::nullopt); }, "clear score");
        cmd::setScore(p, s, theme, criterion, 2);
        cmd::setNotesTheme(p, s, {a}, theme);
        checkUndoRedo([&] { cmd::removeTheme(p, s, theme); }, "remove theme");
    }

    void everyWorkshopEditUndoes()
    {
        project::Project& p = *m_project;
        QUndoStack& s = *m_stack;
        qint64 w = 0;
        checkUndoRedo(
            [&] {
                w = cmd::addWorkshop(p, s,
                                     {QStringLiteral("Smoking"), QDate(2025, 1, 2), {}, false, {}, {}, {}})
                        .id;
            },
            "add workshop");
        checkUndoRedo(
            [&] {
                cmd::editWorkshop(p, s, w,
                                  {QStringLiteral("Smoking in pregnancy"),
                                   {},
                                   QStringLiteral("Teams"),
                                   true,
                                   QStringLiteral("Ade"),
                                   QStringLiteral("p"),
                                   QStringLiteral("t")});
            },
            "edit workshop");
        qint64 participant = 0;
        checkUndoRedo(
            [&] {
                participant =
                    cmd::addParticipant(p, s, w, {QStringLiteral("NHS"), {}, {}, Consent::NotRecorded}).id;
            },
            "add participant");
        checkUndoRedo(
            [&] {
                cmd::editParticipant(
                    p, s, participant,
                    {QStringLiteral("NHS"), QStringLiteral("Trust"), QStringLiteral("Jo"), Consent::Given});
            },
            "edit participant");
        checkUndoRedo([&] { cmd::removeParticipant(p, s, participant); }, "remove participant");
        qint64 item = 0;
        checkUndoRedo(
            [&] {
                item = cmd::addEvidence(p, s, {QStringLiteral("Smoking at delivery 12%"), {}, {}, {}, {}, {}})
                           .id;
            },
            "add evidence");
        checkUndoRedo(
            [&] {
                cmd::editEvidence(p, s, item,
                                  {QStringLiteral("Smoking at delivery 12.4%"),
                                   {},
                                   {QStringLiteral("E09000011")},
                                   QStringLiteral("2023/24"),
                                   {},
                                   QStringLiteral("trend")});
            },
            "edit evidence");
        checkUndoRedo([&] { cmd::setWorkshopEvidence(p, s, w, {item}); }, "workshop evidence");
        NoteData linked = text(QStringLiteral("linked"));
        linked.links = {{NoteLink::Target::Evidence, item}};
        cmd::fileNote(p, s, w, linked);
        checkUndoRedo([&] { cmd::removeEvidence(p, s, item); }, "remove evidence");
        const qint64 theme = cmd::addTheme(p, s, w, {QStringLiteral("T"), {}, 1}).id;
        cmd::setScore(p, s, theme, PriorityRepository(p).criteria().constFirst().id, 3);
        checkUndoRedo([&] { cmd::removeWorkshop(p, s, w); }, "remove workshop");
    }

    void everyCriterionEditUndoes()
    {
        project::Project& p = *m_project;
        QUndoStack& s = *m_stack;
        qint64 c = 0;
        checkUndoRedo(
            [&] {
                c = cmd::addCriterion(p, s, {QStringLiteral("Equity"), QStringLiteral("Gap"), 2}).id;
            },
            "add criterion");
        checkUndoRedo(
            [&] {
                cmd::editCriterion(p, s, c, {QStringLiteral("Equity"), QStringLiteral("Gap"), 3});
            },
            "edit criterion");
        const qint64 theme = cmd::addTheme(p, s, m_workshop, {QStringLiteral("T"), {}, 0}).id;
        cmd::setScore(p, s, theme, c, 5);
        checkUndoRedo([&] { cmd::removeCriterion(p, s, c); }, "remove criterion");
    }

    void typingBurstsMerge()
    {
        const qint64 id = cmd::fileNote(*m_project, *m_stack, m_workshop, text(QStringLiteral("Car"))).id;
        const int steps = m_stack->count();
        cmd::editNoteText(*m_project, *m_stack, id, QStringLiteral("Carer"), 1);
        cmd::editNoteText(*m_project, *m_stack, id, QStringLiteral("Carers"), 1);
        cmd::editNoteText(*m_project, *m_stack, id, QStringLiteral("Carers say"), 1);
        QCOMPARE(m_stack->count(), steps + 1);
        cmd::editNoteText(*m_project, *m_stack, id, QStringLiteral("Carers said"),
                          2); // a new editing session
        QCOMPARE(m_stack->count(), steps + 2);
        m_stack->undo();
        QCOMPARE(NoteRepository(*m_project).find(id)->data.text, QStringLiteral("Carers say"));
        m_stack->undo();
        QCOMPARE(NoteRepository(*m_project).find(id)->data.text, QStringLiteral("Car"));
    }

    void votesMergeAndCancelOut()
    {
        const qint64 id =
            cmd::fileNote(*m_project, *m_stack, m_workshop, text(QStringLiteral("Idea"), NoteKind::Idea)).id;
        const int steps = m_stack->count();
        cmd::changeNoteVotes(*m_project, *m_stack, {id}, 1);
        cmd::changeNoteVotes(*m_project, *m_stack, {id}, 1);
        QCOMPARE(m_stack->count(), steps + 1);
        QCOMPARE(NoteRepository(*m_project).find(id)->data.votes, 2);
        cmd::changeNoteVotes(*m_project, *m_stack, {id}, -1);
        cmd::changeNoteVotes(*m_project, *m_stack, {id}, -1);
        QCOMPARE(m_stack->count(), steps); // back where it began: the step is obsolete and dropped
        cmd::changeNoteVotes(*m_project, *m_stack, {id}, -1); // cannot go below 0: nothing to do
        QCOMPARE(m_stack->count(), steps);
    }

    void noOpEditsPushNothing()
    {
        const qint64 id = cmd::fileNote(*m_project, *m_stack, m_workshop, text(QStringLiteral("Same"))).id;
        const int steps = m_stack->count();
        cmd::editNoteText(*m_project, *m_stack, id, QStringLiteral("Same"), 5);
        cmd::setNotesKind(*m_project, *m_stack, {id}, NoteKind::Observation);
        cmd::setWorkshopEvidence(*m_project, *m_stack, m_workshop, {});
        cmd::editWorkshop(*m_project, *m_stack, m_workshop,
                          WorkshopRepository(*m_project).find(m_workshop)->data);
        QCOMPARE(m_stack->count(), steps);
        QVERIFY(!cmd::moveNote(*m_project, *m_stack, id, -1));
        QVERIFY(!cmd::moveNote(*m_project, *m_stack, id, +1));
        QCOMPARE(m_stack->count(), steps);
    }

    void failedFirstWritePushesNothing()
    {
        const int steps = m_stack->count();
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 cmd::addTheme(*m_project, *m_stack, m_workshop, {QString(), {}, 0}));
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 cmd::editNoteText(*m_project, *m_stack, 999, QStringLiteral("x"), 1));
        QCOMPARE(m_stack->count(), steps);
    }

    void failedUndoIsReportedAndDropped()
    {
        const qint64 id = cmd::fileNote(*m_project, *m_stack, m_workshop, text(QStringLiteral("x"))).id;
        cmd::setNotesKind(*m_project, *m_stack, {id}, NoteKind::Idea);
        NoteRepository(*m_project).remove({id}); // behind the history's back
        QSignalSpy failed(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::writeFailed);
        const int steps = m_stack->count();
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_stack->count(), steps - 1); // the failed command is gone from the history
    }

    void undoAsksViewsToFocusTheNotes()
    {
        const qint64 id = cmd::fileNote(*m_project, *m_stack, m_workshop, text(QStringLiteral("x"))).id;
        cmd::setNotesKind(*m_project, *m_stack, {id}, NoteKind::Idea);
        QSignalSpy focus(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::focusNotesRequested);
        m_stack->undo();
        QCOMPARE(focus.count(), 1);
        QCOMPARE(focus.at(0).at(1).value<QList<qint64>>(), QList<qint64>{id});
    }
};

QTEST_MAIN(TestWorkshopCommands)
#include "tst_workshop_commands.moc"
