// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jsna::store {
class Database;
}

namespace jsna::workshop {

// Schema step (see core/project/schema.cpp): evidence items, workshops, participants, notes with
// their links and an FTS5 index, themes, prioritisation criteria (seeded with the Population Health
// Hub's defaults) and scores. Only adds tables, so an older reader can still open the file.
void createEvidenceAndWorkshopTables(store::Database& db);

} // namespace jsna::workshop
