// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/models/area_profile_model.h"

#include <utility>

#include <QFont>

#include "ui/charts/chart_style.h"
#include "ui/charts/spine_chart.h"

namespace jsna::ui::epidemiology {

namespace {
constexpr quintptr kDomainRow = 0;
}

AreaProfileModel::AreaProfileModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void AreaProfileModel::setProfile(jsna::epidemiology::AreaProfile profile)
{
    beginResetModel();
    m_profile = std::move(profile);
    m_spine.clear();
    m_groups.clear();
    for (qsizetype i = 0; i < m_profile.rows.size(); ++i) {
        const jsna::epidemiology::ProfileRow& row = m_profile.rows.at(i);
        m_spine.append(charts::spineRow(row, m_profile.level));
        const QString domain = row.indicator.domain.isEmpty() ? tr("Other indicators") : row.indicator.domain;
        if (m_groups.isEmpty() || m_groups.last().domain != domain)
            m_groups.append(Group{domain, {}});
        m_groups.last().rows.append(i);
    }
    endResetModel();
}

qsizetype AreaProfileModel::rowAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kDomainRow)
        return -1;
    return m_groups.at(static_cast<qsizetype>(index.internalId() - 1)).rows.at(index.row());
}

const charts::SpineRow* AreaProfileModel::spineRow(const QModelIndex& index) const
{
    const qsizetype row = rowAt(index);
    return row < 0 ? nullptr : &m_spine.at(row);
}

const jsna::epidemiology::ProfileRow* AreaProfileModel::profileRow(const QModelIndex& index) const
{
    const qsizetype row = rowAt(index);
    return row < 0 ? nullptr : &m_profile.rows.at(row);
}

QModelIndex AreaProfileModel::indexOf(qint64 indicatorId, Column column) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).rows.size(); ++r)
            if (m_profile.rows.at(m_groups.at(g).rows.at(r)).indicator.id == indicatorId)
                return createIndex(r, int(column), static_cast<quintptr>(g) + 1);
    return {};
}

QModelIndex AreaProfileModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row()) + 1 : kDomainRow);
}

QModelIndex AreaProfileModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDomainRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDomainRow);
}

int AreaProfileModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kDomainRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).rows.size());
}

int AreaProfileModel::columnCount(const QModelIndex&) const
{
    return int(Column::ColumnCount);
}

QVariant AreaProfileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kDomainRow) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return m_groups.at(index.row()).domain;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const charts::SpineRow& s = *spineRow(index);
    const jsna::epidemiology::ProfileRow& p = *profileRow(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Indicator:
            return s.indicator;
        case Column::Period:
            return s.period;
        case Column::Count:
            return s.count;
        case Column::Value:
            return s.value;
        case Column::England:
            return s.england;
        case Column::Worst:
            return s.worst;
        case Column::Best:
            return s.best;
        case Column::Trend:
            return s.trend;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Column::Count || column == Column::Value || column == Column::England || column == Column::Worst)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Column::Best)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (column == Column::Value && p.area && p.area->value)
            return charts::ChartStyle{}.colour(s.tone);
        return {};
    case Qt::ForegroundRole:
        if (column == Column::Value && p.area && p.area->value)
            return charts::ChartStyle{}.textOn(s.tone);
        return {};
    case Qt::ToolTipRole:
        return s.tooltip;
    case Qt::AccessibleDescriptionRole:
        if (column == Column::Value)
            return jsna::epidemiology::comparisonText(p.comparison, QStringLiteral("England"));
        return {};
    case IndicatorIdRole:
        return p.indicator.id;
    case ComparisonRole:
        return static_cast<int>(p.comparison);
    case TrendRole:
        return static_cast<int>(p.trend.direction);
    default:
        break;
    }
    return {};
}

QVariant AreaProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (Column(section) == Column::Worst || Column(section) == Column::Best))
        return tr("The worst and best values among comparable areas (lowest and highest where higher is neither"
                  " better nor worse)");
    if (role == Qt::ToolTipRole && Column(section) == Column::Spine)
        return tr("England's value in the centre; light grey: the range of comparable areas; dark grey: their 25th to"
                  " 75th percentiles; the dot: this area, coloured by its comparison with England");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Indicator:
        return tr("Indicator");
    case Column::Period:
        return tr("Period");
    case Column::Count:
        return tr("Count");
    case Column::Value:
        return m_profile.area.name.isEmpty() ? tr("Value") : m_profile.area.name;
    case Column::England:
        return tr("England");
    case Column::Worst:
        return tr("Worst");
    case Column::Spine:
        return tr("Range of areas");
    case Column::Best:
        return tr("Best");
    case Column::Trend:
        return tr("Recent trend");
    case Column::ColumnCount:
        break;
    }
    return {};
}

} // namespace jsna::ui::epidemiology
