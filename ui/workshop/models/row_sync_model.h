// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace jsna::ui::workshop {

// A table model over a list of rows with ids, refreshed by syncRows(): rows that went are removed,
// new ones inserted and changed ones announced with dataChanged, so views keep their selection and
// scroll position; only a reordering falls back to a reset. Subclasses call syncRows() from their
// change-signal handlers.
class RowSyncModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template <typename Row, typename IdOf>
    void syncRows(QList<Row>& rows, const QList<Row>& fresh, IdOf idOf)
    {
        QSet<qint64> freshIds;
        for (const Row& row : fresh)
            freshIds.insert(idOf(row));
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!freshIds.contains(idOf(rows.at(i)))) {
                beginRemoveRows({}, int(i), int(i));
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        // The rows left must keep their order; anything else is a reordering.
        qsizetype next = 0;
        for (const Row& row : fresh) {
            if (next < rows.size() && idOf(rows.at(next)) == idOf(row))
                ++next;
        }
        if (next != rows.size()) {
            beginResetModel();
            rows = fresh;
            endResetModel();
            return;
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (i >= rows.size() || idOf(rows.at(i)) != idOf(fresh.at(i))) {
                beginInsertRows({}, int(i), int(i));
                rows.insert(i, fresh.at(i));
                endInsertRows();
            } else if (!(rows.at(i) == fresh.at(i))) {
                rows[i] = fresh.at(i);
                emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
            }
        }
    }
};

} // namespace jsna::ui::workshop
