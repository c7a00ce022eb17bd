// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/fact_list.h"

#include <QGridLayout>
#include <QLabel>

#include "ui/widgets/typography.h"

namespace jsna::ui {

FactList::FactList(const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_empty(makeLabel(emptyText, TextStyle::Caption, this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(0, 1);
    m_grid->addWidget(m_empty, 0, 0, 1, 2);
}

void FactList::setFacts(const QList<Fact>& facts)
{
    m_facts = facts;
    qDeleteAll(m_labels);
    m_labels.clear();
    int row = 1;
    for (const Fact& fact : facts) {
        auto* label = makeLabel(fact.first, TextStyle::Body, this);
        auto* value = makeLabel(fact.second, TextStyle::Body, this);
        value->setWordWrap(false);
        value->setAlignment(Qt::AlignRight | Qt::AlignTop);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(value, row, 1);
        m_labels << label << value;
        ++row;
    }
    m_empty->setVisible(facts.isEmpty());
}

QString FactList::valueOf(const QString& label) const
{
    for (const Fact& fact : m_facts) {
        if (fact.first == label)
            return fact.second;
    }
    return {};
}

} // namespace jsna::ui
