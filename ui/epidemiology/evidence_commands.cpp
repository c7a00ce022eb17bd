// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/evidence_commands.h"

#include <utility>

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"

namespace jsna::ui::epidemiology {

using evidence::EvidenceData;
using evidence::EvidenceRepository;
using evidence::RemovedEvidence;

namespace {

constexpr int kEditEvidenceId = 2101;

QString tr(const char* text)
{
    return QCoreApplication::translate("jsna::ui::epidemiology", text);
}

// Reports a failed undo/redo on the stack's commandFailed(QString) signal, if it has one.
void reportFailure(QUndoStack& stack, const ProjectError& error)
{
    if (!QMetaObject::invokeMethod(&stack, "commandFailed", Q_ARG(QString, error.describe())))
        qWarning("evidence: %s", qPrintable(error.describe()));
}

// Base of the evidence commands: holds the project and stack (ids and values only, never live
// objects), skips the first redo (the façade already wrote), and drops itself when a write fails.
class EvidenceCommand : public QUndoCommand
{
public:
    EvidenceCommand(project::Project& project, QUndoStack& stack, const QString& text)
        : m_project(project)
        , m_stack(stack)
    {
        setText(text);
    }

    void redo() final
    {
        if (std::exchange(m_firstRedo, false))
            return;
        guarded([this](EvidenceRepository& r) { apply(r); });
    }
    void undo() final
    {
        guarded([this](EvidenceRepository& r) { revert(r); });
    }

protected:
    virtual void apply(EvidenceRepository& repository) = 0;
    virtual void revert(EvidenceRepository& repository) = 0;
    project::Project& project() const { return m_project; }

private:
    template <typename F>
    void guarded(F&& f)
    {
        try {
            EvidenceRepository repository(m_project);
            f(repository);
        } catch (const ProjectError& error) {
            setObsolete(true);
            reportFailure(m_stack, error);
        }
    }

    project::Project& m_project;
    QUndoStack& m_stack;
    bool m_firstRedo = true;
};

class AddEvidenceCommand final : public EvidenceCommand
{
public:
    AddEvidenceCommand(project::Project& project, QUndoStack& stack, qint64 id)
        : EvidenceCommand(project, stack, tr("Add evidence"))
        , m_id(id)
    {
    }

private:
    void revert(EvidenceRepository& r) override { m_removed = r.remove(m_id); }
    void apply(EvidenceRepository& r) override { r.restore(m_removed); }

    qint64 m_id;
    RemovedEvidence m_removed;
};

class EditEvidenceCommand final : public EvidenceCommand
{
public:
    EditEvidenceCommand(project::Project& project, QUndoStack& stack, qint64 id, EvidenceData before, EvidenceData after)
        : EvidenceCommand(project, stack, tr("Edit evidence"))
        , m_id(id)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    int id() const override { return kEditEvidenceId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditEvidenceCommand*>(other); // same id(): same type
        if (next->m_id != m_id || &next->project() != &project())
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    void apply(EvidenceRepository& r) override { r.update(m_id, m_after); }
    void revert(EvidenceRepository& r) override { r.update(m_id, m_before); }

    qint64 m_id;
    EvidenceData m_before;
    EvidenceData m_after;
};

class RemoveEvidenceCommand final : public EvidenceCommand
{
public:
    RemoveEvidenceCommand(project::Project& project, QUndoStack& stack, QList<RemovedEvidence> removed)
        : EvidenceCommand(project, stack,
                          removed.size() == 1 ? tr("Delete evidence")
                                               : QCoreApplication::translate("jsna::ui::epidemiology",
                                                                             "Delete %n evidence items", nullptr,
                                                                             static_cast<int>(removed.size())))
        , m_removed(std::move(removed))
    {
    }

private:
    void apply(EvidenceRepository& r) override
    {
        for (RemovedEvidence& removed : m_removed)
            removed = r.remove(removed.item.id);
    }
    void revert(EvidenceRepository& r) override
    {
        for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
            r.restore(*it);
    }

    QList<RemovedEvidence> m_removed;
};

} // namespace

qint64 addEvidence(project::Project& project, QUndoStack& stack, const EvidenceData& data)
{
    const evidence::EvidenceItem item = EvidenceRepository(project).add(data); // throws: nothing pushed
    stack.push(new AddEvidenceCommand(project, stack, item.id));
    return item.id;
}

void editEvidence(project::Project& project, QUndoStack& stack, qint64 id, const EvidenceData& data)
{
    EvidenceRepository repository(project);
    const std::optional<evidence::EvidenceItem> current = repository.find(id);
    if (!current)
        throw ProjectError(tr("The evidence item was deleted in the meantime."));
    if (current->data == data)
        return;
    EvidenceData before = repository.update(id, data);
    stack.push(new EditEvidenceCommand(project, stack, id, std::move(before), data));
}

void removeEvidence(project::Project& project, QUndoStack& stack, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    EvidenceRepository repository(project);
    QList<RemovedEvidence> removed;
    try {
        for (qint64 id : ids)
            removed.append(repository.remove(id));
    } catch (const ProjectError&) {
        for (auto it = removed.crbegin(); it != removed.crend(); ++it) // put back what was deleted
            repository.restore(*it);
        throw;
    }
    stack.push(new RemoveEvidenceCommand(project, stack, std::move(removed)));
}

} // namespace jsna::ui::epidemiology
