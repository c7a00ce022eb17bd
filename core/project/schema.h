// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/project_file.h"

namespace jsna::project {

// 'JSNA' in ASCII: PRAGMA application_id of every project file.
inline constexpr qint64 kApplicationId = 0x4A534E41;

// The ordered schema steps of a *.jsna file and the format that ties them to our application id.
// Add a step at the end for every schema change; never edit a released step.
store::FileFormat projectFileFormat();
int currentSchemaVersion();

} // namespace jsna::project
