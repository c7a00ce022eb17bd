// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

#include "core/workshop/workshop.h"

class QCompleter;
class QStandardItemModel;

namespace jsna::ui::workshop {

// Something a note can be linked to with "@": an evidence item or an indicator, and its label.
struct LinkTarget
{
    jsna::workshop::NoteLink link;
    QString label;
    bool operator==(const LinkTarget&) const = default;
};

// The capture line: Enter submits; typing "@" (or Ctrl+L) offers evidence items and indicators to
// link, matching any part of their label, and inserts "@label". The links whose "@label" is still in
// the text when the note is filed are the note's links.
class CaptureInput final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureInput)

public:
    explicit CaptureInput(QWidget* parent = nullptr);

    void setLinkTargets(const QList<LinkTarget>& targets);
    QList<jsna::workshop::NoteLink> linksInText() const;
    // Clears the text and the links chosen for it.
    void reset();
    // Starts a link at the cursor, as if "@" had been typed.
    void startLink();
    QCompleter* completer() const { return m_completer; }

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCompletion();
    void insertCompletion(const QModelIndex& index);
    qsizetype linkStart() const; // the '@' the cursor is completing, or -1

    QCompleter* m_completer;
    QStandardItemModel* m_targets;
    QList<LinkTarget> m_chosen;
};

} // namespace jsna::ui::workshop
