// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna::project {
class Project;
}

namespace jsna::workshop {

// A workshop summary as a self-contained HTML page: details, who took part (names only where
// consent was given), evidence discussed, agreed conclusions with the evidence they rest on, the
// prioritised themes with their scores, actions and every note. All user text is HTML-escaped.
QString workshopSummaryHtml(project::Project& project, qint64 workshopId);

// Writes the summary page; atomic (QSaveFile): the file is complete or untouched. Throws ProjectError.
void exportWorkshopHtml(project::Project& project, qint64 workshopId, const QString& path);

// Writes every note of the workshop as CSV (RFC 4180, UTF-8, one row per note, a header row);
// atomic like exportWorkshopHtml. Throws ProjectError.
void exportWorkshopCsv(project::Project& project, qint64 workshopId, const QString& path);

} // namespace jsna::workshop
