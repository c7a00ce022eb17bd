// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/commands.h"

#include <QCoreApplication>

#include "core/project/project.h"
#include "ui/commands/project_undo_stack.h"
#include "ui/commands/set_project_meta_command.h"

namespace jsna::ui::commands {

void setProjectMeta(project::Project& project, ProjectUndoStack& stack, const QString& key,
                    const QString& value)
{
    const QString old = project.meta(key);
    if (old == value)
        return;
    project.setMeta(key, value); // throws: nothing is pushed
    stack.push(new SetProjectMetaCommand(project, stack, key, old, value));
}

QString metaKeyLabel(const QString& key)
{
    if (key == u"title")
        return QCoreApplication::translate("jsna::ui::commands", "project title");
    if (key == u"description")
        return QCoreApplication::translate("jsna::ui::commands", "project description");
    if (key == u"organisation")
        return QCoreApplication::translate("jsna::ui::commands", "organisation");
    if (key == u"area_code")
        return QCoreApplication::translate("jsna::ui::commands", "focus area");
    return key;
}

} // namespace jsna::ui::commands
