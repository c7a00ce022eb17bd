// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/workshop_notifier.h"

#include "core/project/project.h"

namespace jsna::workshop {

WorkshopNotifier::WorkshopNotifier(QObject* parent)
    : QObject(parent)
{}

WorkshopNotifier& WorkshopNotifier::of(project::Project& project)
{
    auto* notifier = project.notifier().findChild<WorkshopNotifier*>(QString(), Qt::FindDirectChildrenOnly);
    if (!notifier)
        notifier = new WorkshopNotifier(&project.notifier());
    return *notifier;
}

} // namespace jsna::workshop
