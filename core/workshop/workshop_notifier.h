// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include "core/workshop/workshop.h"

namespace jsna::project {
class Project;
}

namespace jsna::workshop {

// What changed in the workshop tables, said after the transaction that changed it has committed.
// One per open project: of() finds it as a child of the project's ChangeNotifier (creating it on
// first use), so it lives exactly as long as the project and needs no global. GUI thread only.
class WorkshopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopNotifier)

public:
    static WorkshopNotifier& of(project::Project& project);

signals:
    void workshopsChanged();                 // added, removed, or their list order changed
    void workshopChanged(qint64 workshopId); // its title, date, ... or linked evidence changed
    void participantsChanged(qint64 workshopId);
    void notesAdded(qint64 workshopId, const QList<qint64>& noteIds);
    void notesChanged(qint64 workshopId, const QList<qint64>& noteIds, jsna::workshop::NoteFieldMask fields);
    void notesRemoved(qint64 workshopId, const QList<qint64>& noteIds);
    void notesMoved(qint64 workshopId, const QList<qint64>& noteIds);
    void themesChanged(qint64 workshopId);
    void criteriaChanged();
    void scoresChanged(qint64 workshopId);

    // An undo or redo could not write (read-only file, full disk); views show the message.
    void writeFailed(const QString& message);
    // An undo or redo asks views to show and select these notes.
    void focusNotesRequested(qint64 workshopId, const QList<qint64>& noteIds);

private:
    explicit WorkshopNotifier(QObject* parent);
};

} // namespace jsna::workshop
