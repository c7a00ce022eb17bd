// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jsna::ui::workshop::commands {

// Merge ids of the workshop commands that merge (QUndoCommand::id()); one range for the area, so they
// never collide with other areas' ids.
enum class CommandId
{
    NoteText = 0x5701,
    NoteVotes,
    ThemeVotes,
};

constexpr int mergeId(CommandId id)
{
    return static_cast<int>(id);
}

} // namespace jsna::ui::workshop::commands
