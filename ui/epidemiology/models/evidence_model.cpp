// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/models/evidence_model.h"

#include <QDateTime>
#include <QLocale>

#include "core/epidemiology/epidemiology_data.h"
#include "core/evidence/evidence_notifier.h"
#include "core/evidence/evidence_repository.h"
#include "core/foundation/project_error.h"
#include "core/project/project.h"
#include "ui/epidemiology/evidence_commands.h"

namespace jsna::ui::epidemiology {

EvidenceModel::EvidenceModel(project::Project& project, QUndoStack& stack, jsna::epidemiology::EpidemiologyData& data,
                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_project(project)
    , m_stack(stack)
    , m_data(data)
{
    evidence::EvidenceNotifier& notifier = evidence::EvidenceNotifier::of(project);
    connect(&notifier, &evidence::EvidenceNotifier::evidenceAdded, this, &EvidenceModel::onAdded);
    connect(&notifier, &evidence::EvidenceNotifier::evidenceChanged, this, &EvidenceModel::onChanged);
    connect(&notifier, &evidence::EvidenceNotifier::evidenceRemoved, this, &EvidenceModel::onRemoved);
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_items = evidence::EvidenceRepository(m_project).all();
    endResetModel();
}

const evidence::EvidenceItem* EvidenceModel::item(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_items.size() ? &m_items.at(index.row()) : nullptr;
}

int EvidenceModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).id == id)
            return r;
    return -1;
}

void EvidenceModel::onAdded(qint64 id)
{
    if (rowOf(id) >= 0)
        return;
    const std::optional<evidence::EvidenceItem> added = evidence::EvidenceRepository(m_project).find(id);
    if (!added)
        return;
    beginInsertRows({}, 0, 0);
    m_items.prepend(*added);
    endInsertRows();
}

void EvidenceModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<evidence::EvidenceItem> changed = evidence::EvidenceRepository(m_project).find(id);
    if (row < 0 || !changed)
        return;
    m_items[row] = *changed;
    emit dataChanged(index(row, 0), index(row, int(Column::ColumnCount) - 1));
}

void EvidenceModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

QString EvidenceModel::areaNames(const QStringList& codes) const
{
    QStringList names;
    for (const QString& code : codes) {
        const geography::Area* a = m_data.area(code);
        names.append(a ? a->name : code);
    }
    return names.join(QStringLiteral(", "));
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::ColumnCount);
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    const evidence::EvidenceItem* e = item(index);
    if (!e)
        return {};
    if (role == EvidenceIdRole)
        return e->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const evidence::EvidenceData& d = e->data;
    switch (Column(index.column())) {
    case Column::Finding:
        return d.finding;
    case Column::Indicator: {
        if (!d.indicatorId)
            return QString();
        const indicators::Indicator* i = m_data.indicator(*d.indicatorId);
        return i ? i->name : tr("(deleted indicator)");
    }
    case Column::Areas:
        return areaNames(d.areaCodes);
    case Column::Period:
        return d.period;
    case Column::Breakdown:
        return d.breakdown;
    case Column::Chart:
        return d.chartKind;
    case Column::Updated:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e->updatedMs), QLocale::ShortFormat);
    case Column::ColumnCount:
        break;
    }
    return {};
}

bool EvidenceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const evidence::EvidenceItem* e = item(index);
    if (!e || role != Qt::EditRole || Column(index.column()) != Column::Finding)
        return false;
    evidence::EvidenceData changed = e->data;
    changed.finding = value.toString().trimmed();
    if (changed.finding == e->data.finding)
        return false;
    try {
        editEvidence(m_project, m_stack, e->id, changed); // the notifier updates the row
    } catch (const ProjectError& error) {
        emit errorOccurred(error.describe());
        return false;
    }
    return true;
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && Column(index.column()) == Column::Finding && !m_project.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Finding:
        return tr("Finding");
    case Column::Indicator:
        return tr("Indicator");
    case Column::Areas:
        return tr("Areas");
    case Column::Period:
        return tr("Period");
    case Column::Breakdown:
        return tr("Breakdown");
    case Column::Chart:
        return tr("Chart");
    case Column::Updated:
        return tr("Updated");
    case Column::ColumnCount:
        break;
    }
    return {};
}

} // namespace jsna::ui::epidemiology
