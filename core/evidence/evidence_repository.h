// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "core/evidence/evidence_item.h"

namespace jsna::project {
class Project;
}

namespace jsna::evidence {

class EvidenceNotifier;

// Reads and writes evidence items. Each write is one transaction, announced on the EvidenceNotifier
// after commit, and returns what undo needs. Used on the thread that owns the project.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(project::Project& project);

    EvidenceItem add(const EvidenceData& data);
    EvidenceData update(qint64 id, const EvidenceData& data); // returns the previous values
    // Deletes the item; the notes and workshops that referred to it lose the link (undo restores it).
    RemovedEvidence remove(qint64 id);
    void restore(const RemovedEvidence& removed);

    std::optional<EvidenceItem> find(qint64 id);
    QList<EvidenceItem> all(); // most recently changed first
    QList<EvidenceItem> forIndicator(qint64 indicatorId);

private:
    void insert(const EvidenceItem& item);

    project::Project& m_project;
    EvidenceNotifier& m_notifier;
};

} // namespace jsna::evidence
