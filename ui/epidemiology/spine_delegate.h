// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace jsna::ui::epidemiology {

class AreaProfileModel;

// Paints the area profile's spine column (and the coloured recent-trend arrows) with the same painter
// the exported spine chart uses, so the screen and the export agree.
class SpineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpineDelegate)

public:
    SpineDelegate(const AreaProfileModel& model, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const AreaProfileModel& m_model;
};

} // namespace jsna::ui::epidemiology
