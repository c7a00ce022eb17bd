// SPDX-License-Identifier: GPL-3.0-or-later
// The façade's note and theme edits (workshop_commands.h).
#include <QCoreApplication>
#include <QUndoStack>

#include "core/project/project.h"
#include "core/workshop/note_repository.h"
#include "core/workshop/theme_repository.h"
#include "ui/workshop/commands/command_ids.h"
#include "ui/workshop/commands/undo_templates.h"
#include "ui/workshop/commands/workshop_commands.h"

namespace jsna::ui::workshop::commands {

using namespace jsna::workshop;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("jsna::ui::workshop::commands", text);
}

void focusNotes(project::Project& project, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    if (const auto note = NoteRepository(project).find(ids.constFirst()))
        emit WorkshopNotifier::of(project).focusNotesRequested(note->workshopId, ids);
}

struct NoteFieldsKey
{
    QList<qint64> ids;
    NoteFieldMask mask;
    bool operator==(const NoteFieldsKey&) const = default;
};

struct NoteFieldsTraits
{
    using Key = NoteFieldsKey;
    using Value = QList<NoteData>;
    static void write(project::Project& project, const Key& key, const Value& values)
    {
        NoteRepository(project).update(key.ids, values, key.mask);
    }
    static void afterUndoRedo(project::Project& project, const Key& key) { focusNotes(project, key.ids); }
};

struct NotesTraits
{
    using Key = QList<qint64>;
    using Removed = QList<Note>;
    static Removed remove(project::Project& project, const Key& ids)
    {
        return NoteRepository(project).remove(ids);
    }
    static void restore(project::Project& project, const Removed& notes)
    {
        NoteRepository(project).restore(notes);
    }
    static void afterUndoRedo(project::Project& project, const Key& ids) { focusNotes(project, ids); }
};

struct ThemeTraits
{
    using Key = qint64;
    using Value = ThemeData;
    using Removed = RemovedTheme;
    static void write(project::Project& project, Key id, const Value& data)
    {
        ThemeRepository(project).update(id, data);
    }
    static Removed remove(project::Project& project, Key id) { return ThemeRepository(project).remove(id); }
    static void restore(project::Project& project, const Removed& removed)
    {
        ThemeRepository(project).restore(removed);
    }
};

// Exchanges two notes' places; its own inverse.
class SwapNotesCommand final : public QUndoCommand
{
public:
    SwapNotesCommand(project::Project& project, qint64 first, qint64 second)
        : QUndoCommand(tr("Move note"))
        , m_project(project)
        , m_first(first)
        , m_second(second)
    {}
    void undo() override { swap(); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            swap();
    }

private:
    void swap()
    {
        try {
            NoteRepository(m_project).swapPositions(m_first, m_second);
            focusNotes(m_project, {m_first});
        } catch (const ProjectError& error) {
            detail::reportFailure(m_project, *this, error);
        }
    }
    project::Project& m_project;
    qint64 m_first;
    qint64 m_second;
    bool m_firstRedo = true;
};

} // namespace

Note fileNote(project::Project& project, QUndoStack& stack, qint64 workshopId, const NoteData& data)
{
    const Note note = NoteRepository(project).file(workshopId, data);
    stack.push(new PresenceCommand<NotesTraits>(project, PresenceCommand<NotesTraits>::Action::Add, {note.id},
                                                std::nullopt,
                                                tr("File %1").arg(noteKindLabel(data.kind).toLower())));
    return note;
}

void editNotes(project::Project& project, QUndoStack& stack, const QList<qint64>& ids,
               const QList<NoteData>& values, NoteFieldMask mask, const QString& undoText, quint64 burst)
{
    NoteRepository notes(project);
    QList<NoteData> before;
    QList<NoteData> after;
    bool changes = false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const std::optional<Note> note = notes.find(ids.at(i));
        if (!note)
            throw ProjectError(tr("The note was deleted in the meantime."));
        NoteData next = note->data;
        assignFields(next, values.at(i), mask);
        changes = changes || !(next == note->data);
        before.append(note->data);
        after.append(next);
    }
    if (!changes)
        return;
    notes.update(ids, after, mask);
    int merge = -1;
    if (burst != 0)
        merge = mask == NoteFieldMask(NoteField::Votes) ? mergeId(CommandId::NoteVotes)
                                                        : mergeId(CommandId::NoteText);
    stack.push(new ChangeValueCommand<NoteFieldsTraits>(project, {ids, mask}, before, after, undoText, merge,
                                                        burst));
}

namespace {

// The same value for every note, in the field mask says.
void editAll(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, const NoteData& value,
             NoteFieldMask mask, const QString& undoText, quint64 burst = 0)
{
    editNotes(project, stack, ids, QList<NoteData>(ids.size(), value), mask, undoText, burst);
}

} // namespace

void editNoteText(project::Project& project, QUndoStack& stack, qint64 id, const QString& text, quint64 burst)
{
    NoteData value;
    value.text = text;
    editAll(project, stack, {id}, value, NoteField::Text, tr("Edit note"), burst);
}

void setNotesKind(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, NoteKind kind)
{
    NoteData value;
    value.kind = kind;
    editAll(project, stack, ids, value, NoteField::Kind, tr("Mark as %1").arg(noteKindLabel(kind).toLower()));
}

void setNotesGroup(project::Project& project, QUndoStack& stack, const QList<qint64>& ids,
                   const QString& group)
{
    NoteData value;
    value.stakeholderGroup = group;
    editAll(project, stack, ids, value, NoteField::Group,
            group.isEmpty() ? tr("Clear attribution") : tr("Attribute to %1").arg(group));
}

void setNotesTheme(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, qint64 themeId)
{
    NoteData value;
    value.themeId = themeId;
    editAll(project, stack, ids, value, NoteField::Theme,
            themeId == 0 ? (ids.size() == 1 ? tr("Take a note out of its theme")
                                            : tr("Take %1 notes out of their theme").arg(ids.size()))
                         : (ids.size() == 1 ? tr("Assign a note to a theme")
                                            : tr("Assign %1 notes to a theme").arg(ids.size())));
}

void setNotesAgreed(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, bool agreed)
{
    NoteData value;
    value.agreed = agreed;
    editAll(project, stack, ids, value, NoteField::Agreed,
            agreed ? tr("Mark as agreed") : tr("Mark as not agreed"));
}

void setNoteLinks(project::Project& project, QUndoStack& stack, qint64 id, const QList<NoteLink>& links)
{
    NoteData value;
    value.links = links;
    editAll(project, stack, {id}, value, NoteField::Links, tr("Change linked evidence"));
}

void changeNoteVotes(project::Project& project, QUndoStack& stack, const QList<qint64>& ids, int delta)
{
    NoteRepository notes(project);
    QList<NoteData> values;
    for (qint64 id : ids) {
        const std::optional<Note> note = notes.find(id);
        if (!note)
            throw ProjectError(tr("The note was deleted in the meantime."));
        NoteData value = note->data;
        value.votes = std::max(0, value.votes + delta);
        values.append(value);
    }
    editNotes(project, stack, ids, values, NoteField::Votes, tr("Change votes"), 1);
}

void removeNotes(project::Project& project, QUndoStack& stack, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    QList<Note> removed = NoteRepository(project).remove(ids);
    if (removed.isEmpty())
        return;
    QList<qint64> removedIds;
    for (const Note& note : std::as_const(removed))
        removedIds.append(note.id);
    const QString text = removed.size() == 1 ? tr("Delete note") : tr("Delete %1 notes").arg(removed.size());
    stack.push(new PresenceCommand<NotesTraits>(project, PresenceCommand<NotesTraits>::Action::Remove,
                                                removedIds, std::move(removed), text));
}

bool moveNote(project::Project& project, QUndoStack& stack, qint64 id, int direction)
{
    NoteRepository notes(project);
    const std::optional<Note> note = notes.find(id);
    if (!note)
        return false;
    const QList<Note> all = notes.notesOf(note->workshopId);
    qsizetype row = 0;
    while (row < all.size() && all.at(row).id != id)
        ++row;
    const qsizetype other = row + (direction < 0 ? -1 : 1);
    if (other < 0 || other >= all.size())
        return false;
    notes.swapPositions(id, all.at(other).id);
    stack.push(new SwapNotesCommand(project, id, all.at(other).id));
    return true;
}

Theme addTheme(project::Project& project, QUndoStack& stack, qint64 workshopId, const ThemeData& data)
{
    const Theme theme = ThemeRepository(project).add(workshopId, data);
    stack.push(new PresenceCommand<ThemeTraits>(project, PresenceCommand<ThemeTraits>::Action::Add, theme.id,
                                                std::nullopt, tr("Add theme %1").arg(data.title)));
    return theme;
}

Theme addThemeWithNotes(project::Project& project, QUndoStack& stack, qint64 workshopId, const QString& title,
                        const QList<qint64>& noteIds)
{
    stack.beginMacro(tr("New theme %1").arg(title));
    try {
        const Theme theme = addTheme(project, stack, workshopId, {title, {}, 0});
        if (!noteIds.isEmpty())
            setNotesTheme(project, stack, noteIds, theme.id);
        stack.endMacro();
        return theme;
    } catch (...) {
        stack.endMacro(); // what was written is in the macro, so one undo takes it back
        throw;
    }
}

void editTheme(project::Project& project, QUndoStack& stack, qint64 id, const ThemeData& data)
{
    ThemeRepository themes(project);
    const std::optional<Theme> theme = themes.find(id);
    if (!theme)
        throw ProjectError(tr("The theme was deleted in the meantime."));
    if (theme->data == data)
        return;
    themes.update(id, data);
    stack.push(new ChangeValueCommand<ThemeTraits>(project, id, theme->data, data, tr("Edit theme")));
}

void changeThemeVotes(project::Project& project, QUndoStack& stack, qint64 id, int delta)
{
    ThemeRepository themes(project);
    const std::optional<Theme> theme = themes.find(id);
    if (!theme)
        throw ProjectError(tr("The theme was deleted in the meantime."));
    ThemeData data = theme->data;
    data.votes = std::max(0, data.votes + delta);
    if (data == theme->data)
        return;
    themes.update(id, data);
    stack.push(new ChangeValueCommand<ThemeTraits>(project, id, theme->data, data,
                                                   tr("Change votes for %1").arg(data.title),
                                                   mergeId(CommandId::ThemeVotes), 1));
}

void removeTheme(project::Project& project, QUndoStack& stack, qint64 id)
{
    RemovedTheme removed = ThemeRepository(project).remove(id);
    const QString text = tr("Delete theme %1").arg(removed.theme.data.title);
    stack.push(new PresenceCommand<ThemeTraits>(project, PresenceCommand<ThemeTraits>::Action::Remove, id,
                                                std::move(removed), text));
}

} // namespace jsna::ui::workshop::commands
