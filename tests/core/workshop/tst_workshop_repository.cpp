// SPDX-License-Identifier: GPL-3.0-or-later
// Workshops, participants, themes, prioritisation and evidence items: each write returns what undo
// needs, and putting it back restores exactly the state before.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/evidence/evidence_notifier.h"
#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/project/project_check.h"
#include "core/store/database.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"

using namespace jsna;
using namespace jsna::workshop;

class TestWorkshopRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    int m_counter = 0;

    WorkshopData sample() const
    {
        return {QStringLiteral("Healthy ageing – Zoë's group"),
                QDate(2025, 3, 14),
                QStringLiteral("Town Hall, Room 2"),
                false,
                QStringLiteral("Priya Shah"),
                QStringLiteral("Test the falls findings"),
                QStringLiteral("Ageing well")};
    }

    // Everything a workshop has, read back, to compare states before and after.
    struct State
    {
        Workshop workshop;
        QList<Participant> participants;
        QList<qint64> evidence;
        QList<Theme> themes;
        QList<ThemeScore> scores;
        QList<Note> notes;
        bool operator==(const State&) const = default;
    };
    State stateOf(qint64 id)
    {
        WorkshopRepository workshops(*m_project);
        return {*workshops.find(id),
                workshops.participantsOf(id),
                workshops.evidenceOf(id),
                ThemeRepository(*m_project).themesOf(id),
                PriorityRepository(*m_project).scoresOf(id),
                NoteRepository(*m_project).notesOf(id)};
    }

private slots:
    void init()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("repo-%1.jsna").arg(++m_counter)));
    }
    void cleanup() { m_project.reset(); }

    void workshopsRoundTrip()
    {
        WorkshopRepository workshops(*m_project);
        QSignalSpy changed(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::workshopsChanged);
        const Workshop added = workshops.add(sample());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*workshops.find(added.id), added);
        WorkshopData online = sample();
        online.online = true;
        online.place = QStringLiteral("Teams");
        online.date = {};
        QCOMPARE(workshops.update(added.id, online), sample());
        QCOMPARE(workshops.find(added.id)->data, online);
        QVERIFY_THROWS_EXCEPTION(ProjectError, workshops.add({}));
        const Workshop later = workshops.add({QStringLiteral("B"), QDate(2025, 6, 1), {}, false, {}, {}, {}});
        QCOMPARE(workshops.all().constFirst().id, later.id); // most recent first
    }

    void participantsRoundTrip()
    {
        WorkshopRepository workshops(*m_project);
        const qint64 w = workshops.add(sample()).id;
        QSignalSpy changed(&WorkshopNotifier::of(*m_project), &WorkshopNotifier::participantsChanged);
        const Participant p = workshops.addParticipant(
            w, {QStringLiteral("Residents"), {}, QStringLiteral("Zoë"), Consent::Given});
        const Participant q = workshops.addParticipant(
            w, {QStringLiteral("NHS"), QStringLiteral("Greenwich PCN"), {}, Consent::NotRecorded});
        QCOMPARE(workshops.participantsOf(w), (QList<Participant>{p, q}));
        QCOMPARE(workshops.updateParticipant(
                     q.id, {QStringLiteral("NHS"), QStringLiteral("Trust"), {}, Consent::Declined}),
                 q.data);
        const Participant removed = workshops.removeParticipant(p.id);
        QCOMPARE(removed, p);
        workshops.restoreParticipant(removed);
        QCOMPARE(workshops.participantsOf(w).constFirst(), p);
        QCOMPARE(changed.count(), 5);
        QVERIFY_THROWS_EXCEPTION(ProjectError, workshops.addParticipant(w, {}));
    }

    void themesAndScores()
    {
        const qint64 w = WorkshopRepository(*m_project).add(sample()).id;
        ThemeRepository themes(*m_project);
        PriorityRepository priorities(*m_project);
        NoteRepository notes(*m_project);
        const QList<Criterion> criteria = priorities.criteria();
        QCOMPARE(criteria.size(), 7);
        QCOMPARE(criteria.constFirst().data.name, QStringLiteral("Scale of local impact"));
        QCOMPARE(criteria.constLast().data.name, QStringLiteral("Timelines"));

        const Theme transport = themes.add(w, {QStringLiteral("Transport"), {}, 0});
        const Theme isolation = themes.add(w, {QStringLiteral("Isolation"), {}, 3});
        NoteData inTheme;
        inTheme.text = QStringLiteral("No buses after 6");
        inTheme.themeId = transport.id;
        const Note note = notes.file(w, inTheme);
        QCOMPARE(themes.noteCounts(w).value(transport.id), 1);

        QCOMPARE(priorities.setScore(transport.id, criteria.at(0).id, 5), std::optional<int>());
        QCOMPARE(priorities.setScore(transport.id, criteria.at(0).id, 4), std::optional<int>(5));
        priorities.setScore(isolation.id, criteria.at(1).id, 4);
        QVERIFY_THROWS_EXCEPTION(ProjectError, priorities.setScore(transport.id, criteria.at(1).id, 6));
        QCOMPARE(priorities.scoresOf(w).size(), 2);

        // Removing a theme frees its notes and drops its scores; restoring puts both back.
        const RemovedTheme removed = themes.remove(transport.id);
        QCOMPARE(removed.noteIds, QList<qint64>{note.id});
        QCOMPARE(removed.scores.size(), 1);
        QCOMPARE(notes.find(note.id)->data.themeId, qint64{0});
        QCOMPARE(priorities.scoresOf(w).size(), 1);
        themes.restore(removed);
        QCOMPARE(notes.find(note.id)->data.themeId, transport.id);
        QCOMPARE(priorities.scoresOf(w).size(), 2);
        QCOMPARE(themes.themesOf(w), (QList<Theme>{transport, isolation}));

        // Criteria are editable per project; removing one takes its scores with it, undone by restore.
        QCOMPARE(priorities.updateCriterion(criteria.at(1).id, {QStringLiteral("Severity"), {}, 2}),
                 criteria.at(1).data);
        const RemovedCriterion gone = priorities.removeCriterion(criteria.at(1).id);
        QCOMPARE(gone.scores.size(), 1);
        priorities.restoreCriterion(gone);
        QCOMPARE(priorities.criteria().at(1).data.weight, 2.0);
        QCOMPARE(priorities.scoresOf(w).size(), 2);
        QVERIFY_THROWS_EXCEPTION(ProjectError, priorities.addCriterion({QStringLiteral("Bad"), {}, -1}));
    }

    void rankingIsAWeightedMean()
    {
        QList<Theme> themes{{1, 1, 1, {QStringLiteral("A"), {}, 0}},
                            {2, 1, 2, {QStringLiteral("B"), {}, 5}},
                            {3, 1, 3, {QStringLiteral("C"), {}, 1}},
                            {4, 1, 4, {QStringLiteral("D"), {}, 0}}};
        QList<Criterion> criteria{{10, 1, {QStringLiteral("x"), {}, 3}},
                                  {11, 2, {QStringLiteral("y"), {}, 1}},
                                  {12, 3, {QStringLiteral("ignored"), {}, 0}}};
        QList<ThemeScore> scores{{1, 10, 4}, {1, 11, 0}, {2, 10, 2}, {2, 11, 4},
                                 {3, 10, 3}, {3, 12, 5}, {4, 11, 5}};
        const QList<RankedTheme> ranked = rankThemes(themes, criteria, scores);
        // A: (3*4 + 0)/4 = 3; B: (6 + 4)/4 = 2.5; C: 9/4 = 2.25; D: 5/4 = 1.25.
        QCOMPARE(ranked.size(), 4);
        QCOMPARE(ranked.at(0).themeId, qint64{1});
        QCOMPARE(ranked.at(0).score, 3.0);
        QCOMPARE(ranked.at(1).themeId, qint64{2});
        QCOMPARE(ranked.at(2).score, 2.25);
        QCOMPARE(ranked.at(2).scoredCriteria, 1);
        QCOMPARE(ranked.at(3).rank, 4);
        // Ties share a rank and are ordered by votes.
        scores = {{1, 10, 2}, {2, 10, 2}};
        const QList<RankedTheme> tied = rankThemes(themes, criteria, scores);
        QCOMPARE(tied.at(0).themeId, qint64{2}); // 5 votes
        QCOMPARE(tied.at(0).rank, 1);
        QCOMPARE(tied.at(1).rank, 1);
        QCOMPARE(tied.at(2).rank, 3);
    }

    void removingAWorkshopIsUndoable()
    {
        WorkshopRepository workshops(*m_project);
        const qint64 w = workshops.add(sample()).id;
        const qint64 other = workshops.add({QStringLiteral("Other"), {}, {}, false, {}, {}, {}}).id;
        evidence::EvidenceRepository evidence(*m_project);
        const qint64 item =
            evidence.add({QStringLiteral("Falls admissions above England"), std::nullopt, {}, {}, {}, {}}).id;
        workshops.setEvidence(w, {item});
        workshops.addParticipant(w, {QStringLiteral("Council"), {}, {}, Consent::Given});
        const Theme theme = ThemeRepository(*m_project).add(w, {QStringLiteral("Transport"), {}, 2});
        PriorityRepository(*m_project)
            .setScore(theme.id, PriorityRepository(*m_project).criteria().constFirst().id, 3);
        NoteData note;
        note.text = QStringLiteral("Community transport #buses");
        note.themeId = theme.id;
        note.links = {{NoteLink::Target::Evidence, item}};
        NoteRepository(*m_project).file(w, note);
        NoteRepository(*m_project).file(other, note);
        const State before = stateOf(w);

        const WorkshopSnapshot snapshot = workshops.remove(w);
        QVERIFY(!workshops.find(w));
        QCOMPARE(m_project->database().scalarInt64("SELECT count(*) FROM workshop_notes"), qint64{1});
        QCOMPARE(m_project->database().scalarInt64("SELECT count(*) FROM theme_scores"), qint64{0});
        workshops.restore(snapshot);
        QVERIFY(stateOf(w) == before);
        // The full-text index followed the cascade and the restore.
        m_project->database().exec(
            "INSERT INTO workshop_notes_fts(workshop_notes_fts) VALUES ('integrity-check')");
        QCOMPARE(m_project->database().scalarInt64(
                     "SELECT count(*) FROM workshop_notes_fts WHERE workshop_notes_fts MATCH 'buses'"),
                 qint64{2});
    }

    void evidenceItems()
    {
        evidence::EvidenceRepository evidence(*m_project);
        QSignalSpy added(&evidence::EvidenceNotifier::of(*m_project),
                         &evidence::EvidenceNotifier::evidenceAdded);
        m_project->database().exec("INSERT INTO indicators(id, name, value_type, polarity) VALUES (5, "
                                   "'Smoking', 'proportion', 'low-is-good')");
        const evidence::EvidenceData data{QStringLiteral("Smoking in pregnancy twice England's rate"),
                                          5,
                                          {QStringLiteral("E09000011"), QStringLiteral("E92000001")},
                                          QStringLiteral("2022/23"),
                                          QStringLiteral("Deprivation deciles"),
                                          QStringLiteral("spine")};
        const evidence::EvidenceItem item = evidence.add(data);
        QCOMPARE(added.count(), 1);
        QCOMPARE(evidence.find(item.id)->data, data);
        QCOMPARE(evidence.forIndicator(5).size(), 1);
        evidence::EvidenceData edited = data;
        edited.finding = QStringLiteral("Edited");
        QCOMPARE(evidence.update(item.id, edited), data);
        QVERIFY_THROWS_EXCEPTION(ProjectError, evidence.add({}));
        QVERIFY_THROWS_EXCEPTION(
            ProjectError, evidence.add({QStringLiteral("x"), {}, {QStringLiteral("E0 1")}, {}, {}, {}}));

        // Removing an item unlinks notes and workshops; restoring links them again.
        const qint64 w = WorkshopRepository(*m_project).add(sample()).id;
        WorkshopRepository(*m_project).setEvidence(w, {item.id});
        NoteData note;
        note.text = QStringLiteral("linked");
        note.links = {{NoteLink::Target::Indicator, 5}, {NoteLink::Target::Evidence, item.id}};
        const qint64 noteId = NoteRepository(*m_project).file(w, note).id;
        const evidence::RemovedEvidence removed = evidence.remove(item.id);
        QCOMPARE(removed.workshopIds, QList<qint64>{w});
        QCOMPARE(NoteRepository(*m_project).find(noteId)->data.links.size(), 1);
        evidence.restore(removed);
        QCOMPARE(NoteRepository(*m_project).find(noteId)->data.links, note.links);
        QCOMPARE(WorkshopRepository(*m_project).evidenceOf(w), QList<qint64>{item.id});
        QCOMPARE(*evidence.find(item.id), (evidence::EvidenceItem{item.id, edited, item.createdMs,
                                                                  evidence.find(item.id)->updatedMs}));
    }

    void fileStaysSound()
    {
        const qint64 w = WorkshopRepository(*m_project).add(sample()).id;
        NoteData note;
        note.text = QStringLiteral("x");
        NoteRepository(*m_project).file(w, note);
        const QString path = m_project->path();
        m_project.reset();
        const project::CheckReport report = project::checkProjectFile(path);
        QVERIFY2(report.isSound(), qPrintable(report.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopRepository)
#include "tst_workshop_repository.moc"
