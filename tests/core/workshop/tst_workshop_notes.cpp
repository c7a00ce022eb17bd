// SPDX-License-Identifier: GPL-3.0-or-later
// Notes: capture parsing, tags, filing, editing, reordering, deleting and restoring, with the
// signals the views rely on and the durability the capture view promises.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/note_input.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"

using namespace jsna;
using namespace jsna::workshop;

class TestWorkshopNotes final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    qint64 m_workshop = 0;
    int m_counter = 0;

    NoteData data(const QString& text, NoteKind kind = NoteKind::Observation)
    {
        NoteData note;
        note.kind = kind;
        note.text = text;
        return note;
    }

private slots:
    void init()
    {
        m_project =
            project::Project::create(m_dir.filePath(QStringLiteral("notes-%1.jsna").arg(++m_counter)));
        m_workshop = WorkshopRepository(*m_project)
                         .add({QStringLiteral("Falls in older people"), {}, {}, false, {}, {}, {}})
                         .id;
    }
    void cleanup() { m_project.reset(); }

    void prefixesSetTheKind_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("fromPrefix");
        QTest::newRow("plain") << "Carers feel unheard" << int(NoteKind::Observation) << "Carers feel unheard"
                               << false;
        QTest::newRow("question") << "? Why are rates rising" << int(NoteKind::Question)
                                  << "Why are rates rising" << true;
        QTest::newRow("action") << "!Share data with PCNs" << int(NoteKind::Action) << "Share data with PCNs"
                                << true;
        QTest::newRow("idea") << "i: strength and balance classes" << int(NoteKind::Idea)
                              << "strength and balance classes" << true;
        QTest::newRow("idea upper") << "I: Home checks" << int(NoteKind::Idea) << "Home checks" << true;
        QTest::newRow("insight") << "* Falls cluster after discharge" << int(NoteKind::Insight)
                                 << "Falls cluster after discharge" << true;
        QTest::newRow("conclusion") << "= Prioritise falls" << int(NoteKind::Conclusion) << "Prioritise falls"
                                    << true;
        QTest::newRow("letters") << "q: who owns this?" << int(NoteKind::Question) << "who owns this?"
                                 << true;
        QTest::newRow("not a prefix")
            << "in: the room" << int(NoteKind::Observation) << "in: the room" << false;
        QTest::newRow("spaces") << "   ?   spaced  " << int(NoteKind::Question) << "spaced" << true;
    }
    void prefixesSetTheKind()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(bool, fromPrefix);
        const CapturedInput input = parseCaptureInput(line);
        QCOMPARE(int(input.kind), kind);
        QCOMPARE(input.text, text);
        QCOMPARE(input.kindFromPrefix, fromPrefix);
        for (NoteKind k : allNoteKinds())
            QCOMPARE(parseCaptureInput(capturePrefix(k) + QStringLiteral(" x")).kind, k);
    }

    void tagsAreReadFromText()
    {
        QCOMPARE(extractTags(QStringLiteral("#Falls and #falls-prevention, #falls again; C# item#3 #Zoë-")),
                 (QStringList{QStringLiteral("falls"), QStringLiteral("falls-prevention"),
                              QStringLiteral("zoë")}));
        QVERIFY(extractTags(QStringLiteral("no tags here")).isEmpty());
        QVERIFY(extractTags(QStringLiteral("# alone")).isEmpty());
    }

    void filingStoresAndAnnounces()
    {
        NoteRepository notes(*m_project);
        QSignalSpy added(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::notesAdded);
        const Note first = notes.file(m_workshop, data(QStringLiteral("Waiting lists for #physio are long")));
        const Note second =
            notes.file(m_workshop, data(QStringLiteral("Zoë from Age UK: transport"), NoteKind::Insight));
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).toLongLong(), m_workshop);
        QCOMPARE(added.at(1).at(1).value<QList<qint64>>(), QList<qint64>{second.id});
        QVERIFY(first.createdMs > 0);
        QCOMPARE(first.tags, QStringList{QStringLiteral("physio")});
        QVERIFY(second.position > first.position);
        const QList<Note> all = notes.notesOf(m_workshop);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), first);
        QCOMPARE(all.at(1), second);
        QCOMPARE(notes.countOf(m_workshop), qint64{2});
        QCOMPARE(notes.tagsOf(m_workshop), QStringList{QStringLiteral("physio")});
    }

    void writesAreDurableAndRestoreTheConnection()
    {
        store::Database& db = m_project->database();
        QCOMPARE(db.scalarInt64("PRAGMA synchronous"), qint64{1}); // NORMAL, as the store opens it
        NoteRepository(*m_project).file(m_workshop, data(QStringLiteral("x")));
        QCOMPARE(db.scalarInt64("PRAGMA synchronous"), qint64{1});
        QCOMPARE(db.scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
    }

    void updateWritesOnlyMaskedFieldsAndReturnsPrevious()
    {
        NoteRepository notes(*m_project);
        NoteData original = data(QStringLiteral("Original #one"), NoteKind::Idea);
        original.stakeholderGroup = QStringLiteral("NHS");
        original.votes = 2;
        const Note note = notes.file(m_workshop, original);
        QSignalSpy changed(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::notesChanged);

        NoteData edit = data(QStringLiteral("Edited #two"), NoteKind::Action);
        edit.votes = 9;
        const NoteData previous = notes.update(note.id, edit, NoteField::Text | NoteField::Votes);
        QCOMPARE(previous, original);
        const Note stored = *notes.find(note.id);
        QCOMPARE(stored.data.text, QStringLiteral("Edited #two"));
        QCOMPARE(stored.data.votes, 9);
        QCOMPARE(stored.data.kind, NoteKind::Idea); // not in the mask
        QCOMPARE(stored.data.stakeholderGroup, QStringLiteral("NHS"));
        QCOMPARE(stored.tags, QStringList{QStringLiteral("two")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<NoteFieldMask>(), NoteField::Text | NoteField::Votes);

        QVERIFY_THROWS_EXCEPTION(ProjectError, notes.update(note.id + 1000, edit, NoteField::Text));
        NoteData negative = edit;
        negative.votes = -1;
        QVERIFY_THROWS_EXCEPTION(ProjectError, notes.update(note.id, negative, NoteField::Votes));
        QCOMPARE(notes.find(note.id)->data.votes, 9); // the failed write changed nothing
    }

    void linksRoundTrip()
    {
        m_project->database().exec("INSERT INTO indicators(id, name, value_type, polarity) VALUES (7, "
                                   "'Falls', 'dsr', 'low-is-good')");
        m_project->database().exec(
            "INSERT INTO evidence_items(id, finding, created_ms, updated_ms) VALUES (3, 'Falls high', 1, 1)");
        NoteRepository notes(*m_project);
        NoteData linked = data(QStringLiteral("@Falls high"));
        linked.links = {{NoteLink::Target::Evidence, 3}, {NoteLink::Target::Indicator, 7}};
        const Note note = notes.file(m_workshop, linked);
        QCOMPARE(notes.find(note.id)->data.links, linked.links);
        QCOMPARE(notes.notesOf(m_workshop).constFirst().data.links, linked.links);
        NoteData unlinked = linked;
        unlinked.links = {{NoteLink::Target::Indicator, 7}};
        QCOMPARE(notes.update(note.id, unlinked, NoteField::Links).links, linked.links);
        QCOMPARE(notes.find(note.id)->data.links, unlinked.links);
    }

    void removeAndRestoreGiveBackTheSameNotes()
    {
        NoteRepository notes(*m_project);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << notes.file(m_workshop, data(QStringLiteral("note %1").arg(i))).id;
        const QList<Note> before = notes.notesOf(m_workshop);
        QSignalSpy removedSpy(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::notesRemoved);
        const QList<Note> removed = notes.remove({ids.at(3), ids.at(1)});
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).id, ids.at(1)); // in position order
        QCOMPARE(removedSpy.count(), 1);
        QCOMPARE(notes.countOf(m_workshop), qint64{3});
        notes.restore(removed);
        QCOMPARE(notes.notesOf(m_workshop), before);
    }

    void swapReorders()
    {
        NoteRepository notes(*m_project);
        const qint64 a = notes.file(m_workshop, data(QStringLiteral("a"))).id;
        const qint64 b = notes.file(m_workshop, data(QStringLiteral("b"))).id;
        QSignalSpy moved(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::notesMoved);
        notes.swapPositions(a, b);
        QCOMPARE(notes.notesOf(m_workshop).constFirst().id, b);
        QCOMPARE(moved.count(), 1);
        notes.swapPositions(a, b);
        QCOMPARE(notes.notesOf(m_workshop).constFirst().id, a);
    }

    void agreedConclusions()
    {
        NoteRepository notes(*m_project);
        NoteData conclusion = data(QStringLiteral("Falls are a priority"), NoteKind::Conclusion);
        const Note open = notes.file(m_workshop, conclusion);
        conclusion.agreed = true;
        const Note agreed = notes.file(m_workshop, conclusion);
        NoteData agreedIdea = data(QStringLiteral("not a conclusion"), NoteKind::Idea);
        agreedIdea.agreed = true;
        notes.file(m_workshop, agreedIdea);
        const QList<Note> found = notes.agreedConclusions(m_workshop);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().id, agreed.id);
        QVERIFY(found.constFirst().id != open.id);
        QCOMPARE(notes.agreedConclusions(std::nullopt).size(), 1);
    }

    void readOnlyProjectRefusesWrites()
    {
        const QString path = m_project->path();
        m_project.reset();
        auto readOnly = project::Project::inspect(path);
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 NoteRepository(*readOnly).file(m_workshop, data(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopNotes)
#include "tst_workshop_notes.moc"
