// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/evidence/evidence_item.h"
#include "ui/epidemiology/epi_selection.h"

class QUndoStack;

namespace jsna::project {
class Project;
}
namespace jsna::epidemiology {
class EpidemiologyData;
}

namespace jsna::ui::epidemiology {

// What every Stage 1 view works with: the project, its undo stack, the cached read side and the
// shared selection.
struct EpiContext
{
    project::Project& project;
    QUndoStack& stack;
    jsna::epidemiology::EpidemiologyData& data;
    EpiSelection& selection;
};

// What "Add to evidence" records from a view: the exact selection, a suggested finding, and a
// one-line description of the chart or table it came from.
struct EvidenceDraft
{
    evidence::EvidenceData data; // data.finding holds the suggested wording
    QString source;              // "Area profile of Bravo (spine chart), 95% confidence"
    bool isValid() const { return !data.chartKind.isEmpty(); }
};

// Base of the Stage 1 views: re-queries on selection or data changes only while visible (hidden views
// refresh when next shown, so a change costs one query), and offers "Add to evidence".
class EpiView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpiView)

public:
    explicit EpiView(EpiContext context, QWidget* parent = nullptr);

    // Re-reads and redraws now (tests and benchmarks call it directly).
    void refreshNow();
    virtual EvidenceDraft evidenceDraft() const = 0;
    // Records a finding from this view, undoably; returns the new item's id (0 on failure, reported).
    qint64 recordEvidence(const QString& finding);

signals:
    void evidenceAdded(qint64 id);
    void errorOccurred(const QString& message);

public slots:
    // Opens the "Add to evidence" dialog for the current selection.
    void addToEvidence();

protected:
    virtual void refresh() = 0;
    // Which parts of the selection the view shows (others do not make it re-query).
    virtual bool dependsOn(EpiSelection::Part part) const;
    void showEvent(QShowEvent* event) override;
    EpiContext& context() { return m_context; }
    const EpiContext& context() const { return m_context; }
    jsna::epidemiology::EpidemiologyData& data() const { return m_context.data; }
    EpiSelection& selection() const { return m_context.selection; }
    void markDirty();

private:
    EpiContext m_context;
    bool m_dirty = true;
};

} // namespace jsna::ui::epidemiology
