// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include "core/indicators/indicator.h"

namespace jsna::ui::epidemiology {

// Indicators grouped by domain (profile group) for the indicator browser: domains at the top level,
// their indicators below, in the order given (domain, then name).
class IndicatorTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTreeModel)

public:
    enum class Column
    {
        Name,
        Unit,
        Polarity,
        Latest,
        Count,
    };
    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1, // 0 on domain rows
        SearchTextRole,                     // name, definition, domain, source, caveats
    };

    explicit IndicatorTreeModel(QObject* parent = nullptr);

    // latestPeriods: the headline latest period of each indicator id (may be empty until known).
    void setIndicators(const QList<indicators::Indicator>& indicators, const QHash<qint64, QString>& latestPeriods = {});
    void setLatestPeriods(const QHash<qint64, QString>& latestPeriods);

    const indicators::Indicator* indicator(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 indicatorId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Domain
    {
        QString name;
        QList<indicators::Indicator> indicators;
    };
    QList<Domain> m_domains;
    QHash<qint64, QString> m_latest;
};

} // namespace jsna::ui::epidemiology
