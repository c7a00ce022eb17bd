// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>

#include "core/epidemiology/area_profile.h"
#include "ui/charts/chart_spec.h"

namespace jsna::ui::epidemiology {

// The area profile as a tree: domains, then one row per indicator with its value (its cell in the
// Fingertips colour of the comparison with England), England's value, the spread of comparable areas
// (the spine column is painted by SpineDelegate) and the recent trend. Tooltips say how each value
// was computed. Replaced whole when the area, level or data change.
class AreaProfileModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaProfileModel)

public:
    enum class Column
    {
        Indicator,
        Period,
        Count,
        Value,
        England,
        Worst,
        Spine,
        Best,
        Trend,
        ColumnCount,
    };
    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1,
        ComparisonRole, // stats::Comparison as int
        TrendRole,      // stats::TrendDirection as int
    };

    explicit AreaProfileModel(QObject* parent = nullptr);

    void setProfile(jsna::epidemiology::AreaProfile profile);
    const jsna::epidemiology::AreaProfile& profile() const { return m_profile; }
    const charts::SpineRow* spineRow(const QModelIndex& index) const;
    const jsna::epidemiology::ProfileRow* profileRow(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 indicatorId, Column column = Column::Indicator) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString domain;
        QList<qsizetype> rows; // into m_profile.rows / m_spine
    };
    qsizetype rowAt(const QModelIndex& index) const; // -1 for a domain row

    jsna::epidemiology::AreaProfile m_profile;
    QList<charts::SpineRow> m_spine;
    QList<Group> m_groups;
};

} // namespace jsna::ui::epidemiology
