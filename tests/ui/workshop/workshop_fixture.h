// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jsna::project {
class Project;
}

namespace jsna::test {

// Fills a project with a realistic workshop (participants, evidence, notes of every kind, themes,
// votes and scores) for the view tests and screenshots; returns the workshop's id.
qint64 fillSampleWorkshop(project::Project& project);

} // namespace jsna::test
