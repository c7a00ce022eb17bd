// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "core/epidemiology/area_comparison.h"

namespace jsna::ui::epidemiology {

// The compare-areas "tartan rug": indicators down, areas across (England first), each cell the area's
// latest value in the Fingertips colour of its comparison with England. SortRole gives numbers, so a
// QSortFilterProxyModel sorts indicators by any area's value.
class TartanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TartanModel)

public:
    static constexpr int kFixedColumns = 2; // indicator, period; then one column per area
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IndicatorIdRole,
        AreaCodeRole,
        ComparisonRole,
    };

    explicit TartanModel(QObject* parent = nullptr);

    void setComparison(jsna::epidemiology::AreaComparison comparison);
    const jsna::epidemiology::AreaComparison& comparison() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as tab-separated text: values and, per area, the comparison.
    QString toTsv() const;

private:
    jsna::epidemiology::AreaComparison m_data;
};

} // namespace jsna::ui::epidemiology
