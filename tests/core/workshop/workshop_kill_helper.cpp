// SPDX-License-Identifier: GPL-3.0-or-later
// workshop_kill_helper PROJECT WORKSHOP_ID SEED: files notes into a workshop in an endless loop,
// printing "ACK <note id> <text hash>" on stdout only after each note's commit has returned. The
// kill test (tst_workshop_kill) kills it with SIGKILL at random moments and checks the file.
#include <cstdio>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/workshop/note_repository.h"

using namespace jsna;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: workshop_kill_helper PROJECT WORKSHOP_ID SEED\n", stderr);
        return 2;
    }
    const qint64 workshopId = args.at(2).toLongLong();
    QRandomGenerator random(args.at(3).toUInt());
    const QStringList words{
        QStringLiteral("carers"),     QStringLiteral("transport"), QStringLiteral("Zoë"),
        QStringLiteral("don't"),      QStringLiteral("C++"),       QStringLiteral("#falls"),
        QStringLiteral("\"quoted\""), QStringLiteral("GP access"), QStringLiteral("café")};
    try {
        auto project = project::Project::open(args.at(1));
        workshop::NoteRepository notes(*project);
        for (quint64 n = 1;; ++n) {
            workshop::NoteData data;
            data.kind = static_cast<workshop::NoteKind>(random.bounded(workshop::kNoteKindCount));
            data.text = QStringLiteral("note %1 of seed %2:").arg(n).arg(args.at(3));
            const int length = 1 + static_cast<int>(random.bounded(12));
            for (int i = 0; i < length; ++i)
                data.text += u' ' + words.at(static_cast<qsizetype>(random.bounded(words.size())));
            const workshop::Note note = notes.file(workshopId, data);
            // Only now, with the commit returned, may the note be acknowledged.
            const QByteArray hash =
                QCryptographicHash::hash(note.data.text.toUtf8(), QCryptographicHash::Sha1).toHex();
            std::printf("ACK %lld %s\n", static_cast<long long>(note.id), hash.constData());
            std::fflush(stdout);
        }
    } catch (const ProjectError& error) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.describe()));
        return 1;
    }
}
