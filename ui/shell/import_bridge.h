// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace jsna::project {
class Project;
}

namespace jsna::ui {

// The seam to the import wizard (ui/import), which is built only when that folder is present: the
// shell offers File > Import Data… and CSV drops only when this says it can.
bool importWizardAvailable();
// Runs the import wizard on project, starting from file when one is given (a dropped CSV).
void runImportWizard(project::Project& project, QWidget* parent, const QString& file);

} // namespace jsna::ui
