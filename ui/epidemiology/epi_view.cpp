// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/epi_view.h"

#include <QPointer>

#include "core/epidemiology/epidemiology_data.h"
#include "core/foundation/project_error.h"
#include "ui/epidemiology/add_evidence_dialog.h"
#include "ui/epidemiology/evidence_commands.h"

namespace jsna::ui::epidemiology {

EpiView::EpiView(EpiContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    connect(&context.selection, &EpiSelection::changed, this, [this](EpiSelection::Part part) {
        if (dependsOn(part))
            markDirty();
    });
    connect(&context.data, &jsna::epidemiology::EpidemiologyData::changed, this, &EpiView::markDirty);
    connect(&context.data, &jsna::epidemiology::EpidemiologyData::headlinesReady, this, &EpiView::markDirty);
}

bool EpiView::dependsOn(EpiSelection::Part) const
{
    return true;
}

void EpiView::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refreshNow();
}

void EpiView::refreshNow()
{
    m_dirty = false;
    try {
        refresh();
    } catch (const ProjectError& error) {
        emit errorOccurred(error.describe());
    }
}

void EpiView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refreshNow();
}

qint64 EpiView::recordEvidence(const QString& finding)
{
    EvidenceDraft draft = evidenceDraft();
    if (!draft.isValid())
        return 0;
    draft.data.finding = finding.trimmed();
    try {
        const qint64 id = addEvidence(m_context.project, m_context.stack, draft.data);
        emit evidenceAdded(id);
        return id;
    } catch (const ProjectError& error) {
        emit errorOccurred(error.describe());
    }
    return 0;
}

void EpiView::addToEvidence()
{
    const EvidenceDraft draft = evidenceDraft();
    if (!draft.isValid())
        return;
    auto* dialog = new AddEvidenceDialog(draft, m_context.data, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<EpiView> self(this);
    connect(dialog, &AddEvidenceDialog::findingAccepted, this, [self](const QString& finding) {
        if (self)
            self->recordEvidence(finding);
    });
    dialog->open();
}

} // namespace jsna::ui::epidemiology
