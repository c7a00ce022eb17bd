// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace jsna::ui::epidemiology {

// A horizontal header whose sections from firstRotated on show their text turned upright (read from
// the bottom up), as Fingertips' tartan rug labels its area columns: narrow columns, full names.
class RotatedHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatedHeaderView)

public:
    explicit RotatedHeaderView(int firstRotated, QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int m_firstRotated;
};

} // namespace jsna::ui::epidemiology
