// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "core/workshop/note_search.h"

namespace jsna::ui::workshop {

// The hits of one note search. HtmlRole holds the highlighted, escaped text (<mark> around matches).
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum class Column
    {
        Note,
        Kind,
        Workshop,
        Group,
        Time,
        Count
    };
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        WorkshopIdRole,
        HtmlRole,
        KindRole,
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setHits(const QList<jsna::workshop::NoteHit>& hits);
    const QList<jsna::workshop::NoteHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<jsna::workshop::NoteHit> m_hits;
};

} // namespace jsna::ui::workshop
