// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QSortFilterProxyModel>

#include "core/workshop/workshop.h"

namespace jsna::ui::workshop {

// The notes of a NoteListModel narrowed to a theme (or to those in none) and to one kind.
class NoteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteFilterProxy)

public:
    static constexpr qint64 kAnyTheme = -1;
    static constexpr qint64 kNoTheme = 0;

    explicit NoteFilterProxy(QObject* parent = nullptr);

    void setTheme(qint64 themeId); // kAnyTheme, kNoTheme or a theme id
    qint64 theme() const { return m_theme; }
    void setKind(std::optional<jsna::workshop::NoteKind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_theme = kAnyTheme;
    std::optional<jsna::workshop::NoteKind> m_kind;
};

} // namespace jsna::ui::workshop
