// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoStack>

namespace jsna::ui::commands {

// The undo history of one open project; it lives and dies with the open project. Storage is
// write-through, so an undo or redo can fail (a read-only file, a full disk): the command then reports
// here, drops itself from the history, and the window shows the message.
class ProjectUndoStack final : public QUndoStack
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectUndoStack)

public:
    explicit ProjectUndoStack(QObject* parent = nullptr);

    void reportFailure(const QString& message);

signals:
    void commandFailed(const QString& message);
};

} // namespace jsna::ui::commands
