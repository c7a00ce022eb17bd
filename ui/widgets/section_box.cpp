// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/section_box.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/widgets/typography.h"

namespace jsna::ui {

SectionBox::SectionBox(const QString& title, const QString& caption, QWidget* parent)
    : QWidget(parent)
    , m_title(makeLabel(title, TextStyle::Heading, this))
    , m_caption(makeLabel(caption, TextStyle::Caption, this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_caption);
    m_caption->setVisible(!caption.isEmpty());
    m_layout->addSpacing(2);
}

void SectionBox::setTitle(const QString& title)
{
    m_title->setText(title);
}

void SectionBox::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void SectionBox::addWidget(QWidget* widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

} // namespace jsna::ui
