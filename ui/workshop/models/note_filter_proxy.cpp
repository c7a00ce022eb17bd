// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/models/note_filter_proxy.h"

#include "ui/workshop/models/note_list_model.h"

namespace jsna::ui::workshop {

NoteFilterProxy::NoteFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void NoteFilterProxy::setTheme(qint64 themeId)
{
    m_theme = themeId;
    invalidateFilter();
}

void NoteFilterProxy::setKind(std::optional<jsna::workshop::NoteKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool NoteFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_theme != kAnyTheme && index.data(NoteListModel::ThemeIdRole).toLongLong() != m_theme)
        return false;
    if (m_kind && index.data(NoteListModel::KindRole).toInt() != int(*m_kind))
        return false;
    return true;
}

} // namespace jsna::ui::workshop
