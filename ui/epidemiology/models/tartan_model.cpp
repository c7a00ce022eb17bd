// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/epidemiology/models/tartan_model.h"

#include <utility>

#include "core/epidemiology/value_format.h"
#include "ui/charts/chart_style.h"

namespace jsna::ui::epidemiology {

using jsna::epidemiology::ComparisonCell;

TartanModel::TartanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TartanModel::setComparison(jsna::epidemiology::AreaComparison comparison)
{
    beginResetModel();
    m_data = std::move(comparison);
    endResetModel();
}

int TartanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.indicators.size());
}

int TartanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + static_cast<int>(m_data.areas.size());
}

QVariant TartanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const indicators::Indicator& indicator = m_data.indicators.at(index.row());
    if (role == IndicatorIdRole)
        return indicator.id;
    if (index.column() < kFixedColumns) {
        const QString text = index.column() == 0 ? m_data.labels.at(index.row()) : m_data.periods.at(index.row());
        if (role == Qt::DisplayRole || role == SortRole)
            return text;
        if (role == Qt::ToolTipRole && index.column() == 0)
            return QStringLiteral("%1\n%2 (%3)").arg(m_data.labels.at(index.row()), indicator.unit, indicators::polarityLabel(indicator.polarity));
        return {};
    }
    const int area = index.column() - kFixedColumns;
    const ComparisonCell& cell = m_data.cells.at(index.row()).at(area);
    const bool hasValue = cell.value && cell.value->value;
    const bool benchmark = m_data.areas.at(area).type == u"england";
    switch (role) {
    case Qt::DisplayRole:
        return hasValue ? jsna::epidemiology::formatNumber(*cell.value->value) : QStringLiteral("-");
    case SortRole:
        return hasValue ? QVariant(*cell.value->value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (hasValue && !benchmark)
            return charts::ChartStyle{}.colour(charts::toneFor(cell.comparison));
        return {};
    case Qt::ForegroundRole:
        if (hasValue && !benchmark)
            return charts::ChartStyle{}.textOn(charts::toneFor(cell.comparison));
        return {};
    case Qt::ToolTipRole: {
        QString tip = m_data.areas.at(area).name + u'\n' + m_data.labels.at(index.row()) + u'\n';
        if (!cell.value)
            return QString(tip + tr("No value for %1").arg(m_data.periods.at(index.row())));
        tip += jsna::epidemiology::describeValue(*cell.value, indicator, m_data.level);
        if (!benchmark)
            tip += u'\n' + jsna::epidemiology::comparisonText(cell.comparison, m_data.englandName) + u" (" +
                   jsna::epidemiology::confidenceLabel(m_data.level) + u')';
        return tip;
    }
    case AreaCodeRole:
        return m_data.areas.at(area).code;
    case ComparisonRole:
        return static_cast<int>(cell.comparison);
    default:
        break;
    }
    return {};
}

QVariant TartanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section < kFixedColumns) {
        if (role == Qt::DisplayRole)
            return section == 0 ? tr("Indicator") : tr("Period");
        return {};
    }
    const geography::Area& area = m_data.areas.at(section - kFixedColumns);
    if (role == Qt::DisplayRole)
        return area.name;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 (%2)").arg(area.name, area.code);
    if (role == AreaCodeRole)
        return area.code;
    return {};
}

QString TartanModel::toTsv() const
{
    QStringList header{tr("Indicator"), tr("Period"), tr("Unit")};
    for (const geography::Area& a : m_data.areas)
        header << a.name << tr("%1 compared with England").arg(a.name);
    QString text = header.join(u'\t') + u'\n';
    for (qsizetype r = 0; r < m_data.indicators.size(); ++r) {
        QStringList line{m_data.labels.at(r), m_data.periods.at(r), m_data.indicators.at(r).unit};
        for (const ComparisonCell& cell : m_data.cells.at(r)) {
            line << (cell.value && cell.value->value ? jsna::epidemiology::formatNumber(*cell.value->value) : QString());
            line << jsna::epidemiology::comparisonShort(cell.comparison);
        }
        text += line.join(u'\t') + u'\n';
    }
    return text;
}

} // namespace jsna::ui::epidemiology
