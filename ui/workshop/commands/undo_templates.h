// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QUndoCommand>

#include "core/foundation/project_error.h"
#include "core/workshop/workshop_notifier.h"

namespace jsna::project {
class Project;
}

// The two command shapes every workshop edit uses. Commands hold ids and values, never pointers to
// live objects. Storage is write-through: the façade (workshop_commands.h) performs the first write
// and pushes only when it succeeded, so a command's first redo() does nothing. A later undo or redo
// that fails reports through WorkshopNotifier::writeFailed and makes the command obsolete, so the
// stack drops it. Include only from the façade's .cpp files.
namespace jsna::ui::workshop::commands {

namespace detail {

inline void reportFailure(project::Project& project, QUndoCommand& command, const ProjectError& error)
{
    command.setObsolete(true);
    emit jsna::workshop::WorkshopNotifier::of(project).writeFailed(error.message());
}

template <typename Traits, typename Key>
void afterUndoRedo(project::Project& project, const Key& key)
{
    if constexpr (requires { Traits::afterUndoRedo(project, key); })
        Traits::afterUndoRedo(project, key);
}

} // namespace detail

// Changes one value of one thing (Traits::write(project, key, value) writes it and returns the
// previous value). Consecutive changes with the same merge id, key and burst merge into one step;
// a merge that ends where it began makes the command obsolete.
template <typename Traits>
class ChangeValueCommand final : public QUndoCommand
{
public:
    using Key = typename Traits::Key;
    using Value = typename Traits::Value;

    ChangeValueCommand(project::Project& project, Key key, Value before, Value after, const QString& text,
                       int mergeId = -1, quint64 burst = 0)
        : QUndoCommand(text)
        , m_project(project)
        , m_key(std::move(key))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_burst(burst)
    {}

    void undo() override { write(m_before); }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return; // the façade has written m_after already
        write(m_after);
    }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeValueCommand*>(other);
        if (!next || next->m_burst != m_burst || !(next->m_key == m_key))
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    void write(const Value& value)
    {
        try {
            Traits::write(m_project, m_key, value);
            detail::afterUndoRedo<Traits>(m_project, m_key);
        } catch (const ProjectError& error) {
            detail::reportFailure(m_project, *this, error);
        }
    }

    project::Project& m_project;
    Key m_key;
    Value m_before;
    Value m_after;
    int m_mergeId;
    quint64 m_burst;
    bool m_firstRedo = true;
};

// Adds or removes things. Traits::remove(project, key) deletes and returns a Removed snapshot;
// Traits::restore(project, removed) puts it back with the same ids.
template <typename Traits>
class PresenceCommand final : public QUndoCommand
{
public:
    using Key = typename Traits::Key;
    using Removed = typename Traits::Removed;
    enum class Action
    {
        Add,    // the façade has added key
        Remove, // the façade has removed key, giving removed
    };

    PresenceCommand(project::Project& project, Action action, Key key, std::optional<Removed> removed,
                    const QString& text)
        : QUndoCommand(text)
        , m_project(project)
        , m_action(action)
        , m_key(std::move(key))
        , m_removed(std::move(removed))
    {}

    void undo() override { apply(m_action == Action::Add ? Action::Remove : Action::Add); }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        apply(m_action);
    }

private:
    void apply(Action action)
    {
        try {
            if (action == Action::Remove)
                m_removed = Traits::remove(m_project, m_key);
            else
                Traits::restore(m_project, *m_removed);
            detail::afterUndoRedo<Traits>(m_project, m_key);
        } catch (const ProjectError& error) {
            detail::reportFailure(m_project, *this, error);
        }
    }

    project::Project& m_project;
    Action m_action;
    Key m_key;
    std::optional<Removed> m_removed;
    bool m_firstRedo = true;
};

} // namespace jsna::ui::workshop::commands
