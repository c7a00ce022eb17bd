// SPDX-License-Identifier: GPL-3.0-or-later
// The façade's workshop, participant, prioritisation and evidence edits (workshop_commands.h).
#include <QCoreApplication>
#include <QUndoStack>

#include "core/evidence/evidence_repository.h"
#include "core/project/project.h"
#include "core/workshop/priority_repository.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/commands/undo_templates.h"
#include "ui/workshop/commands/workshop_commands.h"

namespace jsna::ui::workshop::commands {

using namespace jsna::workshop;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("jsna::ui::workshop::commands", text);
}

struct WorkshopTraits
{
    using Key = qint64;
    using Value = WorkshopData;
    using Removed = WorkshopSnapshot;
    static void write(project::Project& p, Key id, const Value& v) { WorkshopRepository(p).update(id, v); }
    static Removed remove(project::Project& p, Key id) { return WorkshopRepository(p).remove(id); }
    static void restore(project::Project& p, const Removed& r) { WorkshopRepository(p).restore(r); }
};

struct WorkshopEvidenceTraits
{
    using Key = qint64;
    using Value = QList<qint64>;
    static void write(project::Project& p, Key id, const Value& v)
    {
        WorkshopRepository(p).setEvidence(id, v);
    }
};

struct ParticipantTraits
{
    using Key = qint64;
    using Value = ParticipantData;
    using Removed = Participant;
    static void write(project::Project& p, Key id, const Value& v)
    {
        WorkshopRepository(p).updateParticipant(id, v);
    }
    static Removed remove(project::Project& p, Key id) { return WorkshopRepository(p).removeParticipant(id); }
    static void restore(project::Project& p, const Removed& r)
    {
        WorkshopRepository(p).restoreParticipant(r);
    }
};

struct CriterionTraits
{
    using Key = qint64;
    using Value = CriterionData;
    using Removed = RemovedCriterion;
    static void write(project::Project& p, Key id, const Value& v)
    {
        PriorityRepository(p).updateCriterion(id, v);
    }
    static Removed remove(project::Project& p, Key id) { return PriorityRepository(p).removeCriterion(id); }
    static void restore(project::Project& p, const Removed& r) { PriorityRepository(p).restoreCriterion(r); }
};

struct ScoreTraits
{
    using Key = std::pair<qint64, qint64>; // theme, criterion
    using Value = std::optional<int>;
    static void write(project::Project& p, const Key& key, const Value& v)
    {
        PriorityRepository(p).setScore(key.first, key.second, v);
    }
};

struct EvidenceTraits
{
    using Key = qint64;
    using Value = evidence::EvidenceData;
    using Removed = evidence::RemovedEvidence;
    static void write(project::Project& p, Key id, const Value& v)
    {
        evidence::EvidenceRepository(p).update(id, v);
    }
    static Removed remove(project::Project& p, Key id) { return evidence::EvidenceRepository(p).remove(id); }
    static void restore(project::Project& p, const Removed& r) { evidence::EvidenceRepository(p).restore(r); }
};

template <typename Traits>
void pushAdded(project::Project& project, QUndoStack& stack, qint64 id, const QString& text)
{
    stack.push(
        new PresenceCommand<Traits>(project, PresenceCommand<Traits>::Action::Add, id, std::nullopt, text));
}

template <typename Traits>
void pushRemoved(project::Project& project, QUndoStack& stack, qint64 id, typename Traits::Removed removed,
                 const QString& text)
{
    stack.push(new PresenceCommand<Traits>(project, PresenceCommand<Traits>::Action::Remove, id,
                                           std::move(removed), text));
}

// Writes a changed value and pushes the command; nothing when the value is unchanged.
template <typename Traits>
void change(project::Project& project, QUndoStack& stack, const typename Traits::Key& key,
            const typename Traits::Value& before, const typename Traits::Value& after, const QString& text)
{
    if (before == after)
        return;
    Traits::write(project, key, after);
    stack.push(new ChangeValueCommand<Traits>(project, key, before, after, text));
}

} // namespace

Workshop addWorkshop(project::Project& project, QUndoStack& stack, const WorkshopData& data)
{
    const Workshop workshop = WorkshopRepository(project).add(data);
    pushAdded<WorkshopTraits>(project, stack, workshop.id, tr("Add workshop %1").arg(data.title));
    return workshop;
}

void editWorkshop(project::Project& project, QUndoStack& stack, qint64 id, const WorkshopData& data)
{
    const std::optional<Workshop> workshop = WorkshopRepository(project).find(id);
    if (!workshop)
        throw ProjectError(tr("The workshop was deleted in the meantime."));
    change<WorkshopTraits>(project, stack, id, workshop->data, data, tr("Edit workshop details"));
}

void removeWorkshop(project::Project& project, QUndoStack& stack, qint64 id)
{
    WorkshopSnapshot snapshot = WorkshopRepository(project).remove(id);
    const QString text = tr("Delete workshop %1").arg(snapshot.workshop.data.title);
    pushRemoved<WorkshopTraits>(project, stack, id, std::move(snapshot), text);
}

void setWorkshopEvidence(project::Project& project, QUndoStack& stack, qint64 workshopId,
                         const QList<qint64>& evidenceIds)
{
    QList<qint64> sorted = evidenceIds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const QList<qint64> before = WorkshopRepository(project).evidenceOf(workshopId);
    if (before == sorted)
        return;
    WorkshopRepository(project).setEvidence(workshopId, sorted);
    stack.push(new ChangeValueCommand<WorkshopEvidenceTraits>(project, workshopId, before, sorted,
                                                              tr("Change the evidence for the workshop")));
}

Participant addParticipant(project::Project& project, QUndoStack& stack, qint64 workshopId,
                           const ParticipantData& data)
{
    const Participant participant = WorkshopRepository(project).addParticipant(workshopId, data);
    pushAdded<ParticipantTraits>(project, stack, participant.id, tr("Add participant"));
    return participant;
}

void editParticipant(project::Project& project, QUndoStack& stack, qint64 id, const ParticipantData& data)
{
    const std::optional<Participant> before = WorkshopRepository(project).findParticipant(id);
    if (!before)
        throw ProjectError(tr("The participant was deleted in the meantime."));
    change<ParticipantTraits>(project, stack, id, before->data, data, tr("Edit participant"));
}

void removeParticipant(project::Project& project, QUndoStack& stack, qint64 id)
{
    Participant removed = WorkshopRepository(project).removeParticipant(id);
    pushRemoved<ParticipantTraits>(project, stack, id, std::move(removed), tr("Remove participant"));
}

Criterion addCriterion(project::Project& project, QUndoStack& stack, const CriterionData& data)
{
    const Criterion criterion = PriorityRepository(project).addCriterion(data);
    pushAdded<CriterionTraits>(project, stack, criterion.id, tr("Add criterion %1").arg(data.name));
    return criterion;
}

void editCriterion(project::Project& project, QUndoStack& stack, qint64 id, const CriterionData& data)
{
    std::optional<CriterionData> before;
    for (const Criterion& c : PriorityRepository(project).criteria())
        if (c.id == id)
            before = c.data;
    if (!before)
        throw ProjectError(tr("The criterion was deleted in the meantime."));
    change<CriterionTraits>(project, stack, id, *before, data, tr("Edit criterion %1").arg(data.name));
}

void removeCriterion(project::Project& project, QUndoStack& stack, qint64 id)
{
    RemovedCriterion removed = PriorityRepository(project).removeCriterion(id);
    const QString text = tr("Delete criterion %1").arg(removed.criterion.data.name);
    pushRemoved<CriterionTraits>(project, stack, id, std::move(removed), text);
}

void setScore(project::Project& project, QUndoStack& stack, qint64 themeId, qint64 criterionId,
              std::optional<int> score)
{
    PriorityRepository priorities(project);
    const std::optional<int> previous = priorities.setScore(themeId, criterionId, score);
    if (previous == score)
        return; // written, but nothing changed: no history entry
    stack.push(new ChangeValueCommand<ScoreTraits>(project, {themeId, criterionId}, previous, score,
                                                   tr("Score theme")));
}

evidence::EvidenceItem addEvidence(project::Project& project, QUndoStack& stack,
                                   const evidence::EvidenceData& data)
{
    const evidence::EvidenceItem item = evidence::EvidenceRepository(project).add(data);
    pushAdded<EvidenceTraits>(project, stack, item.id, tr("Add evidence item"));
    return item;
}

void editEvidence(project::Project& project, QUndoStack& stack, qint64 id, const evidence::EvidenceData& data)
{
    const std::optional<evidence::EvidenceItem> item = evidence::EvidenceRepository(project).find(id);
    if (!item)
        throw ProjectError(tr("The evidence item was deleted in the meantime."));
    change<EvidenceTraits>(project, stack, id, item->data, data, tr("Edit evidence item"));
}

void removeEvidence(project::Project& project, QUndoStack& stack, qint64 id)
{
    evidence::RemovedEvidence removed = evidence::EvidenceRepository(project).remove(id);
    pushRemoved<EvidenceTraits>(project, stack, id, std::move(removed), tr("Delete evidence item"));
}

} // namespace jsna::ui::workshop::commands
