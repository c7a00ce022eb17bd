// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/workshop/workshop.h"

class QButtonGroup;

namespace jsna::ui::workshop {

// One button per note kind, showing the kind the note being typed will have; clicking one chooses
// it. Not in the tab order: the keyboard path is Ctrl+1..6 and the prefixes.
class KindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KindBar)

public:
    explicit KindBar(QWidget* parent = nullptr);

    void showKind(jsna::workshop::NoteKind kind);

signals:
    void kindChosen(jsna::workshop::NoteKind kind);

private:
    QButtonGroup* m_buttons;
};

} // namespace jsna::ui::workshop
