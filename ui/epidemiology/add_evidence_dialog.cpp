// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/add_evidence_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/epidemiology/epidemiology_data.h"

namespace jsna::ui::epidemiology {

AddEvidenceDialog::AddEvidenceDialog(const EvidenceDraft& draft, jsna::epidemiology::EpidemiologyData& epi,
                                     QWidget* parent)
    : QDialog(parent)
    , m_finding(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add to evidence"));
    setObjectName(QStringLiteral("addEvidenceDialog"));
    m_finding->setObjectName(QStringLiteral("finding"));
    m_finding->setPlainText(draft.data.finding);
    m_finding->selectAll();
    m_finding->setTabChangesFocus(true);
    m_finding->setMinimumHeight(90);

    auto* form = new QFormLayout;
    const auto add = [form](const QString& label, const QString& value) {
        auto* text = new QLabel(value.isEmpty() ? QStringLiteral("\u2013") : value);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, text);
    };
    const evidence::EvidenceData& d = draft.data;
    const indicators::Indicator* indicator = d.indicatorId ? epi.indicator(*d.indicatorId) : nullptr;
    QStringList areas;
    for (const QString& code : d.areaCodes) {
        const geography::Area* a = epi.area(code);
        areas.append(a ? QStringLiteral("%1 (%2)").arg(a->name, code) : code);
    }
    add(tr("From"), draft.source);
    add(tr("Indicator"), indicator ? indicator->name : QString());
    add(tr("Areas"), areas.join(QStringLiteral(", ")));
    add(tr("Period"), d.period);
    add(tr("Breakdown"), d.breakdown);

    auto* intro = new QLabel(tr("Write the finding in your own words. It is stored with the selection below, listed"
                                " under Evidence, and can be cited from workshop notes and the report."));
    intro->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to evidence"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_finding, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_finding->toPlainText().trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_finding);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

void AddEvidenceDialog::accept()
{
    const QString finding = m_finding->toPlainText().trimmed();
    if (finding.isEmpty())
        return;
    emit findingAccepted(finding);
    QDialog::accept();
}

} // namespace jsna::ui::epidemiology
