// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/models/indicator_tree_model.h"

#include <QFont>

namespace jsna::ui::epidemiology {

namespace {

// internalId: 0 for a domain row, domain index + 1 for an indicator row.
constexpr quintptr kDomainRow = 0;

QString domainName(const QString& domain)
{
    return domain.isEmpty() ? QStringLiteral("Other indicators") : domain;
}

} // namespace

IndicatorTreeModel::IndicatorTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void IndicatorTreeModel::setIndicators(const QList<indicators::Indicator>& indicators,
                                       const QHash<qint64, QString>& latestPeriods)
{
    beginResetModel();
    m_domains.clear();
    m_latest = latestPeriods;
    for (const indicators::Indicator& indicator : indicators) {
        const QString name = domainName(indicator.domain);
        if (m_domains.isEmpty() || m_domains.last().name != name)
            m_domains.append(Domain{name, {}});
        m_domains.last().indicators.append(indicator);
    }
    endResetModel();
}

void IndicatorTreeModel::setLatestPeriods(const QHash<qint64, QString>& latestPeriods)
{
    m_latest = latestPeriods;
    for (int d = 0; d < m_domains.size(); ++d) {
        const QModelIndex parent = index(d, 0);
        const int last = static_cast<int>(m_domains.at(d).indicators.size()) - 1;
        if (last >= 0)
            emit dataChanged(index(0, int(Column::Latest), parent), index(last, int(Column::Latest), parent));
    }
}

const indicators::Indicator* IndicatorTreeModel::indicator(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kDomainRow)
        return nullptr;
    return &m_domains.at(static_cast<qsizetype>(index.internalId() - 1)).indicators.at(index.row());
}

QModelIndex IndicatorTreeModel::indexOf(qint64 indicatorId) const
{
    for (int d = 0; d < m_domains.size(); ++d)
        for (int i = 0; i < m_domains.at(d).indicators.size(); ++i)
            if (m_domains.at(d).indicators.at(i).id == indicatorId)
                return createIndex(i, 0, static_cast<quintptr>(d) + 1);
    return {};
}

QModelIndex IndicatorTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kDomainRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex IndicatorTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDomainRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kDomainRow);
}

int IndicatorTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_domains.size());
    if (parent.internalId() != kDomainRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_domains.at(parent.row()).indicators.size());
}

int IndicatorTreeModel::columnCount(const QModelIndex&) const
{
    return int(Column::Count);
}

QVariant IndicatorTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kDomainRow) {
        const Domain& d = m_domains.at(index.row());
        if (index.column() == int(Column::Name) && role == Qt::DisplayRole)
            return QStringLiteral("%1 (%2)").arg(d.name).arg(d.indicators.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == SearchTextRole)
            return d.name;
        if (role == IndicatorIdRole)
            return qint64(0);
        return {};
    }
    const indicators::Indicator& i = *indicator(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Name:
            return i.name;
        case Column::Unit:
            return i.unit;
        case Column::Polarity:
            return indicators::polarityLabel(i.polarity);
        case Column::Latest:
            return m_latest.value(i.id);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return i.definition.isEmpty() ? i.name : i.name + u'\n' + i.definition;
    case IndicatorIdRole:
        return i.id;
    case SearchTextRole:
        return QStringList{i.name, i.definition, i.domain, i.source, i.caveats}.join(u' ');
    default:
        break;
    }
    return {};
}

QVariant IndicatorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Indicator");
    case Column::Unit:
        return tr("Unit");
    case Column::Polarity:
        return tr("Polarity");
    case Column::Latest:
        return tr("Latest period");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace jsna::ui::epidemiology
