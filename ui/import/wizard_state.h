// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "core/import/import_runner.h"
#include "core/import/import_types.h"

namespace jsna {
class ProjectError;
}

namespace jsna::project {
class Project;
}

namespace jsna::ui::import {

namespace io = ::jsna::import;

// What the wizard's pages have found out and chosen so far; owned by the wizard, shared by its pages.
struct WizardState
{
    project::Project* project = nullptr;
    QString file;
    std::optional<io::FilePreview> preview;
    io::ImportOptions options;
    std::optional<io::ImportReport> check;  // the dry run of the check page
    std::optional<io::ImportReport> result; // the import itself
    QString error;                          // what stopped the check or the import, if anything
};

// "2.3 MB", "840 KB", "512 bytes".
QString formatFileSize(qint64 bytes);
// "12,345" in the user's locale.
QString formatCount(qint64 n);
// An error as "name.csv:12:3: reason", without the folders (the page shows the path already).
QString describeBriefly(const ProjectError& error);

} // namespace jsna::ui::import
