// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop item models under QAbstractItemModelTester while they are filled, edited, reordered and
// refreshed from the notifier; edits through setData() are undoable.
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/note_search.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/commands/workshop_commands.h"
#include "ui/workshop/models/criteria_model.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/models/participant_model.h"
#include "ui/workshop/models/priority_model.h"
#include "ui/workshop/models/search_result_model.h"
#include "ui/workshop/models/theme_model.h"
#include "ui/workshop/models/workshop_list_model.h"

using namespace jsna;
using namespace jsna::workshop;
using namespace jsna::ui::workshop;
namespace cmd = jsna::ui::workshop::commands;

class TestWorkshopModels final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    qint64 m_workshop = 0;
    int m_counter = 0;

    static void watch(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }
    Note file(const QString& text, NoteKind kind = NoteKind::Observation)
    {
        NoteData data;
        data.text = text;
        data.kind = kind;
        return cmd::fileNote(*m_project, *m_stack, m_workshop, data);
    }

private slots:
    void init()
    {
        m_project =
            project::Project::create(m_dir.filePath(QStringLiteral("models-%1.jsna").arg(++m_counter)));
        m_stack = std::make_unique<QUndoStack>();
        m_workshop =
            WorkshopRepository(*m_project).add({QStringLiteral("Ageing well"), {}, {}, false, {}, {}, {}}).id;
    }
    void cleanup()
    {
        m_stack.reset();
        m_project.reset();
    }

    void noteListFollowsEveryChange()
    {
        NoteListModel model(*m_project, *m_stack);
        watch(&model);
        file(QStringLiteral("before the view"));
        model.setWorkshop(m_workshop);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const Note second = file(QStringLiteral("Zoë says #transport is the barrier"), NoteKind::Insight);
        QCOMPARE(inserted.count(), 1); // one row inserted, no reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex text = model.index(1, int(NoteListModel::Column::Text));
        QCOMPARE(text.data().toString(), second.data.text);
        QCOMPARE(model.index(1, int(NoteListModel::Column::Kind)).data().toString(),
                 QStringLiteral("Insight"));
        QCOMPARE(model.index(1, int(NoteListModel::Column::Tags)).data().toString(),
                 QStringLiteral("#transport"));
        QCOMPARE(text.data(NoteListModel::NoteIdRole).toLongLong(), second.id);

        // Edits through the model are undoable commands, and come back as row changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.beginEditBurst();
        QVERIFY(model.setData(text, QStringLiteral("Zoë says buses are the barrier")));
        QVERIFY(model.setData(text, QStringLiteral("Zoë says buses are the main barrier")));
        QVERIFY(!model.setData(text, QStringLiteral("   "))); // emptying is not deleting
        QCOMPARE(changed.count(), 2);
        QVERIFY(model.setData(model.index(1, int(NoteListModel::Column::Kind)), int(NoteKind::Question)));
        QVERIFY(
            model.setData(model.index(1, int(NoteListModel::Column::Group)), QStringLiteral("Residents")));
        QVERIFY(model.setData(model.index(1, int(NoteListModel::Column::Votes)), 3));
        QCOMPARE(model.index(1, int(NoteListModel::Column::Group)).data().toString(),
                 QStringLiteral("Residents"));
        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        m_stack->undo(); // the typing burst in one step
        QCOMPARE(model.index(1, int(NoteListModel::Column::Text)).data().toString(), second.data.text);

        // Reordering moves rows (a layout change) and keeps persistent indexes on their notes.
        const QPersistentModelIndex persistent = model.index(1, 0);
        QVERIFY(cmd::moveNote(*m_project, *m_stack, second.id, -1));
        QCOMPARE(model.noteIdAt(0), second.id);
        QCOMPARE(persistent.row(), 0);
        m_stack->undo();
        QCOMPARE(model.noteIdAt(1), second.id);

        // Themes show by title and follow renames.
        const Theme theme =
            cmd::addTheme(*m_project, *m_stack, m_workshop, {QStringLiteral("Transport"), {}, 0});
        cmd::setNotesTheme(*m_project, *m_stack, {second.id}, theme.id);
        QCOMPARE(model.index(1, int(NoteListModel::Column::Theme)).data().toString(),
                 QStringLiteral("Transport"));
        cmd::editTheme(*m_project, *m_stack, theme.id, {QStringLiteral("Getting there"), {}, 0});
        QCOMPARE(model.index(1, int(NoteListModel::Column::Theme)).data().toString(),
                 QStringLiteral("Getting there"));

        // Deleting and undoing.
        cmd::removeNotes(*m_project, *m_stack, {model.noteIdAt(0)});
        QCOMPARE(model.rowCount(), 1);
        m_stack->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, int(NoteListModel::Column::Text)).data().toString(),
                 QStringLiteral("before the view"));

        // Notes of other workshops are not shown; the workshop's deletion empties the model, undo refills.
        const qint64 other =
            WorkshopRepository(*m_project).add({QStringLiteral("Other"), {}, {}, false, {}, {}, {}}).id;
        NoteData elsewhere;
        elsewhere.text = QStringLiteral("elsewhere");
        cmd::fileNote(*m_project, *m_stack, other, elsewhere);
        QCOMPARE(model.rowCount(), 2);
        cmd::removeWorkshop(*m_project, *m_stack, m_workshop);
        QCOMPARE(model.rowCount(), 0);
        m_stack->undo();
        QCOMPARE(model.rowCount(), 2);

        // Drags carry note ids.
        std::unique_ptr<QMimeData> mime(
            model.mimeData({model.index(0, 0), model.index(1, 2), model.index(1, 0)}));
        QCOMPARE(NoteListModel::idsFromMime(mime.get()),
                 (QList<qint64>{model.noteIdAt(0), model.noteIdAt(1)}));
    }

    void themesTakeDroppedNotes()
    {
        ThemeModel themes(*m_project, *m_stack);
        NoteListModel notes(*m_project, *m_stack);
        watch(&themes);
        themes.setWorkshop(m_workshop);
        notes.setWorkshop(m_workshop);
        const Note a = file(QStringLiteral("a"));
        const Note b = file(QStringLiteral("b"));
        cmd::addTheme(*m_project, *m_stack, m_workshop, {QStringLiteral("Transport"), {}, 0});
        cmd::addTheme(*m_project, *m_stack, m_workshop, {QStringLiteral("Isolation"), {}, 0});
        QCOMPARE(themes.rowCount(), 2);
        std::unique_ptr<QMimeData> mime(notes.mimeData({notes.index(0, 0), notes.index(1, 0)}));
        const QModelIndex isolation = themes.index(1, 0);
        QVERIFY(themes.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, isolation));
        QVERIFY(!themes.canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {})); // between themes: no
        QVERIFY(themes.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, isolation));
        QCOMPARE(themes.index(1, int(ThemeModel::Column::Notes)).data().toInt(), 2);
        QCOMPARE(NoteRepository(*m_project).find(a.id)->data.themeId, themes.themeIdAt(1));
        QVERIFY(themes.setData(themes.index(1, int(ThemeModel::Column::Votes)), 4));
        QVERIFY(
            themes.setData(themes.index(1, int(ThemeModel::Column::Title)), QStringLiteral("Loneliness")));
        QCOMPARE(themes.index(1, 0).data().toString(), QStringLiteral("Loneliness"));
        m_stack->undo();
        m_stack->undo();
        m_stack->undo(); // the drop
        QCOMPARE(themes.index(1, int(ThemeModel::Column::Notes)).data().toInt(), 0);
        QCOMPARE(NoteRepository(*m_project).find(b.id)->data.themeId, qint64{0});
        cmd::removeTheme(*m_project, *m_stack, themes.themeIdAt(0));
        QCOMPARE(themes.rowCount(), 1);
        m_stack->undo();
        QCOMPARE(themes.rowCount(), 2);
    }

    void priorityScoresRankThemes()
    {
        PriorityModel model(*m_project, *m_stack);
        CriteriaModel criteria(*m_project, *m_stack);
        watch(&model);
        watch(&criteria);
        model.setWorkshop(m_workshop);
        QCOMPARE(model.columnCount(), int(PriorityModel::Column::FirstCriterion) + 7);
        QCOMPARE(criteria.rowCount(), 7);
        cmd::addTheme(*m_project, *m_stack, m_workshop, {QStringLiteral("Transport"), {}, 0});
        cmd::addTheme(*m_project, *m_stack, m_workshop, {QStringLiteral("Isolation"), {}, 0});
        const int first = int(PriorityModel::Column::FirstCriterion);
        QVERIFY(model.setData(model.index(1, first), 5));
        QVERIFY(model.setData(model.index(1, first + 1), QStringLiteral("4")));
        QVERIFY(!model.setData(model.index(1, first + 2), 9)); // out of range
        QVERIFY(model.setData(model.index(0, first), 1));
        // Rows keep their order; rank and score follow.
        QCOMPARE(model.index(0, int(PriorityModel::Column::Theme)).data().toString(),
                 QStringLiteral("Transport"));
        QCOMPARE(model.index(1, int(PriorityModel::Column::Rank)).data().toInt(), 1);
        QCOMPARE(model.index(0, int(PriorityModel::Column::Rank)).data().toInt(), 2);
        QCOMPARE(model.index(1, int(PriorityModel::Column::Score)).data().toString(),
                 QStringLiteral("%1").arg(9.0 / 7, 0, 'f', 2));
        QVERIFY(model.setData(model.index(1, first + 1), QString())); // clears
        QVERIFY(!model.index(1, first + 1).data().isValid());
        // Weights are editable per project and move the ranking.
        QVERIFY(criteria.setData(criteria.index(0, int(CriteriaModel::Column::Weight)), 0));
        QCOMPARE(model.headerData(first, Qt::Horizontal).toString(),
                 QStringLiteral("Scale of local impact\n×0"));
        QCOMPARE(model.index(1, int(PriorityModel::Column::Score)).data().toString(), QStringLiteral("0.00"));
        QVERIFY(!criteria.setData(criteria.index(0, int(CriteriaModel::Column::Weight)), -2));
        QVERIFY(
            criteria.setData(criteria.index(0, int(CriteriaModel::Column::Name)), QStringLiteral("Scale")));
        cmd::addCriterion(*m_project, *m_stack, {QStringLiteral("Equity"), {}, 1});
        QCOMPARE(model.columnCount(), first + 8);
        QCOMPARE(criteria.rowCount(), 8);
        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(model.columnCount(), first + 7);
        QCOMPARE(criteria.index(0, int(CriteriaModel::Column::Weight)).data(Qt::EditRole).toDouble(), 1.0);
    }

    void participantsAndWorkshops()
    {
        WorkshopListModel workshops(*m_project);
        ParticipantModel participants(*m_project, *m_stack);
        watch(&workshops);
        watch(&participants);
        participants.setWorkshop(m_workshop);
        QCOMPARE(workshops.rowCount(), 1);
        cmd::addWorkshop(*m_project, *m_stack,
                         {QStringLiteral("Later"), QDate(2030, 1, 1), {}, false, {}, {}, {}});
        QCOMPARE(workshops.rowCount(), 2);
        QCOMPARE(workshops.index(0, 0).data().toString(), QStringLiteral("Later"));
        cmd::editWorkshop(*m_project, *m_stack, m_workshop,
                          {QStringLiteral("Renamed"), {}, {}, false, {}, {}, {}});
        QCOMPARE(workshops.index(workshops.rowOf(m_workshop), 0).data().toString(),
                 QStringLiteral("Renamed"));
        cmd::addParticipant(*m_project, *m_stack, m_workshop,
                            {QStringLiteral("NHS"), {}, {}, Consent::NotRecorded});
        QCOMPARE(participants.rowCount(), 1);
        QVERIFY(participants.setData(participants.index(0, int(ParticipantModel::Column::Consent)),
                                     int(Consent::Given)));
        QCOMPARE(participants.index(0, int(ParticipantModel::Column::Consent)).data().toString(),
                 QStringLiteral("Consent given"));
        QVERIFY(
            !participants.setData(participants.index(0, int(ParticipantModel::Column::Group)), QString()));
        QVERIFY(participants.setData(participants.index(0, int(ParticipantModel::Column::Name)),
                                     QStringLiteral("Zoë")));
        cmd::removeParticipant(*m_project, *m_stack, participants.participantIdAt(0));
        QCOMPARE(participants.rowCount(), 0);
        m_stack->undo();
        QCOMPARE(participants.index(0, int(ParticipantModel::Column::Name)).data().toString(),
                 QStringLiteral("Zoë"));
        cmd::removeWorkshop(*m_project, *m_stack, m_workshop);
        QCOMPARE(workshops.rowCount(), 1);
        QCOMPARE(participants.rowCount(), 0);
        m_stack->undo();
        QCOMPARE(workshops.rowCount(), 2);
        QCOMPARE(participants.rowCount(), 1);
    }

    void searchResults()
    {
        SearchResultModel model;
        watch(&model);
        file(QStringLiteral("Carers & <b>respite</b>"));
        model.setHits(
            NoteSearch(*m_project).search({QStringLiteral("respite"), 0, std::nullopt, {}, {}, 50}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Carers & <b>respite</b>"));
        QCOMPARE(model.index(0, 0).data(SearchResultModel::HtmlRole).toString(),
                 QStringLiteral("Carers &amp; &lt;b&gt;<mark>respite</mark>&lt;/b&gt;"));
        QCOMPARE(model.index(0, int(SearchResultModel::Column::Workshop)).data().toString(),
                 QStringLiteral("Ageing well"));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestWorkshopModels)
#include "tst_workshop_models.moc"
