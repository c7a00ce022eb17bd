// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/import_bridge.h"

#include "core/project/project.h"
#if JSNA_HAVE_IMPORT_UI
#include "ui/import/import_wizard.h"
#endif

namespace jsna::ui {

bool importWizardAvailable()
{
    return JSNA_HAVE_IMPORT_UI != 0;
}

void runImportWizard(project::Project& project, QWidget* parent, const QString& file)
{
#if JSNA_HAVE_IMPORT_UI
    import::runImportWizard(project, parent, file);
#else
    Q_UNUSED(project)
    Q_UNUSED(parent)
    Q_UNUSED(file)
#endif
}

} // namespace jsna::ui
