// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evidence/evidence_repository.h"

#include <QDateTime>

#include "core/evidence/evidence_notifier.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/store/transaction.h"

namespace jsna::evidence {

namespace {

#define JSNA_EVIDENCE_SELECT                                                                                 \
    "SELECT id, finding, indicator_id, area_codes, period, breakdown, chart_kind, created_ms, updated_ms"    \
    " FROM evidence_items "

EvidenceItem readItem(const store::Statement& row)
{
    EvidenceItem item;
    item.id = row.int64(0);
    item.data.finding = row.text(1);
    item.data.indicatorId = row.optionalInt64(2);
    item.data.areaCodes = row.text(3).split(u' ', Qt::SkipEmptyParts);
    item.data.period = row.text(4);
    item.data.breakdown = row.text(5);
    item.data.chartKind = row.text(6);
    item.createdMs = row.int64(7);
    item.updatedMs = row.int64(8);
    return item;
}

void checkData(const EvidenceData& data)
{
    if (data.finding.trimmed().isEmpty())
        throw ProjectError(QStringLiteral("an evidence item needs a finding"));
    for (const QString& code : data.areaCodes)
        if (code.isEmpty() || code.contains(u' '))
            throw ProjectError(QStringLiteral("'%1' is not an area code").arg(code));
}

QList<EvidenceItem> readAll(store::Statement& statement)
{
    QList<EvidenceItem> items;
    while (statement.step())
        items.append(readItem(statement));
    statement.reset();
    return items;
}

} // namespace

EvidenceRepository::EvidenceRepository(project::Project& project)
    : m_project(project)
    , m_notifier(EvidenceNotifier::of(project))
{}

EvidenceItem EvidenceRepository::add(const EvidenceData& data)
{
    m_project.requireWritable();
    checkData(data);
    EvidenceItem item;
    item.data = data;
    item.createdMs = item.updatedMs = QDateTime::currentMSecsSinceEpoch();
    {
        store::Transaction transaction(m_project.database());
        insert(item);
        item.id = m_project.database().lastInsertRowId();
        transaction.commit();
    }
    emit m_notifier.evidenceAdded(item.id);
    return item;
}

EvidenceData EvidenceRepository::update(qint64 id, const EvidenceData& data)
{
    m_project.requireWritable();
    checkData(data);
    EvidenceData previous;
    {
        store::Transaction transaction(m_project.database());
        const std::optional<EvidenceItem> current = find(id);
        if (!current)
            throw ProjectError(QStringLiteral("the evidence item was deleted in the meantime"));
        previous = current->data;
        m_project.database()
            .cached("UPDATE evidence_items SET finding = ?2, indicator_id = ?3, area_codes = ?4, period = ?5,"
                    " breakdown = ?6, chart_kind = ?7, updated_ms = ?8 WHERE id = ?1")
            .bind(1, id)
            .bind(2, data.finding)
            .bind(3, data.indicatorId)
            .bind(4, data.areaCodes.join(u' '))
            .bind(5, data.period)
            .bind(6, data.breakdown)
            .bind(7, data.chartKind)
            .bind(8, QDateTime::currentMSecsSinceEpoch())
            .run();
        transaction.commit();
    }
    emit m_notifier.evidenceChanged(id);
    return previous;
}

RemovedEvidence EvidenceRepository::remove(qint64 id)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    RemovedEvidence removed;
    {
        store::Transaction transaction(db);
        const std::optional<EvidenceItem> current = find(id);
        if (!current)
            throw ProjectError(QStringLiteral("the evidence item was deleted in the meantime"));
        removed.item = *current;
        store::Statement& links = db.cached("SELECT note_id, position FROM workshop_note_links WHERE "
                                            "evidence_id = ?1 ORDER BY note_id, position");
        links.bind(1, id);
        while (links.step())
            removed.noteLinks.append({links.int64(0), links.int64(1)});
        links.reset();
        store::Statement& workshops = db.cached(
            "SELECT workshop_id FROM workshop_evidence WHERE evidence_id = ?1 ORDER BY workshop_id");
        workshops.bind(1, id);
        while (workshops.step())
            removed.workshopIds.append(workshops.int64(0));
        workshops.reset();
        db.cached("DELETE FROM evidence_items WHERE id = ?1").bind(1, id).run(); // links cascade
        transaction.commit();
    }
    emit m_notifier.evidenceRemoved(id);
    return removed;
}

void EvidenceRepository::restore(const RemovedEvidence& removed)
{
    m_project.requireWritable();
    store::Database& db = m_project.database();
    {
        store::Transaction transaction(db);
        insert(removed.item);
        for (const RemovedEvidence::NoteLinkRow& link : removed.noteLinks) {
            db.cached("INSERT INTO workshop_note_links(note_id, position, evidence_id) VALUES (?1, ?2, ?3)")
                .bind(1, link.noteId)
                .bind(2, link.position)
                .bind(3, removed.item.id)
                .run();
        }
        for (qint64 workshopId : removed.workshopIds) {
            db.cached("INSERT INTO workshop_evidence(workshop_id, evidence_id) VALUES (?1, ?2)")
                .bind(1, workshopId)
                .bind(2, removed.item.id)
                .run();
        }
        transaction.commit();
    }
    emit m_notifier.evidenceAdded(removed.item.id);
}

std::optional<EvidenceItem> EvidenceRepository::find(qint64 id)
{
    store::Statement& statement = m_project.database().cached(JSNA_EVIDENCE_SELECT "WHERE id = ?1");
    statement.bind(1, id);
    std::optional<EvidenceItem> item;
    if (statement.step())
        item = readItem(statement);
    statement.reset();
    return item;
}

QList<EvidenceItem> EvidenceRepository::all()
{
    return readAll(m_project.database().cached(JSNA_EVIDENCE_SELECT "ORDER BY updated_ms DESC, id DESC"));
}

QList<EvidenceItem> EvidenceRepository::forIndicator(qint64 indicatorId)
{
    store::Statement& statement = m_project.database().cached(
        JSNA_EVIDENCE_SELECT "WHERE indicator_id = ?1 ORDER BY updated_ms DESC, id DESC");
    statement.bind(1, indicatorId);
    return readAll(statement);
}

void EvidenceRepository::insert(const EvidenceItem& item)
{
    m_project.database()
        .cached(
            "INSERT INTO evidence_items(id, finding, indicator_id, area_codes, period, breakdown, chart_kind,"
            " created_ms, updated_ms) VALUES (nullif(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, item.id)
        .bind(2, item.data.finding)
        .bind(3, item.data.indicatorId)
        .bind(4, item.data.areaCodes.join(u' '))
        .bind(5, item.data.period)
        .bind(6, item.data.breakdown)
        .bind(7, item.data.chartKind)
        .bind(8, item.createdMs)
        .bind(9, item.updatedMs)
        .run();
}

} // namespace jsna::evidence
