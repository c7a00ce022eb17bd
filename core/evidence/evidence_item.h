// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace jsna::evidence {

// The fields of an evidence item a user edits: a finding from Stage 1, in the user's words, and
// the chart and data it was read from. Workshops, notes and the report refer to it by id.
struct EvidenceData
{
    QString finding; // e.g. "Smoking in pregnancy is twice England's rate"
    std::optional<qint64> indicatorId;
    QStringList areaCodes; // GSS codes the finding is about
    QString period;        // as published, e.g. "2021/22"
    QString breakdown;     // category type (e.g. deprivation deciles); empty for none
    QString chartKind;     // funnel, spine, trend, inequality, map, table, ...

    bool operator==(const EvidenceData&) const = default;
};

struct EvidenceItem
{
    qint64 id = 0;
    EvidenceData data;
    qint64 createdMs = 0; // milliseconds since the epoch, UTC
    qint64 updatedMs = 0;

    bool operator==(const EvidenceItem&) const = default;
};

// An evidence item as it was when deleted, with the notes and workshops that referred to it.
struct RemovedEvidence
{
    EvidenceItem item;
    struct NoteLinkRow
    {
        qint64 noteId = 0;
        qint64 position = 0;
        bool operator==(const NoteLinkRow&) const = default;
    };
    QList<NoteLinkRow> noteLinks;
    QList<qint64> workshopIds;
};

} // namespace jsna::evidence
