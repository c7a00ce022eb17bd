// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <utility>

#include <QAbstractTableModel>
#include <QList>

namespace jsna::ui::models {

// A read-only table over a list of plain rows; each column is a header and a function from
// (row, role) to data. Used for the short result lists of the overview pages, which are replaced
// as a whole when the project changes.
template <typename Row>
class RowTableModel final : public QAbstractTableModel
{
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const Row& row, int role)> data;
    };

    explicit RowTableModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {}
    Q_DISABLE_COPY_MOVE(RowTableModel)

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_columns.at(index.column()).data(m_rows.at(index.row()), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
            if (role == Qt::DisplayRole)
                return m_columns.at(section).header;
            // A header lines up with its column: numeric columns are right-aligned.
            if (role == Qt::TextAlignmentRole && !m_rows.isEmpty())
                return m_columns.at(section).data(m_rows.first(), Qt::TextAlignmentRole);
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace jsna::ui::models
