// SPDX-License-Identifier: GPL-3.0-or-later
// bench_workshop [--notes N] [--search-notes M] [--rounds R]: the workshop module's speed figures (a
// benchmark, not a test; run it on an idle machine, offscreen or on a display):
//   - opening the capture view, and the whole Stage 2 page, on a workshop of N notes (default 10,000);
//   - filing a note (typed into the capture line, Enter) until it is in the file and drawn;
//   - full-text search over M notes (default 100,000) for typical queries, with snippets.
// Targets (issue 6): view opens < 200 ms; filing and seeing < 20 ms; search < 20 ms.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/note_search.h"
#include "core/workshop/workshop_repository.h"
#include "core/workshop/workshop_rows.h"
#include "ui/workshop/capture_input.h"
#include "ui/workshop/capture_view.h"
#include "ui/workshop/models/note_list_model.h"
#include "ui/workshop/workshop_stage.h"

using namespace jsna;
using namespace jsna::workshop;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms.at(ms.size() / 2);
    s.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    s.max = ms.constLast();
    return s;
}

void report(const char* what, const Stats& s, double target)
{
    std::printf("%-58s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   %s (< %.0f ms)\n", what, s.median,
                s.p95, s.max, s.p95 < target ? "ok  " : "SLOW", target);
}

// Words with a long tail, so some terms are in many notes and some in few.
const QStringList& vocabulary()
{
    static const QStringList words = [] {
        QStringList list =
            QString::fromLatin1(
                "carers transport falls discharge loneliness isolation GP pharmacy bus access housing damp "
                "cold "
                "homes money debt food bank school children young people mental health anxiety waiting list "
                "referral nurse social care council NHS voluntary community residents Healthwatch data "
                "survey "
                "smoking alcohol obesity exercise walking park library lunch club language interpreter "
                "deprivation ward estate night shift work benefits digital phone online appointment clinic "
                "hospital A&E ambulance dementia diabetes stroke heart blood pressure screening vaccination "
                "pregnancy midwife breastfeeding nursery toddler teenager college job rent landlord repairs "
                "stairs bathroom grab rails trip hazard lighting pavement crossing bench toilets trust")
                .split(u' ', Qt::SkipEmptyParts);
        for (int i = 0; i < 2000; ++i)
            list << QStringLiteral("term%1").arg(i); // the long tail
        return list;
    }();
    return words;
}

QString sentence(QRandomGenerator& random)
{
    const QStringList& words = vocabulary();
    QStringList picked;
    const int length = 6 + int(random.bounded(18));
    for (int i = 0; i < length; ++i) {
        // Skewed towards the start of the list: the domain words are common, the tail rare.
        const double u = random.generateDouble();
        picked << words.at(qsizetype(u * u * u * double(words.size())));
    }
    if (random.bounded(4) == 0)
        picked << QStringLiteral("#%1").arg(words.at(random.bounded(40)));
    return picked.join(u' ');
}

// Bulk-fills a workshop (setup only: one transaction, not the capture path being measured).
void fill(project::Project& project, qint64 workshopId, int count, QRandomGenerator& random)
{
    store::Database& db = project.database();
    store::Transaction transaction(db);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 1000;
    const qint64 first = db.scalarInt64("SELECT coalesce(max(position), 0) FROM workshop_notes") + 1;
    static const QStringList groups{QStringLiteral("NHS"), QStringLiteral("Council"),
                                    QStringLiteral("Residents"),
                                    QStringLiteral("Voluntary and community sector"), QString()};
    for (int i = 0; i < count; ++i) {
        Note note;
        note.workshopId = workshopId;
        note.position = first + i;
        note.data.kind = NoteKind(random.bounded(kNoteKindCount));
        note.data.text = sentence(random);
        note.data.stakeholderGroup = groups.at(random.bounded(groups.size()));
        note.createdMs = note.updatedMs = start + i * 1000;
        rows::insertNote(db, note);
    }
    transaction.commit();
}

qint64 addWorkshop(project::Project& project, const QString& title)
{
    return WorkshopRepository(project).add({title, QDate::currentDate(), {}, false, {}, {}, {}}).id;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes in the workshop that is opened."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("search-notes"), QStringLiteral("Notes searched."), QStringLiteral("M"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Repetitions of each timing."),
                      QStringLiteral("R"), QStringLiteral("15")});
    parser.process(app);
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const int searchNotes = std::max(notes, parser.value(QStringLiteral("search-notes")).toInt());
    const int rounds = std::max(3, parser.value(QStringLiteral("rounds")).toInt());

    QTemporaryDir dir;
    auto project = project::Project::create(dir.filePath(QStringLiteral("bench.jsna")));
    QRandomGenerator random(42);
    QElapsedTimer setup;
    setup.start();
    const qint64 workshop = addWorkshop(*project, QStringLiteral("Benchmark workshop"));
    fill(*project, workshop, notes, random);
    for (int filled = notes, n = 2; filled < searchNotes; ++n) {
        const int batch = std::min(10000, searchNotes - filled);
        fill(*project, addWorkshop(*project, QStringLiteral("Workshop %1").arg(n)), batch, random);
        filled += batch;
    }
    project->database().exec("ANALYZE");
    std::printf("setup: %d notes in the opened workshop, %d in all, %lld ms\n\n", notes, searchNotes,
                static_cast<long long>(setup.elapsed()));
    QUndoStack stack;

    // Opening: build the view, load the workshop, show and paint it once.
    QList<double> openCapture;
    QList<double> openStage;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        {
            ui::workshop::CaptureView view(*project, stack);
            view.resize(1100, 720);
            view.setWorkshop(workshop);
            view.show();
            view.repaint();
            openCapture << double(timer.nsecsElapsed()) / 1e6;
        }
        timer.restart();
        {
            ui::workshop::WorkshopStage stage(*project, stack);
            stage.resize(1366, 800);
            stage.selectWorkshop(workshop);
            stage.show();
            stage.repaint();
            openStage << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    QList<double> load;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const qsizetype count = NoteRepository(*project).notesOf(workshop).size();
        load << double(timer.nsecsElapsed()) / 1e6;
        if (count != notes)
            return 1;
    }
    report("  of which: read the workshop's notes (repository)", summarise(load), 200);
    report("open the capture view (10,000-note workshop, first paint)", summarise(openCapture), 200);
    report("open the Stage 2 page on that workshop (first paint)", summarise(openStage), 200);

    // Filing: Enter in the capture line until the note is committed, in the list and drawn.
    ui::workshop::CaptureView view(*project, stack);
    view.resize(1100, 720);
    view.setWorkshop(workshop);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    QList<double> filing;
    for (int round = 0; round < rounds * 4; ++round) {
        view.input()->setText(
            QStringLiteral("? Round %1: could the pharmacy deliver with the prescription #transport")
                .arg(round));
        const int before = view.model()->rowCount();
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(view.input(), Qt::Key_Return);
        view.list()->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (view.model()->rowCount() != before + 1) {
            std::fputs("filing failed\n", stderr);
            return 1;
        }
        filing << ms;
    }
    report("file a note (Enter -> durable commit -> row drawn)", summarise(filing), 20);
    QList<double> commits;
    for (int round = 0; round < rounds * 4; ++round) {
        NoteData data;
        data.text = QStringLiteral("Commit only, round %1").arg(round);
        QElapsedTimer timer;
        timer.start();
        NoteRepository(*project).file(workshop, data);
        commits << double(timer.nsecsElapsed()) / 1e6;
    }
    report("  of which: the durable commit alone (synchronous=FULL)", summarise(commits), 20);

    // Search over every note, best matches first, with highlighted snippets.
    NoteSearch search(*project);
    const QList<std::pair<const char*, NoteQuery>> queries{
        {"search: common word (\"carers\")", {QStringLiteral("carers "), 0, std::nullopt, {}, {}, 200}},
        {"search: two words (\"bus access\")", {QStringLiteral("bus access "), 0, std::nullopt, {}, {}, 200}},
        {"search: rare word (\"term1500\")", {QStringLiteral("term1500 "), 0, std::nullopt, {}, {}, 200}},
        {"search: prefix while typing (\"dem\")", {QStringLiteral("dem"), 0, std::nullopt, {}, {}, 200}},
        {"search: punctuation (\"A&E don't\")", {QStringLiteral("A&E don't"), 0, std::nullopt, {}, {}, 200}},
        {"search: word + kind + group filters",
         {QStringLiteral("housing "), 0, NoteKind::Question, {}, QStringLiteral("Residents"), 200}},
        {"search: word in one workshop", {QStringLiteral("carers "), workshop, std::nullopt, {}, {}, 200}},
        {"search: kind filter only (questions)", {{}, 0, NoteKind::Question, {}, {}, 200}},
        {"search: tag filter only (#transport)", {{}, 0, std::nullopt, QStringLiteral("transport"), {}, 200}},
    };
    for (const auto& [what, query] : queries) {
        QList<double> times;
        qsizetype hits = 0;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            hits = search.search(query).size();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        const QByteArray label = QByteArray(what) + " [" + QByteArray::number(hits) + " shown]";
        report(label.constData(), summarise(times), 20);
    }
    return 0;
}
