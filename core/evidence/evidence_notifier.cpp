// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evidence/evidence_notifier.h"

#include "core/project/project.h"

namespace jsna::evidence {

EvidenceNotifier::EvidenceNotifier(QObject* parent)
    : QObject(parent)
{}

EvidenceNotifier& EvidenceNotifier::of(project::Project& project)
{
    auto* notifier = project.notifier().findChild<EvidenceNotifier*>(QString(), Qt::FindDirectChildrenOnly);
    if (!notifier)
        notifier = new EvidenceNotifier(&project.notifier());
    return *notifier;
}

} // namespace jsna::evidence
