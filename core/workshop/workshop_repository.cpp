// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workshop/workshop_repository.h"

#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/workshop/durable_transaction.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_rows.h"

namespace jsna::workshop {

namespace {

#define JSNA_WORKSHOP_SELECT                                                                                 \
    "SELECT id, title, held_on, place, online, facilitator, purpose, topic FROM workshops "
#define JSNA_PARTICIPANT_SELECT                                                                              \
    "SELECT id, workshop_id, stakeholder_group, organisation, name, consent FROM workshop_participants "

Workshop readWorkshop(const store::Statement& row)
{
    Workshop workshop;
    workshop.id = row.int64(0);
    workshop.data.title = row.text(1);
    workshop.data.date = QDate::fromString(row.text(2), Qt::ISODate);
    workshop.data.place = row.text(3);
    workshop.data.online = row.int64(4) != 0;
    workshop.data.facilitator = row.text(5);
    workshop.data.purpose = row.text(6);
    workshop.data.topic = row.text(7);
    return workshop;
}

Participant readParticipant(const store::Statement& row)
{
    Participant participant;
    participant.id = row.int64(0);
    participant.workshopId = row.int64(1);
    participant.data.stakeholderGroup = row.text(2);
    participant.data.organisation = row.text(3);
    participant.data.name = row.text(4);
    participant.data.consent = consentFromStorage(row.text(5));
    return participant;
}

void checkTitle(const WorkshopData& data)
{
    if (data.title.trimmed().isEmpty())
        throw ProjectError(QStringLiteral("a workshop needs a title"));
}

void checkGroup(const ParticipantData& data)
{
    if (data.stakeholderGroup.trimmed().isEmpty())
        throw ProjectError(QStringLiteral("a participant needs a stakeholder group"));
}

} // namespace

WorkshopRepository::WorkshopRepository(project::Project& project)
    : m_project(project)
    , m_notifier(WorkshopNotifier::of(project))
{}

Workshop WorkshopRepository::add(const WorkshopData& data)
{
    m_project.requireWritable();
    checkTitle(data);
    Workshop workshop{0, data};
    {
        DurableTransaction transaction(m_project.database());
        insertWorkshop(workshop);
        workshop.id = m_project.database().lastInsertRowId();
        transaction.commit();
    }
    emit m_notifier.workshopsChanged();
    return workshop;
}

WorkshopData WorkshopRepository::update(qint64 id, const WorkshopData& data)
{
    m_project.requireWritable();
    checkTitle(data);
    WorkshopData previous;
    {
        DurableTransaction transaction(m_project.database());
        const std::optional<Workshop> current = find(id);
        if (!current)
            throw ProjectError(QStringLiteral("the workshop was deleted in the meantime"));
        previous = current->data;
        m_project.database()
            .cached(
                "UPDATE workshops SET title = ?2, held_on = ?3, place = ?4, online = ?5, facilitator = ?6,"
                " purpose = ?7, topic = ?8 WHERE id = ?1")
            .bind(1, id)
            .bind(2, data.title)
            .bind(3, data.date.isValid() ? data.date.toString(Qt::ISODate) : QString())
            .bind(4, data.place)
            .bind(5, data.online ? 1 : 0)
            .bind(6, data.facilitator)
            .bind(7, data.purpose)
            .bind(8, data.topic)
            .run();
        transaction.commit();
    }
    emit m_notifier.workshopChanged(id);
    if (previous.title != data.title || previous.date != data.date)
        emit m_notifier.workshopsChanged();
    return previous;
}

WorkshopSnapshot WorkshopRepository::remove(qint64 id)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    WorkshopSnapshot snapshot;
    {
        DurableTransaction transaction(db);
        const std::optional<Workshop> workshop = find(id);
        if (!workshop)
            throw ProjectError(QStringLiteral("the workshop was deleted in the meantime"));
        snapshot.workshop = *workshop;
        snapshot.participants = participantsOf(id);
        snapshot.evidenceIds = evidenceOf(id);
        snapshot.themes = rows::themesOfWorkshop(db, id);
        snapshot.scores = rows::scoresOfWorkshop(db, id);
        snapshot.notes = rows::notesOfWorkshop(db, id);
        db.cached("DELETE FROM workshops WHERE id = ?1").bind(1, id).run(); // cascades to the rest
        transaction.commit();
    }
    emit m_notifier.workshopsChanged();
    return snapshot;
}

void WorkshopRepository::restore(const WorkshopSnapshot& snapshot)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    {
        DurableTransaction transaction(db);
        insertWorkshop(snapshot.workshop);
        for (const Participant& participant : snapshot.participants)
            insertParticipant(participant);
        writeEvidence(snapshot.workshop.id, snapshot.evidenceIds);
        for (const Theme& theme : snapshot.themes)
            rows::insertTheme(db, theme);
        for (const ThemeScore& score : snapshot.scores)
            rows::writeScore(db, score);
        for (const Note& note : snapshot.notes)
            rows::insertNote(db, note);
        transaction.commit();
    }
    emit m_notifier.workshopsChanged();
}

std::optional<Workshop> WorkshopRepository::find(qint64 id)
{
    store::Statement& statement = m_project.database().cached(JSNA_WORKSHOP_SELECT "WHERE id = ?1");
    statement.bind(1, id);
    std::optional<Workshop> workshop;
    if (statement.step())
        workshop = readWorkshop(statement);
    statement.reset();
    return workshop;
}

QList<Workshop> WorkshopRepository::all()
{
    QList<Workshop> workshops;
    store::Statement& statement =
        m_project.database().cached(JSNA_WORKSHOP_SELECT "ORDER BY held_on DESC, title COLLATE NOCASE, id");
    while (statement.step())
        workshops.append(readWorkshop(statement));
    statement.reset();
    return workshops;
}

Participant WorkshopRepository::addParticipant(qint64 workshopId, const ParticipantData& data)
{
    m_project.requireWritable();
    checkGroup(data);
    Participant participant{0, workshopId, data};
    {
        DurableTransaction transaction(m_project.database());
        insertParticipant(participant);
        participant.id = m_project.database().lastInsertRowId();
        transaction.commit();
    }
    emit m_notifier.participantsChanged(workshopId);
    return participant;
}

ParticipantData WorkshopRepository::updateParticipant(qint64 id, const ParticipantData& data)
{
    m_project.requireWritable();
    checkGroup(data);
    Participant previous;
    {
        DurableTransaction transaction(m_project.database());
        const std::optional<Participant> current = findParticipant(id);
        if (!current)
            throw ProjectError(QStringLiteral("the participant was deleted in the meantime"));
        previous = *current;
        m_project.database()
            .cached("UPDATE workshop_participants SET stakeholder_group = ?2, organisation = ?3, name = ?4,"
                    " consent = ?5 WHERE id = ?1")
            .bind(1, id)
            .bind(2, data.stakeholderGroup)
            .bind(3, data.organisation)
            .bind(4, data.name)
            .bind(5, toStorage(data.consent))
            .run();
        transaction.commit();
    }
    emit m_notifier.participantsChanged(previous.workshopId);
    return previous.data;
}

Participant WorkshopRepository::removeParticipant(qint64 id)
{
    m_project.requireWritable();
    Participant removed;
    {
        DurableTransaction transaction(m_project.database());
        const std::optional<Participant> current = findParticipant(id);
        if (!current)
            throw ProjectError(QStringLiteral("the participant was deleted in the meantime"));
        removed = *current;
        m_project.database().cached("DELETE FROM workshop_participants WHERE id = ?1").bind(1, id).run();
        transaction.commit();
    }
    emit m_notifier.participantsChanged(removed.workshopId);
    return removed;
}

void WorkshopRepository::restoreParticipant(const Participant& participant)
{
    m_project.requireWritable();
    {
        DurableTransaction transaction(m_project.database());
        insertParticipant(participant);
        transaction.commit();
    }
    emit m_notifier.participantsChanged(participant.workshopId);
}

QList<Participant> WorkshopRepository::participantsOf(qint64 workshopId)
{
    QList<Participant> participants;
    store::Statement& statement =
        m_project.database().cached(JSNA_PARTICIPANT_SELECT "WHERE workshop_id = ?1 ORDER BY id");
    statement.bind(1, workshopId);
    while (statement.step())
        participants.append(readParticipant(statement));
    statement.reset();
    return participants;
}

QList<qint64> WorkshopRepository::setEvidence(qint64 workshopId, const QList<qint64>& evidenceIds)
{
    m_project.requireWritable();
    QList<qint64> previous;
    {
        DurableTransaction transaction(m_project.database());
        previous = evidenceOf(workshopId);
        writeEvidence(workshopId, evidenceIds);
        transaction.commit();
    }
    emit m_notifier.workshopChanged(workshopId);
    return previous;
}

QList<qint64> WorkshopRepository::evidenceOf(qint64 workshopId)
{
    QList<qint64> ids;
    store::Statement& statement = m_project.database().cached(
        "SELECT evidence_id FROM workshop_evidence WHERE workshop_id = ?1 ORDER BY evidence_id");
    statement.bind(1, workshopId);
    while (statement.step())
        ids.append(statement.int64(0));
    statement.reset();
    return ids;
}

void WorkshopRepository::insertWorkshop(const Workshop& workshop)
{
    const WorkshopData& data = workshop.data;
    m_project.database()
        .cached("INSERT INTO workshops(id, title, held_on, place, online, facilitator, purpose, topic)"
                " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, workshop.id)
        .bind(2, data.title)
        .bind(3, data.date.isValid() ? data.date.toString(Qt::ISODate) : QString())
        .bind(4, data.place)
        .bind(5, data.online ? 1 : 0)
        .bind(6, data.facilitator)
        .bind(7, data.purpose)
        .bind(8, data.topic)
        .run();
}

void WorkshopRepository::insertParticipant(const Participant& participant)
{
    m_project.database()
        .cached("INSERT INTO workshop_participants(id, workshop_id, stakeholder_group, organisation, name, "
                "consent)"
                " VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6)")
        .bind(1, participant.id)
        .bind(2, participant.workshopId)
        .bind(3, participant.data.stakeholderGroup)
        .bind(4, participant.data.organisation)
        .bind(5, participant.data.name)
        .bind(6, toStorage(participant.data.consent))
        .run();
}

void WorkshopRepository::writeEvidence(qint64 workshopId, const QList<qint64>& evidenceIds)
{
    store::Database& db = m_project.database();
    db.cached("DELETE FROM workshop_evidence WHERE workshop_id = ?1").bind(1, workshopId).run();
    for (qint64 evidenceId : evidenceIds) {
        db.cached("INSERT OR IGNORE INTO workshop_evidence(workshop_id, evidence_id) VALUES (?1, ?2)")
            .bind(1, workshopId)
            .bind(2, evidenceId)
            .run();
    }
}

std::optional<Participant> WorkshopRepository::findParticipant(qint64 id)
{
    store::Statement& statement = m_project.database().cached(JSNA_PARTICIPANT_SELECT "WHERE id = ?1");
    statement.bind(1, id);
    std::optional<Participant> participant;
    if (statement.step())
        participant = readParticipant(statement);
    statement.reset();
    return participant;
}

} // namespace jsna::workshop
