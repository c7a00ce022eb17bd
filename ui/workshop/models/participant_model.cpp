// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/participant_model.h"

#include "core/foundation/project_error.h"
#include "core/workshop/workshop_notifier.h"
#include "core/workshop/workshop_repository.h"
#include "ui/workshop/commands/workshop_commands.h"

namespace jsna::ui::workshop {

using namespace jsna::workshop;

ParticipantModel::ParticipantModel(project::Project& project, QUndoStack& stack, QObject* parent)
    : RowSyncModel(parent)
    , m_project(project)
    , m_stack(stack)
{
    WorkshopNotifier& notifier = WorkshopNotifier::of(project);
    connect(&notifier, &WorkshopNotifier::participantsChanged, this, [this](qint64 workshopId) {
        if (workshopId == m_workshopId)
            refresh();
    });
    connect(&notifier, &WorkshopNotifier::workshopsChanged, this, &ParticipantModel::refresh);
}

void ParticipantModel::setWorkshop(qint64 workshopId)
{
    beginResetModel();
    m_workshopId = workshopId;
    m_rows.clear();
    endResetModel();
    refresh();
}

void ParticipantModel::refresh()
{
    const QList<Participant> fresh =
        m_workshopId != 0 ? WorkshopRepository(m_project).participantsOf(m_workshopId) : QList<Participant>();
    syncRows(m_rows, fresh, [](const Participant& p) { return p.id; });
}

qint64 ParticipantModel::participantIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Participant& participant = m_rows.at(index.row());
    if (role == ParticipantIdRole)
        return participant.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Column::Group:
        return participant.data.stakeholderGroup;
    case Column::Organisation:
        return participant.data.organisation;
    case Column::Name:
        return participant.data.name;
    case Column::Consent:
        return role == Qt::EditRole ? QVariant(int(participant.data.consent))
                                    : QVariant(consentLabel(participant.data.consent));
    case Column::Count:
        break;
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Group:
        return tr("Stakeholder group");
    case Column::Organisation:
        return tr("Organisation");
    case Column::Name:
        return tr("Name (optional)");
    case Column::Consent:
        return tr("Consent to be named");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool ParticipantModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ParticipantData data = m_rows.at(index.row()).data;
    switch (Column(index.column())) {
    case Column::Group:
        data.stakeholderGroup = value.toString().trimmed();
        if (data.stakeholderGroup.isEmpty())
            return false;
        break;
    case Column::Organisation:
        data.organisation = value.toString().trimmed();
        break;
    case Column::Name:
        data.name = value.toString().trimmed();
        break;
    case Column::Consent: {
        const int consent = value.toInt();
        if (consent < int(Consent::NotRecorded) || consent > int(Consent::Declined))
            return false;
        data.consent = Consent(consent);
        break;
    }
    case Column::Count:
        return false;
    }
    try {
        commands::editParticipant(m_project, m_stack, m_rows.at(index.row()).id, data);
        return true;
    } catch (const ProjectError& error) {
        emit WorkshopNotifier::of(m_project).writeFailed(error.message());
        return false;
    }
}

} // namespace jsna::ui::workshop
