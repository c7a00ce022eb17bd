// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/kind_bar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

#include "core/workshop/note_input.h"
#include "ui/workshop/workshop_style.h"

namespace jsna::ui::workshop {

using jsna::workshop::NoteKind;

KindBar::KindBar(QWidget* parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (NoteKind kind : jsna::workshop::allNoteKinds()) {
        auto* button = new QToolButton(this);
        button->setText(jsna::workshop::noteKindLabel(kind));
        button->setIcon(kindIcon(kind));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tr("%1 (%2, or start the note with “%3”)")
                               .arg(jsna::workshop::noteKindLabel(kind), kindShortcutText(kind),
                                    jsna::workshop::capturePrefix(kind)));
        m_buttons->addButton(button, int(kind));
        layout->addWidget(button);
    }
    m_buttons->setExclusive(true);
    showKind(NoteKind::Observation);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { emit kindChosen(NoteKind(id)); });
}

void KindBar::showKind(NoteKind kind)
{
    if (QAbstractButton* button = m_buttons->button(int(kind)))
        button->setChecked(true);
}

} // namespace jsna::ui::workshop
