// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop summaries: HTML with every piece of user text escaped and names only with consent; CSV
// that reads back field for field; both written atomically.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/import/csv_reader.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/theme_repository.h"
#include "core/workshop/workshop_export.h"
#include "core/workshop/workshop_repository.h"

using namespace jsna;
using namespace jsna::workshop;

class TestWorkshopExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<project::Project> m_project;
    qint64 m_workshop = 0;
    qint64 m_conclusion = 0;

private slots:
    void initTestCase()
    {
        m_project = project::Project::create(m_dir.filePath(QStringLiteral("export.jsna")));
        WorkshopRepository workshops(*m_project);
        m_workshop = workshops
                         .add({QStringLiteral("Falls <b>& frailty</b>"), QDate(2025, 3, 14),
                               QStringLiteral("Library"), false, QStringLiteral("Priya"),
                               QStringLiteral("Test \"findings\""), QStringLiteral("Ageing well")})
                         .id;
        workshops.addParticipant(
            m_workshop, {QStringLiteral("Residents"), {}, QStringLiteral("Zoë Named"), Consent::Given});
        workshops.addParticipant(
            m_workshop,
            {QStringLiteral("Residents"), {}, QStringLiteral("Secret Person"), Consent::Declined});
        workshops.addParticipant(m_workshop, {QStringLiteral("NHS"), QStringLiteral("Greenwich <PCN>"),
                                              QStringLiteral("Unasked"), Consent::NotRecorded});
        const qint64 evidence = evidence::EvidenceRepository(*m_project)
                                    .add({QStringLiteral("Falls admissions 20% above England <sig>"),
                                          std::nullopt,
                                          {},
                                          {},
                                          {},
                                          {}})
                                    .id;
        workshops.setEvidence(m_workshop, {evidence});
        const Theme theme =
            ThemeRepository(*m_project).add(m_workshop, {QStringLiteral("Transport & access"), {}, 4});
        PriorityRepository(*m_project)
            .setScore(theme.id, PriorityRepository(*m_project).criteria().constFirst().id, 5);
        NoteRepository notes(*m_project);
        NoteData note;
        note.text = QStringLiteral("<script>alert('x')</script> buses, \"late\"\nsecond line");
        note.themeId = theme.id;
        note.stakeholderGroup = QStringLiteral("Residents");
        notes.file(m_workshop, note);
        NoteData conclusion;
        conclusion.kind = NoteKind::Conclusion;
        conclusion.text = QStringLiteral("Falls prevention is a priority");
        conclusion.agreed = true;
        conclusion.links = {{NoteLink::Target::Evidence, evidence}};
        m_conclusion = notes.file(m_workshop, conclusion).id;
        NoteData action;
        action.kind = NoteKind::Action;
        action.text = QStringLiteral("Ask the CCG for data");
        notes.file(m_workshop, action);
    }
    void cleanupTestCase() { m_project.reset(); }

    void htmlEscapesUserTextAndRespectsConsent()
    {
        const QString html = workshopSummaryHtml(*m_project, m_workshop);
        QVERIFY(html.contains(QStringLiteral("<h1>Falls &lt;b&gt;&amp; frailty&lt;/b&gt;</h1>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("Greenwich &lt;PCN&gt;")));
        QVERIFY(html.contains(QStringLiteral("Zoë Named")));
        QVERIFY(!html.contains(QStringLiteral("Secret Person")));
        QVERIFY(!html.contains(QStringLiteral("Unasked")));
        QVERIFY(html.contains(QStringLiteral(
            "Falls prevention is a priority<br><span class=\"rests\">Rests on: Falls admissions 20% above "
            "England &lt;sig&gt;</span>")));
        QVERIFY(html.contains(QStringLiteral("Transport &amp; access")));
        QVERIFY(html.contains(QStringLiteral("Ask the CCG for data")));
        QVERIFY(html.contains(QStringLiteral("Test &quot;findings&quot;")));
    }

    void htmlFileIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("summary.html"));
        exportWorkshopHtml(*m_project, m_workshop, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY(written.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(written.contains(QStringLiteral("<h1>Falls &lt;b&gt;&amp; frailty&lt;/b&gt;</h1>")));
        QVERIFY(written.endsWith(QStringLiteral("</html>\n")));
    }

    void csvReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
        exportWorkshopCsv(*m_project, m_workshop, path);
        import::CsvReader reader(path);
        QStringList row;
        QVERIFY(reader.next(row));
        QCOMPARE(row.first(), QStringLiteral("note_id"));
        QCOMPARE(row.size(), 10);
        QVERIFY(reader.next(row));
        QCOMPARE(row.at(3), QStringLiteral("<script>alert('x')</script> buses, \"late\"\nsecond line"));
        QCOMPARE(row.at(5), QStringLiteral("Residents"));
        QCOMPARE(row.at(6), QStringLiteral("Transport & access"));
        QVERIFY(reader.next(row));
        QCOMPARE(row.at(0), QString::number(m_conclusion));
        QCOMPARE(row.at(2), QStringLiteral("conclusion"));
        QCOMPARE(row.at(8), QStringLiteral("yes"));
        QCOMPARE(row.at(9), QStringLiteral("Falls admissions 20% above England <sig>"));
        QVERIFY(reader.next(row));
        QVERIFY(!reader.next(row));
    }

    void failedWriteLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/notes.csv"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, exportWorkshopCsv(*m_project, m_workshop, path));
        QVERIFY(!QFile::exists(path));
        QVERIFY_THROWS_EXCEPTION(ProjectError, exportWorkshopHtml(*m_project, m_workshop + 99,
                                                                  m_dir.filePath(QStringLiteral("x.html"))));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopExport)
#include "tst_workshop_export.moc"
