// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over notes: punctuation and quotes in queries, accents, FTS5 syntax typed by the
// user (never interpreted), filters, and highlighted, escaped results.
#include <QTemporaryDir>
#include <QTest>

#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/note_search.h"
#include "core/workshop/workshop_repository.h"

using namespace jsna;
using namespace jsna::workshop;

class TestWorkshopSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    qint64 m_first = 0;
    qint64 m_second = 0;
    QHash<QString, qint64> m_ids; // text -> note id

    void file(qint64 workshop, const QString& text, NoteKind kind = NoteKind::Observation,
              const QString& group = {})
    {
        NoteData data;
        data.text = text;
        data.kind = kind;
        data.stakeholderGroup = group;
        m_ids.insert(text, NoteRepository(*m_project).file(workshop, data).id);
    }

    QList<qint64> ids(const NoteQuery& query)
    {
        QList<qint64> found;
        for (const NoteHit& hit : NoteSearch(*m_project).search(query))
            found << hit.noteId;
        std::sort(found.begin(), found.end());
        return found;
    }
    QList<qint64> ids(const QString& text) { return ids(NoteQuery{text, 0, std::nullopt, {}, {}, 200}); }
    QList<qint64> idsOf(const QStringList& texts)
    {
        QList<qint64> found;
        for (const QString& text : texts)
            found << m_ids.value(text);
        std::sort(found.begin(), found.end());
        return found;
    }

private slots:
    void initTestCase()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("search.jsna")));
        WorkshopRepository workshops(*m_project);
        m_first = workshops.add({QStringLiteral("Falls"), {}, {}, false, {}, {}, {}}).id;
        m_second = workshops.add({QStringLiteral("Smoking"), {}, {}, false, {}, {}, {}}).id;
        file(m_first, QStringLiteral("Zoë from the carers' centre: transport is the barrier #transport"),
             NoteKind::Insight, QStringLiteral("Residents"));
        file(m_first, QStringLiteral("We don't know how many carers there are"), NoteKind::Question,
             QStringLiteral("Council"));
        file(m_first, QStringLiteral("Analysts need C++ and R skills"), NoteKind::Idea,
             QStringLiteral("NHS"));
        file(m_first, QStringLiteral("She said \"nothing changes\" after the last JSNA"),
             NoteKind::Observation, QStringLiteral("Residents"));
        file(m_second,
             QStringLiteral("Stop-smoking service <script>alert(1)</script> & pharmacies #transport"),
             NoteKind::Action, QStringLiteral("NHS"));
        file(m_second, QStringLiteral("Café in Łódź-style community hub OR NEAR the station"));
    }
    void cleanupTestCase() { m_project.reset(); }

    void matchExpressionQuotesEverything_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("words") << "carers transport "
                               << "\"carers\" \"transport\"";
        QTest::newRow("prefix while typing") << "carers trans"
                                             << "\"carers\" \"trans\"*";
        QTest::newRow("quotes doubled") << "\"nothing changes\""
                                        << "\"\"\"nothing\" \"changes\"\"\"";
        QTest::newRow("apostrophe") << "don't"
                                    << "\"don't\"";
        QTest::newRow("c++") << "C++"
                             << "\"C++\"";
        QTest::newRow("syntax is text") << "a OR b NEAR(c) col:d -e ^f"
                                        << "\"a\" \"OR\" \"b\" \"NEAR(c)\" \"col:d\" \"-e\" \"^f\"";
        QTest::newRow("punctuation only") << "++ -- ''"
                                          << "";
        QTest::newRow("empty") << "   "
                               << "";
    }
    void matchExpressionQuotesEverything()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(buildMatchExpression(typed), expression);
    }

    void accentsAreIgnored()
    {
        const QList<qint64> zoe =
            idsOf({QStringLiteral("Zoë from the carers' centre: transport is the barrier #transport")});
        QCOMPARE(ids(QStringLiteral("zoe ")), zoe);
        QCOMPARE(ids(QStringLiteral("ZOË ")), zoe);
        QCOMPARE(ids(QStringLiteral("cafe ")),
                 idsOf({QStringLiteral("Café in Łódź-style community hub OR NEAR the station")}));
    }

    void punctuationInQueries()
    {
        QCOMPARE(ids(QStringLiteral("don't")),
                 idsOf({QStringLiteral("We don't know how many carers there are")}));
        QCOMPARE(ids(QStringLiteral("C++ skills")),
                 idsOf({QStringLiteral("Analysts need C++ and R skills")}));
        QCOMPARE(ids(QStringLiteral("\"nothing changes\"")),
                 idsOf({QStringLiteral("She said \"nothing changes\" after the last JSNA")}));
        QCOMPARE(ids(QStringLiteral("carers'")).size(), 2);
        QVERIFY(ids(QStringLiteral("++")).isEmpty());
    }

    void queriesCannotInjectSyntaxOrSql()
    {
        // Each of these would be an FTS5 syntax error or a different query if passed through raw.
        for (const char* typed : {"\"", "a\"b", "NEAR(", "OR", "AND NOT", "*", "text:carers", "(carers",
                                  "'; DROP TABLE workshop_notes; --", "{text} : x", "^carers", "carers)"}) {
            NoteSearch(*m_project)
                .search({QString::fromUtf8(typed), 0, std::nullopt, {}, {}, 200}); // must not throw
        }
        QCOMPARE(m_project->database().scalarInt64("SELECT count(*) FROM workshop_notes"), qint64{6});
        // "OR" and "NEAR" are searched as words.
        QCOMPARE(ids(QStringLiteral("or near ")),
                 idsOf({QStringLiteral("Café in Łódź-style community hub OR NEAR the station")}));
    }

    void prefixMatchesWhileTyping()
    {
        QCOMPARE(ids(QStringLiteral("care")).size(), 2);  // carers, carers'
        QCOMPARE(ids(QStringLiteral("care ")).size(), 0); // a finished word is matched whole
    }

    void filters()
    {
        QCOMPARE(ids(NoteQuery{QStringLiteral("transport "), m_second, std::nullopt, {}, {}, 200}).size(), 1);
        QCOMPARE(ids(NoteQuery{{}, m_first, NoteKind::Question, {}, {}, 200}),
                 idsOf({QStringLiteral("We don't know how many carers there are")}));
        QCOMPARE(ids(NoteQuery{{}, 0, std::nullopt, QStringLiteral("Transport"), {}, 200}).size(), 2);
        QCOMPARE(ids(NoteQuery{{}, 0, std::nullopt, {}, QStringLiteral("Residents"), 200}).size(), 2);
        QCOMPARE(
            ids(NoteQuery{QStringLiteral("carers "), 0, std::nullopt, {}, QStringLiteral("Council"), 200})
                .size(),
            1);
        QCOMPARE(ids(NoteQuery{{}, 0, std::nullopt, {}, {}, 200}).size(), 6);
        QCOMPARE(ids(NoteQuery{{}, 0, std::nullopt, {}, {}, 2}).size(), 2);
        // Words are looked for in the text only, never in the indexed filter columns.
        QVERIFY(ids(QStringLiteral("question ")).isEmpty());
        QVERIFY(ids(QStringLiteral("nhs ")).isEmpty());
        QVERIFY(ids(QString::number(m_second) + u' ').isEmpty()); // no note says "2"
        QCOMPARE(ids(NoteQuery{{}, m_first, NoteKind::Question, {}, QStringLiteral("Council"), 200}).size(),
                 1);
        QCOMPARE(ids(NoteQuery{QStringLiteral("carers "), m_second, std::nullopt, {}, {}, 200}).size(), 0);
        QCOMPARE(ids(NoteQuery{{}, 0, std::nullopt, {}, QStringLiteral("Voluntary"), 200}).size(),
                 0); // exact group only
    }

    void resultsAreHighlightedAndEscaped()
    {
        const QList<NoteHit> hits =
            NoteSearch(*m_project).search({QStringLiteral("pharmacies "), 0, std::nullopt, {}, {}, 200});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().workshopTitle, QStringLiteral("Smoking"));
        QCOMPARE(hits.constFirst().kind, NoteKind::Action);
        QCOMPARE(hits.constFirst().html,
                 QStringLiteral("Stop-smoking service &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                "<mark>pharmacies</mark> #transport"));
        const QList<NoteHit> zoe =
            NoteSearch(*m_project).search({QStringLiteral("zoe"), 0, std::nullopt, {}, {}, 200});
        QVERIFY2(
            zoe.constFirst().html.startsWith(
                QStringLiteral("<mark>Zoë</mark> from the carers&#39; centre")) ||
                zoe.constFirst().html.startsWith(QStringLiteral("<mark>Zoë</mark> from the carers' centre")),
            qPrintable(zoe.constFirst().html));
        // Filter-only results are escaped too.
        const QList<NoteHit> all =
            NoteSearch(*m_project).search({{}, m_second, NoteKind::Action, {}, {}, 200});
        QVERIFY(all.constFirst().html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void indexFollowsEditsAndDeletes()
    {
        NoteRepository notes(*m_project);
        const qint64 id = m_ids.value(QStringLiteral("Analysts need C++ and R skills"));
        NoteData edit;
        edit.text = QStringLiteral("Analysts need Python");
        const NoteData before = notes.update(id, edit, NoteField::Text);
        QVERIFY(ids(QStringLiteral("skills ")).isEmpty());
        QCOMPARE(ids(QStringLiteral("python ")), QList<qint64>{id});
        const QList<Note> removed = notes.remove({id});
        QVERIFY(ids(QStringLiteral("python ")).isEmpty());
        notes.restore(removed);
        notes.update(id, before, NoteField::Text);
        QCOMPARE(ids(QStringLiteral("skills ")), QList<qint64>{id});
        m_project->database().exec(
            "INSERT INTO workshop_notes_fts(workshop_notes_fts) VALUES ('integrity-check')");
    }

    void tagFilterIsExactAndNewestComeFirst()
    {
        file(m_first, QStringLiteral("Older note #falls #prevention"));
        file(m_first, QStringLiteral("Newer note #falls-prevention"));
        const QList<NoteHit> hits =
            NoteSearch(*m_project).search({{}, 0, std::nullopt, QStringLiteral("falls-prevention"), {}, 200});
        QCOMPARE(hits.size(), 1); // "#falls #prevention" is not the tag, though its words are adjacent
        QCOMPARE(hits.constFirst().noteId, m_ids.value(QStringLiteral("Newer note #falls-prevention")));
        const QList<NoteHit> notes =
            NoteSearch(*m_project).search({QStringLiteral("note"), 0, std::nullopt, {}, {}, 200});
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes.at(0).noteId > notes.at(1).noteId); // newest first
        QCOMPARE(NoteSearch(*m_project)
                     .search({QStringLiteral("note"), 0, std::nullopt, QStringLiteral("falls"), {}, 200})
                     .size(),
                 1);
        QCOMPARE(
            NoteSearch(*m_project).search({{}, 0, std::nullopt, QStringLiteral("fa\"lls"), {}, 200}).size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestWorkshopSearch)
#include "tst_workshop_search.moc"
